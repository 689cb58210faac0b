// Banking article records: when a run writes output, each article record's JSON is written to the spill file by
// the thread that made the record, beside its figures (output/bankFigures). The output files that list articles
// (articles.json and the dashboard's shards) are then copied from these bytes by the copying thread
// (output/bankedFiles), and the main thread never serialises a hundred thousand records at the end of the run.
// A corpus-wide step that changes a record afterwards (de-duplication adds a source, a date found to lie in the
// future is dropped) drops its bytes with `staleArticleBytes`; such records are banked again before the write.
import type { ArticleDraft, FileOutcome } from '../processFile';
import type { FactCore } from '../types';
import type { FactBlockWriter } from './factBlocks';

/** Writes the JSON of the draft's article record (what the generic writer writes: JSON.stringify) and notes where. */
export function bankArticle(draft: ArticleDraft<FactCore>, writer: FactBlockWriter): void {
  draft.articleBytes = writer.appendText(JSON.stringify(draft.article));
}

/** Banks every draft's article record. */
export function bankArticles(outcomes: FileOutcome<FactCore>[], writer: FactBlockWriter): void {
  for (const o of outcomes) for (const d of o.drafts) bankArticle(d, writer);
}

/** The record is about to change: its banked bytes no longer hold. */
export function staleArticleBytes(draft: Pick<ArticleDraft, 'articleBytes'>): void {
  delete draft.articleBytes;
}
