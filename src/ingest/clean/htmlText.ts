// HTML → article text with htmlparser2's streaming parser. Our own element stack is an array, so a page nested
// 50,000 deep costs memory, not call stack. Scripts, styles, comments, hidden and page-chrome elements are skipped;
// the article body is the container holding the most paragraph text outside links (a small "readability" score),
// so navigation, related-story lists and footers of unseen templates fall away too.
import { Parser } from 'htmlparser2';
import { readPlainHtml, type HtmlHandlers } from './plainHtml';

export interface HtmlMeta {
  title?: string;
  ogTitle?: string;
  articleTitle?: string;
  h1?: string;
  /** Publication date as written in a meta tag (PubDate, publishdate, article:published_time …). */
  metaDate?: string;
  /** A date written after 发布时间 / 更新时间 / 来源 in the visible page (looked for only when no meta tag has one). */
  textDate?: string;
  url?: string;
  outlet?: string;
}

export interface HtmlText {
  /** Paragraphs of the article body, one per line. */
  text: string;
  meta: HtmlMeta;
}

/** Elements whose content is never article text. */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'object', 'embed', 'video', 'audio',
  'nav', 'header', 'footer', 'aside', 'form', 'select', 'button', 'textarea', 'input', 'head', 'menu',
]);
/** Elements that end a line of text. */
const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'section',
  'article', 'blockquote', 'pre', 'dd', 'dt', 'dl', 'figure', 'figcaption', 'hr', 'main', 'center',
]);
const VOID_TAGS = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr', 'param']);
/** class/id words of page furniture: menus, share bars, QR codes, breadcrumbs, footers, related lists. */
const CHROME_WORDS = new Set([
  'nav', 'navi', 'navbar', 'menu', 'share', 'sharebox', 'bdshare', 'bdsharebuttonbox', 'social', 'qr', 'qrcode', 'appendqr',
  'ewm', 'erweima', 'footer', 'foot', 'header', 'top', 'topbar', 'toolbar', 'search', 'logo', 'breadcrumb', 'crumb',
  'location', 'sidebar', 'related', 'relate', 'recommend', 'comment', 'comments', 'copyright', 'banner', 'ad', 'ads',
  'advert', 'pager', 'pagination', 'login', 'weixin', 'wechat', 'weibo',
]);
/** Second words that make a class a page wrapper (page_body, top_content), not furniture. */
const WRAPPER_WORDS = new Set(['body', 'main', 'content', 'container', 'wrapper', 'article', 'text', 'con']);

/** True when a class/id token names furniture: its first word (top_warp → top) is a furniture word. */
function isChromeToken(token: string): boolean {
  const parts = token.toLowerCase().split(/[_-]+/).filter(Boolean);
  if (parts.length === 0) return false;
  const head = parts[0].replace(/\d+$/, '');
  return CHROME_WORDS.has(head) && !(parts[1] !== undefined && WRAPPER_WORDS.has(parts[1]));
}
/** Paragraphs that are boilerplate wherever they appear. */
const BOILERPLATE_LINE = /^(责任编辑|编辑|校对|审核|监制|制作|来源|扫一扫|分享到|【纠错】|打印|关闭窗口|相关稿件)[:：\s]/;

interface Frame {
  tag: string;
  id: number;
  skip: boolean;
  isAnchor: boolean;
}

interface Block {
  text: string;
  /** Ids of up to 6 nearest enclosing elements (innermost first). */
  ancestors: number[];
}

const DATE_AFTER_LABEL = /(?:发布时间|发布日期|更新时间|日期)[:：]?\s*(\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?)/;
const DATE_AFTER_SOURCE = /来源[:：][^\n\d]{0,20}?(\d{4}年\d{1,2}月\d{1,2}日(?:\s*\d{1,2}:\d{2})?)/;

function hidden(attrs: Record<string, string>): boolean {
  if (attrs.style === undefined) return 'hidden' in attrs;
  const style = attrs.style.replace(/\s/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden') || 'hidden' in attrs;
}

/** Verdicts by class and id: a page repeats a few of them on many elements. Bounded, so a hostile page cannot grow it. */
const chromeVerdicts = new Map<string, boolean>();
const MAX_VERDICTS = 4096;

function isChrome(attrs: Record<string, string>): boolean {
  if (attrs.class === undefined && attrs.id === undefined) return false;
  const key = `${attrs.class ?? ''} ${attrs.id ?? ''}`;
  let verdict = chromeVerdicts.get(key);
  if (verdict === undefined) {
    verdict = key.split(/\s+/).some(isChromeToken);
    if (chromeVerdicts.size >= MAX_VERDICTS) chromeVerdicts.clear();
    chromeVerdicts.set(key, verdict);
  }
  return verdict;
}

const SPACE_RUN = /[ \t\u00a0\u3000]+/g;
/** What SPACE_RUN would change in a trimmed line: a space other than " ", or two spaces in a row. */
const CHANGED_BY_SQUASH = /[\t\u00a0\u3000]| {2}/;

/**
 * Runs of spaces (tab, no-break and ideographic space too) as one space, the ends trimmed. Trimmed first: trim
 * removes every space the runs could leave at the ends, so the result is the same, and most trimmed paragraphs
 * then hold nothing to replace (their ideographic indent was at the start), which one test tells without a copy.
 */
export function squash(s: string): string {
  const trimmed = s.trim();
  return CHANGED_BY_SQUASH.test(trimmed) ? trimmed.replace(SPACE_RUN, ' ') : trimmed;
}

export interface HtmlTextOptions {
  /**
   * Look for a date written in the visible page (发布时间 …) when no meta tag gives one. Off when the caller has the
   * date from elsewhere (a post's front matter): the page's text is then neither gathered nor searched.
   */
  textDate?: boolean;
}

/** Thrown by a parse that does not decode entities when it meets text or an attribute value that may hold one. */
const ENTITY_MET = new Error('an entity to decode');

/**
 * The page's text and metadata. htmlparser2 decodes entities by looking at every character of the text on its own;
 * without decoding it skips to the next "<" in one tight loop, at about half the cost. So the page is first parsed
 * without decoding, which gives the same result as long as no text or attribute value it reads holds an "&": at
 * the first that does, that parse is given up and the page parsed again with decoding.
 */
export function htmlToText(html: string, options: HtmlTextOptions = {}): HtmlText {
  if (html.indexOf('&') < 0) return parseHtml(html, options, false);
  try {
    return parseHtml(html, options, false);
  } catch (e) {
    if (e !== ENTITY_MET) throw e;
  }
  return parseHtml(html, options, true);
}

/** True when an attribute value holds an "&" (a value htmlparser2 would decode). */
function entityInAttributes(attrs: Record<string, string>): boolean {
  for (const name in attrs) if (attrs[name].includes('&')) return true;
  return false;
}

/**
 * One parse of the page. With `decodeEntities` false it throws ENTITY_MET where the decoding parse could give
 * something else: an "&" in an attribute value, or in text other than a script's or a style's (raw text, which
 * htmlparser2 never decodes), or anywhere after an <svg> or <math> (where <script> and <style> are not raw text).
 */
export function parseHtml(html: string, options: HtmlTextOptions, decodeEntities: boolean): HtmlText {
  const wantTextDate = options.textDate !== false;
  let foreignSeen = false;
  const meta: HtmlMeta = {};
  const stack: Frame[] = [{ tag: '#root', id: 0, skip: false, isAnchor: false }];
  const blocks: Block[] = [];
  const score = new Map<number, number>();
  let nextId = 1;
  let skipDepth = 0; // number of skipping frames on the stack
  let anchorDepth = 0;
  let line = '';
  let linkChars = 0;
  let titleBuf: string | null = null;
  let h1Buf: string | null = null;
  let allText = ''; // visible text including chrome, first 20k chars, to find 发布时间

  const flush = (): void => {
    const text = squash(line);
    const linkShare = text.length ? linkChars / text.length : 0;
    line = '';
    linkChars = 0;
    if (!text) return;
    const ancestors: number[] = [];
    for (let i = stack.length - 1; i >= 0 && ancestors.length < 6; i--) ancestors.push(stack[i].id);
    blocks.push({ text, ancestors });
    const weight = text.length * (1 - linkShare);
    if (weight <= 0) return;
    // The paragraph's own element gets nothing; its container the full weight, the container's parent half.
    const own = BLOCK_TAGS.has(stack[stack.length - 1].tag) && stack[stack.length - 1].tag !== 'div' ? 1 : 0;
    const parent = ancestors[own];
    const grand = ancestors[own + 1];
    if (parent !== undefined) score.set(parent, (score.get(parent) ?? 0) + weight);
    if (grand !== undefined) score.set(grand, (score.get(grand) ?? 0) + weight / 2);
  };

  const handlers: HtmlHandlers = {
    onopentag(name, attrs) {
      if (!decodeEntities) {
        if (name === 'svg' || name === 'math') foreignSeen = true;
        if (entityInAttributes(attrs)) throw ENTITY_MET;
      }
      if (name === 'meta') return readMeta(attrs, meta);
      if (name === 'link' && /canonical/i.test(attrs.rel ?? '') && attrs.href) meta.url ??= attrs.href;
      if (name === 'title' && meta.title === undefined) titleBuf = '';
      if (name === 'h1' && h1Buf === null && meta.h1 === undefined) h1Buf = '';
      if (VOID_TAGS.has(name)) {
        if (BLOCK_TAGS.has(name) && skipDepth === 0) flush();
        return;
      }
      const skip = SKIP_TAGS.has(name) || hidden(attrs) || isChrome(attrs);
      if (BLOCK_TAGS.has(name) && skipDepth === 0) flush();
      stack.push({ tag: name, id: nextId++, skip, isAnchor: name === 'a' });
      if (skip) skipDepth++;
      if (name === 'a') anchorDepth++;
    },
    ontext(raw) {
      const top = stack[stack.length - 1].tag;
      if (!decodeEntities && raw.includes('&') && (foreignSeen || (top !== 'script' && top !== 'style'))) throw ENTITY_MET;
      if (titleBuf !== null) titleBuf += raw;
      if (h1Buf !== null) h1Buf += raw;
      if (top === 'script' || top === 'style') return;
      if (wantTextDate && allText.length < 20000) allText += raw;
      if (skipDepth > 0) return;
      line += raw;
      if (anchorDepth > 0) linkChars += raw.replace(/\s/g, '').length;
    },
    onclosetag(name, implied) {
      if (name === 'title' && titleBuf !== null) {
        meta.title = squash(titleBuf);
        titleBuf = null;
      }
      if (name === 'h1' && h1Buf !== null) {
        meta.h1 = squash(h1Buf) || undefined;
        h1Buf = null;
      }
      if (VOID_TAGS.has(name)) return;
      void implied;
      // Close up to the matching open element (htmlparser2 reports implied closes too).
      for (let i = stack.length - 1; i > 0; i--) {
        if (stack[i].tag !== name) continue;
        if (BLOCK_TAGS.has(name) && skipDepth === 0) flush();
        while (stack.length > i) {
          const f = stack.pop()!;
          if (f.skip) skipDepth--;
          if (f.isAnchor) anchorDepth--;
        }
        return;
      }
    },
  };
  // A plain page is read without htmlparser2's tokenizer (clean/plainHtml gives the same events); any other is
  // read by htmlparser2. Entities are never met by the plain reader, so only a parse without decoding can use it.
  if (decodeEntities || !readPlainHtml(html, handlers)) {
    const parser = new Parser(handlers, { decodeEntities, lowerCaseTags: true, lowerCaseAttributeNames: true });
    parser.write(html);
    parser.end();
  }
  flush();

  const text = chooseBody(blocks, score);
  if (wantTextDate && meta.metaDate === undefined) meta.textDate = findTextDate(allText);
  return { text, meta };
}

function chooseBody(blocks: Block[], score: Map<number, number>): string {
  let best = 0;
  let bestScore = -1;
  for (const [id, s] of score) {
    if (s > bestScore) {
      best = id;
      bestScore = s;
    }
  }
  // The blocks inside the best container (all of them when nothing scored), boilerplate lines left out.
  let body = '';
  let first = true;
  for (const b of blocks) {
    if (bestScore > 0 && !b.ancestors.includes(best)) continue;
    if (BOILERPLATE_LINE.test(b.text)) continue;
    body = first ? b.text : `${body}\n${b.text}`;
    first = false;
  }
  return body;
}

function findTextDate(text: string): string | undefined {
  // Both patterns need one of these words; most pages without a date line have none of them.
  if (text.indexOf('日期') < 0 && text.indexOf('时间') < 0 && text.indexOf('来源') < 0) return undefined;
  const flat = text.replace(/\s+/g, ' ');
  return DATE_AFTER_LABEL.exec(flat)?.[1] ?? DATE_AFTER_SOURCE.exec(flat)?.[1];
}

function readMeta(attrs: Record<string, string>, meta: HtmlMeta): void {
  const key = (attrs.name ?? attrs.property ?? attrs.itemprop ?? '').toLowerCase();
  const content = (attrs.content ?? '').trim();
  if (!key || !content) return;
  if (key === 'og:title') meta.ogTitle ??= content;
  else if (key === 'articletitle') meta.articleTitle ??= stripTags(content);
  else if (['pubdate', 'publishdate', 'article:published_time', 'publish_time', 'date', 'dc.date', 'firstpublishedtime'].includes(key))
    meta.metaDate ??= content;
  else if (key === 'og:url' || key === 'url') meta.url ??= content;
  else if (['contentsource', 'source', 'og:site_name', 'sitename', 'author'].includes(key)) meta.outlet ??= content;
}

/** Markup inside an attribute value (CCDI's ArticleTitle holds <p> tags as text). */
function stripTags(s: string): string {
  return squash(s.replace(/<\/p>\s*<p>/gi, ' ').replace(/<[^>]*>/g, ' '));
}
