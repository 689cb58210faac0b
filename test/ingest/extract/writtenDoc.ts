// A dated document made from text written for a test, as the pipeline would hand it to analyzeDoc.
import { analyzeDoc } from '../../../src/ingest/extract';
import type { DatedDoc } from '../../../src/ingest/types';

export function writtenDoc(
  title: string,
  text: string,
  { file = 'written.txt', date = '2024-05-10', outlet }: { file?: string; date?: string | null; outlet?: string } = {},
): DatedDoc {
  return {
    source: { file },
    format: 'text',
    title,
    text,
    ...(outlet ? { outlet } : {}),
    dateContext: { fileName: file },
    date,
    dateSource: { kind: 'text', inferred: false },
  };
}

/** The figures analyzeDoc finds, as `metric=value`. */
export function writtenFigures(title: string, text: string): string[] {
  return analyzeDoc(writtenDoc(title, text)).facts.map((f) => `${f.metric}=${f.value}`);
}
