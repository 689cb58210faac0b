// Step 3: one decoded file → its article-sized items, by extension and content.
import type { SourceRef } from '../../core/contract';
import { splitCsv } from './csv';
import { hasFrontMatter, splitHexo } from './hexo';
import { splitJson } from './json';
import { splitPlainText } from './plainText';
import type { SplitResult } from './types';

export type { SplitResult } from './types';

export function splitItems(text: string, source: SourceRef): SplitResult {
  const ext = (/\.[^./]+$/.exec(source.file)?.[0] ?? '').toLowerCase();
  if (!text.trim()) return { items: [], rejects: [{ source, code: 'empty', reason: 'The file holds only blank space.' }], warnings: [] };
  if (ext === '.json') return splitJson(text, source);
  if (ext === '.csv') return splitCsv(text, source);
  if (hasFrontMatter(text)) return splitHexo(text, source);
  if (ext === '.html' || ext === '.htm' || ext === '.shtml' || /^\s*(<!doctype html|<html)/i.test(text)) {
    return { items: [{ source, format: 'html', body: text, bodyIsHtml: true, fields: {} }], rejects: [], warnings: [] };
  }
  return splitPlainText(text, source);
}
