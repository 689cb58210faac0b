// Step 4: a raw item → clean text and metadata (title, outlet, URL, the date as written).
import type { DateSourceKind } from '../../core/contract';
import type { CleanDoc, RawItem } from '../types';
import { htmlToText, type HtmlMeta } from './htmlText';

const MAX_TITLE = 200;
const RELATED_HEADING = /(^|\n)[ \t]*(相关报道|相关阅读|相关新闻|延伸阅读|相关链接|推荐阅读|相关稿件)[ \t]*[:：]?[ \t]*(\n|$)/;
const SITE_SUFFIX = /\s*(?:_|--|——+|\||-)\s*[^_|—]{0,30}?(?:网|网站|官网|杂志|日报|晚报|报|频道|新闻|客户端|头图|头条|CCTV-\d+|\)|cn|com)\s*$/i;
const FIELD_DATE_KIND: Record<string, DateSourceKind> = { hexo: 'front-matter', text: 'text', 'json-item': 'item', 'csv-row': 'item' };

/** "[视频]标题_CCTV节目官网-CCTV-1_央视网(cctv.com)" → "标题": drop the site's suffix and the media tag. */
export function tidyTitle(raw: string): string {
  let t = raw.replace(/\s+/g, ' ').trim();
  t = t.replace(/^\[(视频|图文|组图|图片)\]\s*/, '');
  // Trailing site names, one at a time: "_CCTV节目官网-CCTV-1_央视网(cctv.com)", "--中国纪检监察杂志", "——头图——中央纪委国家监委网站".
  for (let i = 0; i < 4; i++) {
    const next = t.replace(SITE_SUFFIX, '');
    if (next === t || !next.trim()) break;
    t = next;
  }
  t = t.replace(/\s*本刊(特约)?记者\s*\S{2,4}$/, '');
  return t.slice(0, MAX_TITLE).trim();
}

function textOfMarkdown(body: string): string {
  return body
    .split('\n')
    .map((l) => l.replace(/^\s{0,3}(#{1,6}|>|[-*+])\s+/, '').replace(/[*_`]{1,3}([^*_`]+)[*_`]{1,3}/g, '$1').trim())
    .filter((l) => l && !/^!\[.*\]\(.*\)$/.test(l))
    .join('\n');
}

/** Space a plain line is trimmed of: space, tab, ideographic space, no-break space. */
const isLineSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;

/**
 * The body's lines trimmed of space at both ends, blank ones dropped: one walk over the body, each kept line
 * sliced once (no array of every line, no regex per line).
 */
export function plainLines(body: string): string {
  const kept: string[] = [];
  for (let start = 0; start <= body.length; ) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    let a = start;
    let b = end;
    while (a < b && isLineSpace(body.charCodeAt(a))) a++;
    while (b > a && isLineSpace(body.charCodeAt(b - 1))) b--;
    if (b > a) kept.push(body.slice(a, b));
    start = end + 1;
  }
  return kept.join('\n');
}

function titleFromMeta(meta: HtmlMeta): string | undefined {
  const t = meta.articleTitle || meta.ogTitle || meta.h1 || meta.title;
  return t ? tidyTitle(t) : undefined;
}

function firstLine(text: string): string {
  return (text.split('\n').find((l) => l.trim()) ?? '').trim().slice(0, MAX_TITLE);
}

function outletOf(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const o = raw.replace(/^来源[:：]\s*/, '').trim();
  return o && o.length <= 60 ? o : undefined;
}

function urlOf(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const u = raw.trim();
  if (u.startsWith('//')) return `https:${u}`;
  return /^https?:\/\/\S+$/i.test(u) ? u : undefined;
}

/** Drops a page's trailing list of other stories ("相关报道:" and what follows): their figures are not this article's. */
export function cutRelatedList(text: string): string {
  // Every heading holds 相关 or 阅读: a text with neither needs no regex search.
  if (text.indexOf('相关') < 0 && text.indexOf('阅读') < 0) return text;
  const m = RELATED_HEADING.exec(text);
  return m ? text.slice(0, m.index).trimEnd() : text;
}

export function cleanItem(item: RawItem, context: { fileName: string; containerDate?: string }): CleanDoc {
  let text: string;
  let meta: HtmlMeta = {};
  if (item.bodyIsHtml) {
    // A date the item's fields give wins over one written in the page, which is then not looked for.
    const html = htmlToText(item.body, { textDate: !item.fields.date });
    text = html.text;
    meta = html.meta;
  } else {
    text = item.format === 'hexo' ? textOfMarkdown(item.body) : plainLines(item.body);
  }
  text = cutRelatedList(text);
  const title = (item.fields.title ? tidyTitle(item.fields.title) : undefined) ?? titleFromMeta(meta) ?? firstLine(text);
  return {
    source: item.source,
    format: item.format,
    title: title || firstLine(text),
    text,
    url: urlOf(item.fields.url) ?? urlOf(meta.url),
    outlet: outletOf(item.fields.outlet) ?? outletOf(meta.outlet),
    dateRaw: item.fields.date ?? meta.metaDate ?? meta.textDate,
    dateRawKind: item.fields.date ? FIELD_DATE_KIND[item.format] ?? 'item' : meta.metaDate ? 'meta' : meta.textDate ? 'text' : undefined,
    dateContext: { fileName: context.fileName, containerDate: context.containerDate },
  };
}
