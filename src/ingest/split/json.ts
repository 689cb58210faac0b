// JSON files: an array of items, an object holding an item list (videoList, list, data, items …), or one article
// object. Item fields are found by the usual key names in Chinese or English; a CCTV broadcast item keeps its
// HTML in video_detail.content. A bad item costs that item only (a reject with its index).
import type { Reject, SourceRef } from '../../core/contract';
import type { RawItem } from '../types';
import { looksLikeHtml, type SplitResult } from './types';

const TITLE_KEYS = ['title', 'video_title', 'headline', 'name', '标题', '题目'];
const DATE_KEYS = ['date', 'pub_date', 'pubtime', 'pubDate', 'publish_time', 'publishTime', 'published', 'time', 'datetime', '日期', '发布时间', '时间'];
const CONTENT_KEYS = ['content', 'text', 'body', 'article', 'html', 'detail', '正文', '内容', 'brief', 'summary', 'description', '摘要'];
const URL_KEYS = ['url', 'video_url', 'link', 'href', 'source_url', '网址', '链接'];
const OUTLET_KEYS = ['source', 'outlet', 'author', 'media', 'site', '来源', '媒体'];
const LIST_KEYS = ['videoList', 'list', 'items', 'data', 'articles', 'news', 'results', 'records', 'rows', 'docs'];

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function pick(obj: Obj, keys: string[]): string | undefined {
  for (const k of keys) {
    const v = obj[k];
    if (typeof v === 'string' && v.trim()) return v.trim();
    if (typeof v === 'number' && k !== 'num') return String(v);
  }
  return undefined;
}

/** An item's fields, looking into a nested detail object (video_detail) first. */
function readItem(item: Obj): { fields: RawItem['fields']; body?: string } {
  const detail = Object.values(item).find((v) => isObj(v) && pick(v, CONTENT_KEYS)) as Obj | undefined;
  const layers = detail ? [detail, item] : [item];
  const first = (keys: string[]) => layers.map((l) => pick(l, keys)).find((v) => v !== undefined);
  const body = first(CONTENT_KEYS);
  return {
    body,
    fields: { title: first(TITLE_KEYS), date: first(DATE_KEYS), url: first(URL_KEYS), outlet: first(OUTLET_KEYS) },
  };
}

/** The item list inside a parsed JSON value, or null when it holds none. */
export function findItemList(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data;
  if (!isObj(data)) return null;
  for (const k of LIST_KEYS) if (Array.isArray(data[k])) return data[k] as unknown[];
  for (const k of LIST_KEYS) if (isObj(data[k])) {
    const inner = findItemList(data[k]);
    if (inner) return inner;
  }
  const arrays = Object.values(data).filter((v): v is unknown[] => Array.isArray(v) && v.some(isObj));
  if (arrays.length > 0) return arrays.sort((a, b) => b.length - a.length)[0];
  if (readItem(data).body) return [data];
  return null;
}

/** A YYYYMMDD stamp in the file name (20211013.json): the day the whole export is about. */
export function dateFromContainerName(fileName: string): string | undefined {
  const m = /(?:^|[^\d])((?:19|20)\d{2})(\d{2})(\d{2})(?:[^\d]|$)/.exec(fileName);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

export function splitJson(text: string, source: SourceRef): SplitResult {
  const containerDate = dateFromContainerName(source.file.split('/').pop() ?? '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const where = /position (\d+)/.exec(String(e))?.[1];
    const cut = where !== undefined && Number(where) >= text.trimEnd().length - 1;
    const reason = cut || /end of (JSON )?input/i.test(String(e))
      ? 'The JSON file ends before it is complete (cut off?); it could not be read.'
      : `The file is not valid JSON (${String((e as Error).message).slice(0, 120)}).`;
    return { items: [], rejects: [{ source, code: 'parse-error', reason }], warnings: [], containerDate };
  }
  const list = findItemList(data);
  if (!list) {
    return {
      items: [],
      rejects: [{ source, code: 'no-articles', reason: 'The JSON holds no list of articles (no item with a title or text field).' }],
      warnings: [],
      containerDate,
    };
  }
  const items: RawItem[] = [];
  const rejects: Reject[] = [];
  list.forEach((entry, index) => {
    const ref = { file: source.file, item: index };
    if (!isObj(entry)) {
      rejects.push({ source: ref, code: 'bad-item', reason: `Item ${index} is not an object with article fields.` });
      return;
    }
    const { fields, body } = readItem(entry);
    if (!body) {
      rejects.push({ source: ref, code: 'empty', reason: `Item ${index} has no text (no content/text/body field).` });
      return;
    }
    items.push({ source: ref, format: 'json-item', body, bodyIsHtml: looksLikeHtml(body), fields });
  });
  if (items.length === 0 && rejects.length === 0) {
    rejects.push({ source, code: 'no-articles', reason: 'The JSON article list is empty.' });
  }
  return { items, rejects, warnings: [], containerDate };
}
