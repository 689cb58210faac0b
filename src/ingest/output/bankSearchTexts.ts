// Banking search texts: the text the dashboard's search looks in (an article's title and evidence sentences,
// bankFigures' searchTextOf) is written as its JSON string to the spill file by the thread that made it, and the
// string itself goes no further. The search-text shards are then copied from these bytes (output/bankedFiles), and
// the main thread never receives, holds or escapes some forty megabytes of text on a hundred thousand articles.
import type { ArticleDraft, FileOutcome } from '../processFile';
import type { FactCore } from '../types';
import type { FactBlockWriter } from './factBlocks';

/** Writes the JSON of each draft's search text (what the generic writer writes: JSON.stringify) and notes where. */
export function bankSearchTexts(outcomes: FileOutcome<FactCore>[], writer: FactBlockWriter): void {
  for (const o of outcomes) for (const d of o.drafts) bankSearchText(d, writer);
}

function bankSearchText(draft: ArticleDraft<FactCore>, writer: FactBlockWriter): void {
  if (draft.searchText === undefined) throw new Error(`article ${draft.article.id} has no search text to bank (its figures were not banked)`);
  draft.searchTextBytes = writer.appendText(JSON.stringify(draft.searchText));
  delete draft.searchText;
}
