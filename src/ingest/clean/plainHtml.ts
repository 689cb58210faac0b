// A fast reader for the plain pages most articles are: a known set of tags written plainly (`<p>`, `<div
// class="x">`, `</p>`), comments, a doctype, style and script blocks, and text holding no "&" (no entity to decode)
// nor any "<" that does not start markup. For such a page it gives the handlers exactly the events htmlparser2's
// Parser gives (decodeEntities off, lower-cased names; its implied closes, `</p>` and `</br>` without an open
// element, and the elements still open at the end), several times faster than its character-by-character
// tokenizer. Anything else — another tag, an attribute not written name="value", an entity, a stray "<", an
// unterminated tag, CDATA, a processing instruction, a comment htmlparser2 would end early — is declined
// (false) before any event is given, and the page is read by htmlparser2: this reader only has to be right about
// what it accepts (test/ingest/clean/plainHtml.test.ts compares the two on generated pages).

export interface HtmlHandlers {
  onopentag(name: string, attrs: Record<string, string>): void;
  ontext(text: string): void;
  onclosetag(name: string, implied: boolean): void;
}

/** The tags this reader knows; raw-text ones (script, style) and title, whose text runs to its end tag, apart. */
const KNOWN_TAGS = new Set([
  'html', 'head', 'body', 'title', 'meta', 'link', 'div', 'p', 'span', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'img', 'br',
  'hr', 'a', 'strong', 'b', 'em', 'i', 'u', 'font', 'center', 'ul', 'ol', 'li', 'section', 'article', 'header',
  'footer', 'nav', 'aside', 'main', 'figure', 'figcaption', 'blockquote', 'style', 'script',
]);
/**
 * Elements whose text is everything up to their end tag (htmlparser2's special tags among KNOWN_TAGS), with how it
 * finds that tag: "</name" in any case, then a space, "/" or ">".
 */
const END_TAGS = new Map(['script', 'style', 'title'].map((name) => [name, new RegExp(`</${name}[ \\n\\t\\f\\r/>]`, 'gi')]));
/** htmlparser2's void elements among KNOWN_TAGS: closed as soon as opened. */
const VOID = new Set(['meta', 'link', 'img', 'br', 'hr']);
/** htmlparser2's openImpliesClose, for KNOWN_TAGS: opening the key closes open elements of the set on top. */
const P_ONLY = new Set(['p']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['body', new Set(['head', 'link', 'script'])],
  ['a', new Set(['a'])],
  ['li', new Set(['li'])],
  ['p', P_ONLY],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h) => [h, HEADINGS] as [string, Set<string>]),
  ...['article', 'aside', 'blockquote', 'div', 'figcaption', 'figure', 'footer', 'header', 'hr', 'main', 'nav', 'ol', 'section', 'ul'].map(
    (t) => [t, P_ONLY] as [string, Set<string>],
  ),
]);

const OPEN = 0;
const CLOSE = 1;
const TEXT = 2;
type Token = { kind: typeof OPEN; name: string; attrs: Record<string, string> } | { kind: typeof CLOSE; name: string } | { kind: typeof TEXT; text: string };

const isAlpha = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isNameChar = (c: number): boolean => isAlpha(c) || (c >= 0x30 && c <= 0x39);
const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
/** Attribute names accepted: what htmlparser2 reads as a name, less the characters that would make it odd. */
const isAttrChar = (c: number): boolean => isNameChar(c) || c === 0x2d || c === 0x5f || c === 0x3a || c === 0x2e;

/** End of a tag name starting at `from`, or -1 when it is not followed by what ends a name here (space, / or >). */
function nameEnd(html: string, from: number): number {
  let i = from;
  while (i < html.length && isNameChar(html.charCodeAt(i))) i++;
  const c = html.charCodeAt(i);
  return i > from && (isSpace(c) || c === 0x2f || c === 0x3e) ? i : -1;
}

/**
 * The attributes of an open tag from `from` (just after its name) and where the tag ends (after its ">"), or null
 * when they are not all written ` name="value"` (value without "&"), the tag then closing with ">" or "/>".
 */
function readAttributes(html: string, from: number): { attrs: Record<string, string>; end: number } | null {
  const attrs: Record<string, string> = {};
  let i = from;
  for (;;) {
    const spaceFrom = i;
    while (isSpace(html.charCodeAt(i))) i++;
    const c = html.charCodeAt(i);
    if (c === 0x3e) return { attrs, end: i + 1 };
    // htmlparser2 ignores the slash of a self-closing tag in HTML; only "/>" is accepted here.
    if (c === 0x2f) return html.charCodeAt(i + 1) === 0x3e ? { attrs, end: i + 2 } : null;
    if (i === spaceFrom || !isAlpha(c)) return null;
    const nameFrom = i;
    while (isAttrChar(html.charCodeAt(i))) i++;
    if (html.charCodeAt(i) !== 0x3d || html.charCodeAt(i + 1) !== 0x22) return null;
    const name = html.slice(nameFrom, i).toLowerCase();
    const close = html.indexOf('"', i + 2);
    if (close < 0) return null;
    const value = html.slice(i + 2, close);
    if (value.includes('&')) return null;
    // The first of a repeated attribute is kept, as htmlparser2 keeps it.
    if (!Object.hasOwn(attrs, name)) attrs[name] = value;
    i = close + 1;
  }
}

/** Where a comment opening at `at` ("<!--") ends (after its "-->"), or -1 when htmlparser2 could end it otherwise. */
function commentEnd(html: string, at: number): number {
  const body = at + 4;
  // "<!-->" and "<!--->" are empty comments to htmlparser2; "--!>" also ends one.
  if (html.charCodeAt(body) === 0x3e || html.startsWith('->', body)) return -1;
  const end = html.indexOf('-->', body);
  if (end < 0) return -1;
  // Only the comment itself is searched for "--!>" (a "--!>" before the "-->" lies within it).
  return html.slice(body, end).includes('--!>') ? -1 : end + 3;
}

/** The page as tokens, or null when it holds anything this reader does not know. */
function tokenize(html: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > i) {
      const text = html.slice(i, textEnd);
      if (text.includes('&')) return null;
      tokens.push({ kind: TEXT, text });
    }
    if (lt < 0) break;
    const c = html.charCodeAt(lt + 1);
    if (c === 0x21) {
      // A comment, or a declaration (<!DOCTYPE html>) up to its ">"; neither gives an event the handlers use.
      let end = -1;
      if (html.startsWith('<!--', lt)) end = commentEnd(html, lt);
      else if (isAlpha(html.charCodeAt(lt + 2))) end = html.indexOf('>', lt + 2) + 1 || -1;
      if (end < 0) return null;
      i = end;
    } else if (c === 0x2f) {
      const end = nameEnd(html, lt + 2);
      if (end < 0 || html.charCodeAt(end) !== 0x3e) return null;
      const name = html.slice(lt + 2, end).toLowerCase();
      if (!KNOWN_TAGS.has(name)) return null;
      tokens.push({ kind: CLOSE, name });
      i = end + 1;
    } else {
      const end = nameEnd(html, lt + 1);
      if (end < 0) return null;
      const name = html.slice(lt + 1, end).toLowerCase();
      if (!KNOWN_TAGS.has(name)) return null;
      const tag = readAttributes(html, end);
      if (tag === null) return null;
      tokens.push({ kind: OPEN, name, attrs: tag.attrs });
      i = tag.end;
      const endTag = END_TAGS.get(name);
      if (endTag !== undefined) {
        // Its text runs to the first end tag of its name (in any case, as htmlparser2 looks for it); only an end
        // tag written plainly ("</style>") is accepted.
        endTag.lastIndex = i;
        const close = endTag.exec(html);
        if (close === null || close[0].charCodeAt(close[0].length - 1) !== 0x3e) return null;
        const text = html.slice(i, close.index);
        if (text.length > 0) {
          // Script and style text is never decoded; a title's would be.
          if (name === 'title' && text.includes('&')) return null;
          tokens.push({ kind: TEXT, text });
        }
        tokens.push({ kind: CLOSE, name });
        i = close.index + close[0].length;
      }
    }
  }
  return tokens;
}

/** Gives the handlers the tokens' events as htmlparser2's Parser would (its element stack, top last here). */
function replay(tokens: Token[], h: HtmlHandlers): void {
  const stack: string[] = [];
  const open = (name: string, attrs: Record<string, string>): void => {
    const closes = IMPLIES_CLOSE.get(name);
    if (closes) while (stack.length > 0 && closes.has(stack[stack.length - 1])) h.onclosetag(stack.pop()!, true);
    if (!VOID.has(name)) stack.push(name);
    h.onopentag(name, attrs);
    if (VOID.has(name)) h.onclosetag(name, true);
  };
  for (const t of tokens) {
    if (t.kind === TEXT) h.ontext(t.text);
    else if (t.kind === OPEN) open(t.name, t.attrs);
    else if (!VOID.has(t.name)) {
      const at = stack.lastIndexOf(t.name);
      if (at >= 0) {
        while (stack.length > at + 1) h.onclosetag(stack.pop()!, true);
        h.onclosetag(stack.pop()!, false);
      } else if (t.name === 'p') {
        // An end tag without its element: htmlparser2 opens and closes one.
        open('p', {});
        if (stack[stack.length - 1] === 'p') h.onclosetag(stack.pop()!, false);
      }
    } else if (t.name === 'br') {
      h.onopentag('br', {});
      h.onclosetag('br', false);
    }
  }
  while (stack.length > 0) h.onclosetag(stack.pop()!, true);
}

/** Reads a plain page into the handlers and says true, or says false having given them nothing. */
export function readPlainHtml(html: string, handlers: HtmlHandlers): boolean {
  const tokens = tokenize(html);
  if (tokens === null) return false;
  replay(tokens, handlers);
  return true;
}
