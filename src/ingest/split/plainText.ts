// The plain article format: the title on the first non-empty line, then optional header lines such as
// "日期:06-15" and "来源:<outlet or address>", then the body.
import type { SourceRef } from '../../core/contract';
import type { RawItem } from '../types';
import type { SplitResult } from './types';

const HEADER = /^(日期|时间|发布时间|发布日期|来源|出处|作者|网址|链接|原文链接)\s*[:：]\s*(.*)$/;

/**
 * The title, the header fields and the body. Lines are looked at one by one only while the header may go on; once
 * a line of text ends it, the rest of the file is the body as it stands (one slice, not a line array joined again).
 */
export function splitPlainText(text: string, source: SourceRef): SplitResult {
  const fields: RawItem['fields'] = {};
  const body: string[] = [];
  let titleSeen = false;
  let start = 0;
  for (; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const trimmed = line.trim();
    start = end + 1;
    if (!titleSeen) {
      if (!trimmed) continue;
      fields.title = trimmed.replace(/^#+\s*/, '');
      titleSeen = true;
      continue;
    }
    const header = HEADER.exec(trimmed);
    if (header) {
      readHeader(header[1], header[2].trim(), fields);
      continue;
    }
    body.push(line);
    // Header lines sit above the first paragraph (a sentence or a long line); later "来源:" lines are text.
    if (/[。！？!?]/.test(trimmed) || trimmed.length >= 40) break;
  }
  if (start <= text.length) body.push(text.slice(start));
  const item: RawItem = { source, format: 'text', body: body.join('\n').trim(), bodyIsHtml: false, fields };
  return { items: [item], rejects: [], warnings: [] };
}

function readHeader(key: string, value: string, fields: RawItem['fields']): void {
  if (!value) return;
  if (/日期|时间/.test(key)) {
    fields.date ??= value;
    return;
  }
  // "来源:开封市纪委监委网站 http://…": an outlet and its address on one line are both kept.
  const address = /https?:\/\/\S+/i.exec(value);
  if (address) fields.url ??= address[0];
  const outlet = (address ? value.slice(0, address.index) : value).trim();
  if (outlet && (key === '来源' || key === '出处' || key === '作者')) fields.outlet ??= outlet;
}
