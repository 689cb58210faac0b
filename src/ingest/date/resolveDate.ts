// Step 5: the publication date of a clean document, in China time, with how it was known.
// Order: the date the file states (front matter, meta tag, 日期: line, item field), the file name's stamp,
// the container's day (a daily export), a whole date in the page address, and last a year inferred from the
// text. Impossible dates are warnings.
import type { DateSource, Warning } from '../../core/contract';
import type { CleanDoc, DatedDoc } from '../types';
import { inferYear } from './inferYear';
import { dateFromFileName, dateFromUrl, parseDate, validDate } from './parseDate';

export interface DateResult {
  doc: DatedDoc;
  warnings: Warning[];
}

/**
 * The document with its date. The fields are named one by one, a third of the cost of a spread; a field added to
 * CleanDoc must be added here.
 */
function dated(doc: CleanDoc, date: string | null, dateSource: DateSource): DatedDoc {
  return {
    source: doc.source,
    format: doc.format,
    title: doc.title,
    text: doc.text,
    url: doc.url,
    outlet: doc.outlet,
    dateRaw: doc.dateRaw,
    dateRawKind: doc.dateRawKind,
    dateContext: doc.dateContext,
    date,
    dateSource,
  };
}

export function resolveDate(doc: CleanDoc): DateResult {
  const warnings: Warning[] = [];
  const parsed = parseDate(doc.dateRaw);
  const kind = doc.dateRawKind ?? 'text';

  if (parsed.kind === 'invalid') {
    warnings.push({ source: doc.source, code: 'bad-date', message: `The date was ignored: ${parsed.reason}.` });
  }
  if (parsed.kind === 'full') return { doc: dated(doc, parsed.date, { kind, inferred: false }), warnings };
  // The written date is not a whole one: the file's context is needed (not looked at before, most dates are whole).
  const fromName = dateFromFileName(doc.dateContext.fileName);
  const container = doc.dateContext.containerDate;

  if (parsed.kind === 'month-day') {
    const { month, day } = parsed;
    const contextYear = Number((container ?? fromName ?? '').slice(0, 4)) || undefined;
    const guess = contextYear
      ? { year: contextYear, reason: `year from ${container ? 'the file' : 'the file name'} ${doc.dateContext.fileName}` }
      : inferYear(doc.text, month);
    if (guess) {
      const date = validDate(guess.year, month, day);
      if (date) {
        const reason = `${doc.dateRaw} is written without a year; ${guess.reason}`;
        return { doc: dated(doc, date, { kind: 'inferred', inferred: true, reason }), warnings };
      }
      warnings.push({ source: doc.source, code: 'bad-date', message: `${doc.dateRaw} does not exist in ${guess.year}; the date was ignored.` });
    }
  }
  if (parsed.kind === 'year-month' || parsed.kind === 'year') {
    return { doc: dated(doc, parsed.date, { kind, inferred: false }), warnings };
  }
  if (fromName) {
    return { doc: dated(doc, fromName, { kind: 'file-name', inferred: false, reason: `from the file name ${doc.dateContext.fileName}` }), warnings };
  }
  if (container) {
    return { doc: dated(doc, container, { kind: 'item', inferred: false, reason: `the day of the file ${doc.dateContext.fileName}` }), warnings };
  }
  const fromUrl = dateFromUrl(doc.url);
  if (fromUrl) {
    return { doc: dated(doc, fromUrl, { kind: 'file-name', inferred: false, reason: `from the page address ${doc.url}` }), warnings };
  }
  if (parsed.kind !== 'month-day') {
    const guess = inferYear(doc.text);
    if (guess) {
      return { doc: dated(doc, String(guess.year), { kind: 'inferred', inferred: true, reason: `no date is written; ${guess.reason}` }), warnings };
    }
  }
  return { doc: dated(doc, null, { kind: 'none', inferred: false, reason: 'no date is written and none can be inferred' }), warnings };
}
