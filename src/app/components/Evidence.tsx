// A figure's evidence sentence with its number highlighted, built from React text nodes (never markup).
import type { Fact } from '../../core/contract';

export function Evidence({ fact }: { fact: Fact }) {
  const { sentence, start, end } = fact.evidence;
  const valid = start >= 0 && end <= sentence.length && start < end;
  if (!valid) return <q className="evidence">{sentence}</q>;
  return (
    <q className="evidence">
      {sentence.slice(0, start)}
      <mark>{sentence.slice(start, end)}</mark>
      {sentence.slice(end)}
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
