// Script payloads planted in a data directory, and an audit of the rendered page for any sign that markup
// from the data became markup in the page. The data files are treated as hostile too: whatever the ingest
// keeps or strips, every field the dashboard may show carries a payload when the browser test opens it.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** A payload that, if it ever runs, sets window.__pwned to its tag and opens a dialog. */
export function markupPayload(tag: string): string {
  return `<img src=x onerror="window.__pwned='${tag}';alert('${tag}')">`;
}

/** The text a test looks for on screen: the payload shown as text, not turned into an element. */
export function visiblePayloadText(tag: string): string {
  return `onerror="window.__pwned='${tag}'`;
}

/** A link target that, if ever used as an href and followed, runs script. */
export function scriptUrl(tag: string): string {
  return `javascript:window.__pwned='${tag}';alert('${tag}')`;
}

/** String fields that hold text from the articles (or names the page shows) and are planted at the start. */
const PREPEND_KEYS = new Set(['title', 'outlet', 'file', 'corpus', 'reason', 'message', 'name']);
/** Text whose offsets matter (evidence.sentence, start/end): planted at the end, so offsets stay right. */
const APPEND_KEYS = new Set(['sentence', 'text']);
const URL_KEYS = new Set(['url']);

function plantValue(key: string, value: string): string {
  if (URL_KEYS.has(key)) return scriptUrl(`planted-${key}`);
  if (PREPEND_KEYS.has(key)) return `${markupPayload(`planted-${key}`)}${value}`;
  if (APPEND_KEYS.has(key)) return `${value}${markupPayload(`planted-${key}`)}`;
  return value;
}

function plant(node: unknown, key: string): unknown {
  if (typeof node === 'string') return plantValue(key, node);
  if (Array.isArray(node)) return node.map((item) => plant(item, key));
  if (node && typeof node === 'object') {
    const planted: Record<string, unknown> = {};
    for (const [childKey, child] of Object.entries(node)) planted[childKey] = plant(child, childKey);
    // An article without a URL gets one: a javascript: link must never become an href.
    if ('title' in planted && 'topic' in planted && !('url' in planted)) planted.url = scriptUrl('planted-url');
    return planted;
  }
  return node;
}

function jsonFilesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Rewrites every JSON file under dataDir with payloads in its text fields; returns how many strings changed. */
export function plantPayloads(dataDir: string): number {
  let changed = 0;
  for (const file of jsonFilesUnder(dataDir)) {
    const before = fs.readFileSync(file, 'utf8');
    const after = JSON.stringify(plant(JSON.parse(before), ''));
    if (after !== before) changed += 1;
    fs.writeFileSync(file, after);
  }
  return changed;
}

/**
 * Everything in the live DOM that markup from the data could have produced: inline event handlers, script
 * URLs in links and sources, frames, plugins, <base>, refresh redirects, inline or foreign scripts, and
 * elements from the payloads. Returns one line per finding; an empty list is a clean page.
 */
export async function auditDom(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const findings: string[] = [];
    const origin = location.origin;
    const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}>`;
    // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so they are matched on purpose.
    // eslint-disable-next-line no-control-regex
    const squeeze = (value: string) => value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
    // A data: URL is harmless as an image or icon, but a document when followed or framed.
    const NAVIGABLE = new Set(['a', 'area', 'iframe', 'frame', 'object', 'embed', 'form', 'button', 'input', 'script']);
    const runsScript = (el: Element, value: string) => {
      const url = squeeze(value);
      if (/^(javascript|vbscript):/.test(url)) return true;
      return url.startsWith('data:') && NAVIGABLE.has(el.tagName.toLowerCase()) && !/^data:image\/(png|jpeg|gif|webp);/.test(url);
    };
    const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background'];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        const name = attr.name.toLowerCase();
        if (name.startsWith('on')) findings.push(`${describe(el)} has an inline handler ${name}="${attr.value.slice(0, 80)}"`);
        if (name === 'srcdoc') findings.push(`${describe(el)} has srcdoc`);
        if (URL_ATTRIBUTES.includes(name) && runsScript(el, attr.value)) {
          findings.push(`${describe(el)} has ${name}="${attr.value.slice(0, 80)}"`);
        }
      }
      const tag = el.tagName.toLowerCase();
      if (['iframe', 'frame', 'object', 'embed', 'base', 'applet'].includes(tag)) findings.push(`${describe(el)} element present`);
      if (tag === 'meta' && /refresh/i.test(el.getAttribute('http-equiv') ?? '')) findings.push('<meta http-equiv=refresh> present');
      if (tag === 'script') {
        const src = el.getAttribute('src');
        if (!src) findings.push(`inline <script>: ${(el.textContent ?? '').slice(0, 80)}`);
        else if (new URL(src, location.href).origin !== origin) findings.push(`foreign <script src=${src}>`);
      }
      if (tag === 'img' && el.getAttribute('src') === 'x') findings.push('<img src=x> from a payload present');
    }
    return findings;
  });
}

/** window.__pwned as the page sees it: undefined unless a payload ran. */
export async function pwnedFlag(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}
