// The search text, loaded on the first query: shard by shard, newest articles first (the first alone, then
// two at a time), each searched as soon as it arrives (store.search.parts); a data dir written before the text was sharded has
// it in one file, loaded as one part.
import type { ArticleIndex, SearchText } from '../../core/schema';
import type { SearchParts, SearchSlice } from '../state/store';
import { asProblem, DataError, loadSearchText } from './loadData';

/** Shards loaded at the same time: the next is on its way while one is parsed. */
const CONCURRENT_LOADS = 2;

export interface SearchFiles {
  files: string[];
  partSize: number;
}

/** The search text's files and how many articles each holds; null when the index names none. */
export function searchFilesOf(index: ArticleIndex): SearchFiles | null {
  if (index.textShards?.length && index.textShardSize) return { files: index.textShards, partSize: index.textShardSize };
  if (index.text) return { files: [index.text], partSize: Math.max(1, index.count) };
  return null;
}

/** A part must hold the ordinals its place says: its start, and no more articles than a part holds. */
export function checkPart(file: string, k: number, searchFiles: SearchFiles, text: SearchText): string[] {
  const start = text.start ?? 0;
  if (start !== k * searchFiles.partSize || text.text.length > searchFiles.partSize) {
    throw new DataError({ kind: 'shape', file, detail: `holds ${text.text.length} articles from ${start}, expected at most ${searchFiles.partSize} from ${k * searchFiles.partSize}` });
  }
  return text.text;
}

/**
 * Loads every part, reporting the search state after each (loading with the parts so far, then ready, or
 * error with the parts that did arrive). `load` is the fetch of one file (tests pass their own).
 */
export async function loadSearchParts(
  searchFiles: SearchFiles,
  report: (search: SearchSlice) => void,
  load: (file: string) => Promise<SearchText> = (f) => loadSearchText(f),
): Promise<void> {
  const text: SearchParts = { partSize: searchFiles.partSize, parts: searchFiles.files.map(() => undefined) };
  let failure: { file: string; error: unknown } | null = null;
  report({ status: 'loading', ...text });
  let next = 0;
  /** Loads the next files in turn, `limit` of them at most. */
  const worker = async (limit = Infinity) => {
    for (let taken = 0; taken < limit && next < searchFiles.files.length && !failure; taken++) {
      const k = next++;
      const file = searchFiles.files[k];
      try {
        const part = checkPart(file, k, searchFiles, await load(file));
        if (failure) return;
        text.parts = text.parts.map((p, i) => (i === k ? part : p));
        report({ status: 'loading', ...text });
      } catch (error) {
        failure ??= { file, error };
      }
    }
  };
  // The newest articles' part alone first, so that the first matches need one file; then two at a time.
  await worker(1);
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_LOADS, searchFiles.files.length) }, () => worker()));
  const failed = failure as { file: string; error: unknown } | null;
  report(failed ? { status: 'error', problem: asProblem(failed.error, failed.file), ...text } : { status: 'ready', ...text });
}

/** How many parts have arrived, of how many. */
export function partsLoaded(search: SearchSlice): { loaded: number; total: number } | null {
  if (search.status === 'idle') return null;
  return { loaded: search.parts.filter(Boolean).length, total: search.parts.length };
}
