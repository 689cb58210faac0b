// CSV exports, parsed with papaparse (quoted newlines, ragged rows). Columns are found by their header in
// Chinese or English (标题/title, 日期/date, 正文/content …). A malformed row costs that row, not the file.
import Papa from 'papaparse';
import type { Reject, SourceRef, Warning } from '../../core/contract';
import type { RawItem } from '../types';
import { looksLikeHtml, type SplitResult } from './types';

const COLUMN_PATTERNS: Record<keyof RawItem['fields'] | 'body', RegExp> = {
  title: /^(title|headline|标题|题目|新闻标题|文章标题)$/i,
  date: /^(date|pub_?date|publish(ed)?_?(time|date)?|time|datetime|日期|发布时间|发布日期|时间)$/i,
  body: /^(content|text|body|article|正文|内容|全文|文章内容|新闻内容)$/i,
  url: /^(url|link|href|网址|链接|原文链接)$/i,
  outlet: /^(source|outlet|media|site|author|来源|媒体|作者)$/i,
};

function findColumn(headers: string[], pattern: RegExp): string | undefined {
  return headers.find((h) => pattern.test(h.trim().replace(/^\ufeff/, '')));
}

export function splitCsv(text: string, source: SourceRef): SplitResult {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' });
  const headers = parsed.meta.fields ?? [];
  const col = {
    title: findColumn(headers, COLUMN_PATTERNS.title),
    date: findColumn(headers, COLUMN_PATTERNS.date),
    body: findColumn(headers, COLUMN_PATTERNS.body),
    url: findColumn(headers, COLUMN_PATTERNS.url),
    outlet: findColumn(headers, COLUMN_PATTERNS.outlet),
  };
  if (!col.body) {
    return {
      items: [],
      rejects: [{ source, code: 'no-articles', reason: `The CSV has no text column (looked for content/正文/内容 among: ${headers.slice(0, 8).join(', ') || 'no header'}).` }],
      warnings: [],
    };
  }
  const rowErrors = new Map<number, string>();
  for (const err of parsed.errors) if (err.row !== undefined && !rowErrors.has(err.row)) rowErrors.set(err.row, err.message);

  const items: RawItem[] = [];
  const rejects: Reject[] = [];
  const warnings: Warning[] = [];
  parsed.data.forEach((row, index) => {
    const ref = { file: source.file, item: index };
    const err = rowErrors.get(index);
    const body = (row[col.body!] ?? '').trim();
    if (err && !/too (few|many) fields/i.test(err)) {
      rejects.push({ source: ref, code: 'parse-error', reason: `Row ${index + 1} is malformed (${err}).` });
      return;
    }
    if (!body) {
      rejects.push({ source: ref, code: 'empty', reason: `Row ${index + 1} has no text in column “${col.body}”${err ? ` (${err})` : ''}.` });
      return;
    }
    if (err) warnings.push({ source: ref, code: 'ragged-row', message: `Row ${index + 1}: ${err}; the fields present were used.` });
    const get = (c?: string) => (c ? (row[c] ?? '').trim() || undefined : undefined);
    items.push({
      source: ref,
      format: 'csv-row',
      body,
      bodyIsHtml: looksLikeHtml(body),
      fields: { title: get(col.title), date: get(col.date), url: get(col.url), outlet: get(col.outlet) },
    });
  });
  if (items.length === 0 && rejects.length === 0) rejects.push({ source, code: 'no-articles', reason: 'The CSV has a header but no rows.' });
  return { items, rejects, warnings };
}
