// Keeping a large corpus's memory near what is live: what outlives each file is made lean (compact), and a full
// garbage collection runs on request, since V8 otherwise lets the heap grow well past the live data before
// collecting, which on 100,000 articles costs hundreds of megabytes.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Fact } from '../core/contract';
import { isBanked, type ArticleDraft } from './processFile';
import type { FactCore } from './types';

/** V8's gc function (exposed on request): with no argument a full collection now; with options, others. */
type GcFunction = (options?: { type: 'major' | 'minor'; execution: 'sync' | 'async' }) => unknown;

let gc: GcFunction | null | undefined;

/**
 * Starts a full collection when the runtime allows it (does nothing otherwise) and returns at once: V8 marks the
 * heap on its helper threads while this thread goes on, and the heap shrinks to what is live as it finishes. A
 * synchronous one held this thread for a third of a second on 100,000 articles, at the end of the run, where every
 * second is waited for.
 */
export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as GcFunction;
    } catch {
      gc = null;
    }
  }
  void gc?.({ type: 'major', execution: 'async' });
}

/**
 * A copy of a string that does not point into a larger one. A substring of an article's text (a title, an
 * evidence sentence, an address) can keep the whole text, even the raw file, alive as long as it lives.
 */
function detach(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}

/** One copy of each short repeated string (province, metric, period …): a million figures repeat a few hundred. */
export class StringPool {
  private readonly strings = new Map<string, string>();
  get(s: string): string {
    let kept = this.strings.get(s);
    if (kept === undefined) {
      kept = detach(s);
      this.strings.set(kept, kept);
    }
    return kept;
  }
}

/**
 * Keeps what outlives the file lean: the strings kept are detached from the file's text, the figures of one
 * sentence share one copy of it, and repeated short strings share one copy across the corpus.
 */
export function compact(draft: ArticleDraft<FactCore>, pool: StringPool, detached: boolean): ArticleDraft<FactCore> {
  const a = draft.article;
  const own = detached ? (s: string) => s : detach;
  a.title = own(a.title);
  if (a.url !== undefined) a.url = own(a.url);
  if (a.outlet !== undefined) a.outlet = own(a.outlet);
  if (a.dateSource.reason !== undefined) a.dateSource.reason = own(a.dateSource.reason);
  a.provinces = a.provinces.map((p) => pool.get(p));
  a.cities = a.cities.map((c) => pool.get(c));
  // Banked figures (output/bankFigures) hold no sentence, and their strings are shared per batch already.
  if (isBanked(draft)) return draft;
  const seen = new Map<string, string>();
  for (const f of draft.facts) {
    const evidence = (f as Fact).evidence;
    let shared = seen.get(evidence.sentence);
    if (shared === undefined) {
      shared = own(evidence.sentence);
      seen.set(evidence.sentence, shared);
    }
    evidence.sentence = shared;
    f.articleId = a.id;
    f.province = pool.get(f.province);
    f.metric = pool.get(f.metric) as typeof f.metric;
    if (f.city !== undefined) f.city = pool.get(f.city);
    if (f.period) {
      f.period.text = pool.get(f.period.text);
      if (f.period.from !== undefined) f.period.from = pool.get(f.period.from);
      if (f.period.to !== undefined) f.period.to = pool.get(f.period.to);
    }
  }
  return draft;
}
