// A figure's evidence sentence with its number highlighted, built from React text nodes (never markup).
import type { Fact } from '../../core/contract';

/** Characters kept on each side of the number when a sentence is shown on one line. */
export const EVIDENCE_CONTEXT = 24;

/** The sentence cut to the number and some context on each side, so the number is always in view. */
export function evidenceWindow(sentence: string, start: number, end: number, context = EVIDENCE_CONTEXT) {
  const from = Math.max(0, start - context);
  const to = Math.min(sentence.length, end + context);
  return {
    before: `${from > 0 ? '…' : ''}${sentence.slice(from, start)}`,
    number: sentence.slice(start, end),
    after: `${sentence.slice(end, to)}${to < sentence.length ? '…' : ''}`,
  };
}

export function Evidence({ fact }: { fact: Fact }) {
  const { sentence, start, end } = fact.evidence;
  const valid = start >= 0 && end <= sentence.length && start < end;
  if (!valid) return <q className="evidence" title={sentence}>{sentence}</q>;
  const w = evidenceWindow(sentence, start, end);
  return (
    <q className="evidence" title={sentence}>
      {w.before}
      <mark>{w.number}</mark>
      {w.after}
    </q>
  );
}

/** A link target only for http(s) addresses; anything else (javascript:, data:, relative) gets no link. */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
