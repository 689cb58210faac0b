import { describe, expect, it } from 'vitest';
import { cleanItem, cutRelatedList, plainLines, tidyTitle } from '../../../src/ingest/clean/cleanItem';
import type { RawItem } from '../../../src/ingest/types';

const ctx = { fileName: 'x.html' };

describe('cleanItem', () => {
  it('takes the title from the container fields first, then meta tags, then the first line', () => {
    const html: RawItem = { source: { file: 'x.html' }, format: 'html', bodyIsHtml: true, fields: {}, body: '<html><head><title>页面标题_某某网</title><meta property="og:url" content="https://a.invalid/1"></head><body><p>正文。</p></body></html>' };
    expect(cleanItem(html, ctx)).toMatchObject({ title: '页面标题', text: '正文。', url: 'https://a.invalid/1', dateRaw: undefined });
    const text: RawItem = { source: { file: 'x.txt' }, format: 'text', bodyIsHtml: false, fields: { date: '06-15', outlet: '来源：某网' }, body: '  第一段。 \n\n  第二段。' };
    expect(cleanItem(text, ctx)).toMatchObject({ title: '第一段。', text: '第一段。\n第二段。', outlet: '某网', dateRaw: '06-15', dateRawKind: 'text' });
  });

  it('keeps only http(s) addresses as URLs (no javascript: links)', () => {
    const item: RawItem = { source: { file: 'x.json', item: 0 }, format: 'json-item', bodyIsHtml: false, fields: { url: 'javascript:alert(1)' }, body: '正文' };
    expect(cleanItem(item, ctx).url).toBeUndefined();
  });

  it('tidies site suffixes and media tags off titles', () => {
    expect(tidyTitle('[视频]二十届中央第一轮巡视完成进驻_CCTV节目官网-CCTV-1_央视网(cctv.com)')).toBe('二十届中央第一轮巡视完成进驻');
    expect(tidyTitle('把握职责使命 本刊记者 张三--中国纪检监察杂志')).toBe('把握职责使命');
    expect(tidyTitle('严字当头——扎实开展教育整顿综述')).toBe('严字当头——扎实开展教育整顿综述');
  });

  it('cuts a trailing list of related stories', () => {
    expect(cutRelatedList('正文。\n相关报道:\n查出问题426个')).toBe('正文。');
    expect(cutRelatedList('正文提到相关报道的事。')).toBe('正文提到相关报道的事。');
  });
});

describe('plainLines', () => {
  it('trims every line of space at both ends and drops the blank ones, as a regex per line does', () => {
    const reference = (body: string) =>
      body
        .split('\n')
        .map((l) => l.replace(/^[ \t\u3000\u00a0]+|[ \t\u3000\u00a0]+$/g, ''))
        .filter(Boolean)
        .join('\n');
    const pieces = ['巡察', ' ', '\t', '\u3000', '\u00a0', '\n', 'a', '，', '\u2003'];
    let seed = 3;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const bodies = ['', '\n', ' \n\u3000\n', '　　巡察组进驻。\n\n  发现问题12个。  ', 'x\n'];
    for (let n = 0; n < 2000; n++) {
      let body = '';
      for (let k = next() % 20; k > 0; k--) body += pieces[next() % pieces.length];
      bodies.push(body);
    }
    for (const body of bodies) expect(plainLines(body), JSON.stringify(body)).toBe(reference(body));
    expect(plainLines('　　巡察组进驻。\n\n  发现问题12个。  ')).toBe('巡察组进驻。\n发现问题12个。');
  });
});
