import { describe, expect, it } from 'vitest';
import { splitItems } from '../../../src/ingest/split/index';
import { dateFromContainerName } from '../../../src/ingest/split/json';
import { seededRandom } from '../../helpers/seededRandom';

describe('splitItems: hexo posts', () => {
  it('reads front matter fields (after a leading blank line) and keeps the HTML body', () => {
    const text = "\n---\ntitle: '巡视反馈'\nauthor: 新浪财经\ndate: Wed, 03 Nov 2021 23:55:49 GMT\n---\n<div><p>正文</p></div>\n";
    const r = splitItems(text, { file: 'a.md' });
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ format: 'hexo', bodyIsHtml: true, fields: { title: '巡视反馈', outlet: '新浪财经', date: 'Wed, 03 Nov 2021 23:55:49 GMT' } });
    expect(r.warnings).toEqual([]);
  });

  it('warns about front matter that is never closed and keeps the body', () => {
    const r = splitItems('---\ntitle: x\n正文第一段 发现问题5个\n', { file: 'a.md' });
    expect(r.items[0].body).toContain('发现问题5个');
    expect(r.warnings[0].code).toBe('front-matter-unclosed');
  });

  it('still reads the fields of a never-closed front matter up to the first blank line', () => {
    const r = splitItems('---\ntitle: 标题\ndate: 2021-01-01\n\n正文：发现问题3个。\n', { file: 'a.md' });
    expect(r.items[0].fields).toMatchObject({ title: '标题', date: '2021-01-01' });
    expect(r.items[0].body.trim()).toBe('正文：发现问题3个。');
    expect(r.warnings[0].code).toBe('front-matter-unclosed');
  });

  it('warns about invalid YAML and keeps the body', () => {
    const r = splitItems('---\ntitle: [unclosed\n  : : :\n---\n正文\n', { file: 'a.md' });
    expect(r.items[0].body.trim()).toBe('正文');
    expect(r.warnings[0].code).toBe('front-matter-invalid');
  });

  it('names the line of the file where the front matter stops being YAML', () => {
    const r = splitItems('---\nauthor: 新浪财经\ntitle: 巡视: 反馈\n---\n正文\n', { file: 'a.md' });
    expect(r.warnings[0]).toMatchObject({ code: 'front-matter-invalid', position: { line: 3 } });
  });

  it('reads the core schema: a date stays text, a repeated key keeps its last value', () => {
    const r = splitItems('---\ntitle: 初稿\ntitle: 巡视反馈\ndate: 2021-11-03 23:55:49\n---\n正文\n', { file: 'a.md' });
    expect(r.items[0].fields).toMatchObject({ title: '巡视反馈', date: '2021-11-03 23:55:49' });
    expect(r.warnings).toEqual([]);
  });

  it('reads a value with a local tag as the plain value', () => {
    const r = splitItems('---\ntitle: !note 巡察通报\n---\n正文\n', { file: 'a.md' });
    expect(r.items[0].fields.title).toBe('巡察通报');
    expect(r.warnings).toEqual([]);
  });

  it('reads an empty front matter block as no fields', () => {
    const r = splitItems('---\n---\n正文\n', { file: 'a.md' });
    expect(r.items[0].fields).toEqual({});
    expect(r.warnings).toEqual([]);
  });
});

describe('splitItems: plain text', () => {
  it('takes the first non-empty line as title and reads 日期 and 来源 lines', () => {
    const r = splitItems('\n  标题一行\n\n日期:06-15\n来源:http://example.invalid/a.html\n\n正文。\n来源:不是头部\n', { file: 'p.txt' });
    expect(r.items[0].fields).toEqual({ title: '标题一行', date: '06-15', url: 'http://example.invalid/a.html' });
    expect(r.items[0].body).toContain('正文。');
  });

  it('reads an outlet name from 来源', () => {
    const r = splitItems('标题\n日期:2020-01-02\n来源:中央纪委国家监委网站\n正文', { file: 'p.txt' });
    expect(r.items[0].fields.outlet).toBe('中央纪委国家监委网站');
  });

  it('keeps every line after the header as it stands, on generated files', () => {
    // The body as a line-by-line reading gives it: every line after the title that is not a header line above the
    // first sentence (or long line), joined and trimmed.
    const HEADER = /^(日期|时间|发布时间|发布日期|来源|出处|作者|网址|链接|原文链接)\s*[:：]\s*(.*)$/;
    const reference = (text: string): string => {
      const body: string[] = [];
      let titleSeen = false;
      let inHeader = true;
      for (const line of text.split('\n')) {
        const trimmed = line.trim();
        if (!titleSeen) {
          titleSeen = trimmed !== '';
          continue;
        }
        if (inHeader && HEADER.test(trimmed)) continue;
        if (/[。！？!?]/.test(trimmed) || trimmed.length >= 40) inHeader = false;
        body.push(line);
      }
      return body.join('\n').trim();
    };
    const lines = ['', '  ', '标题', '日期:06-15', '来源：某网站', '短行', '正文一句。', '来源:不是头部', 'x'.repeat(45), '  缩进。 ', '尾行'];
    const random = seededRandom(9);
    for (let n = 0; n < 3000; n++) {
      const picked = Array.from({ length: Math.floor(random.next() * 9) }, () => random.pick(lines));
      const text = picked.join('\n') + (n % 3 === 0 ? '\n' : '');
      if (!text.trim()) continue;
      expect(splitItems(text, { file: 'p.txt' }).items[0].body, JSON.stringify(text)).toBe(reference(text));
    }
  });

  it('splits a 来源 line holding an outlet and its address into both', () => {
    const r = splitItems('标题\n日期:06-13\n来源:某市纪委监委网站 http://example.invalid/2022/news_0613/1.html\n正文', { file: 'p.txt' });
    expect(r.items[0].fields.outlet).toBe('某市纪委监委网站');
    expect(r.items[0].fields.url).toBe('http://example.invalid/2022/news_0613/1.html');
  });
});

describe('splitItems: JSON', () => {
  it('reads a daily export: items of videoList with HTML in video_detail.content; a bad item costs only itself', () => {
    const json = JSON.stringify({
      total: 3,
      videoList: [
        { video_title: 'A', pub_date: '2021-10-13 19:00:00', video_url: 'https://x.invalid/a', video_detail: { title: '[视频]A', source: '央视网', content: '<p>甲</p>' } },
        'not an object',
        { video_title: 'C' },
      ],
    });
    const r = splitItems(json, { file: 'raw/20211013.json' });
    expect(r.containerDate).toBe('2021-10-13');
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ source: { file: 'raw/20211013.json', item: 0 }, bodyIsHtml: true, fields: { title: '[视频]A', outlet: '央视网', url: 'https://x.invalid/a' } });
    expect(r.rejects.map((x) => [x.source.item, x.code])).toEqual([[1, 'bad-item'], [2, 'empty']]);
  });

  it('reads a plain array of articles with Chinese keys', () => {
    const r = splitItems(JSON.stringify([{ 标题: '题', 日期: '2020-01-01', 正文: '文' }]), { file: 'x.json' });
    expect(r.items[0].fields).toMatchObject({ title: '题', date: '2020-01-01' });
    expect(r.items[0].body).toBe('文');
  });

  it('rejects JSON that is no article list, and JSON cut off half way, with reasons', () => {
    expect(splitItems('{"a": 1, "b": [1, 2]}', { file: 'x.json' }).rejects[0].code).toBe('no-articles');
    const cut = splitItems('{"videoList":[{"title":"a","content":"b"},{"tit', { file: 'x.json' });
    expect(cut.rejects[0]).toMatchObject({ code: 'parse-error' });
    expect(cut.rejects[0].reason).toMatch(/cut off|not valid JSON/);
  });

  it('finds the day in a container name', () => {
    expect(dateFromContainerName('20211013.json')).toBe('2021-10-13');
    expect(dateFromContainerName('news.json')).toBeUndefined();
  });
});

describe('splitItems: CSV', () => {
  it('finds columns by Chinese or English headers, keeps quoted newlines, survives ragged rows', () => {
    const csv = 'Title,Date,Content\n"a","2022-01-01","line one\nline two"\nb,2022-01-02\nc,2022-01-03,text c,extra\n';
    const r = splitItems(csv, { file: 'e.csv' });
    expect(r.items.map((i) => i.fields.title)).toEqual(['a', 'c']);
    expect(r.items[0].body).toBe('line one\nline two');
    expect(r.rejects).toHaveLength(1);
    expect(r.rejects[0]).toMatchObject({ code: 'empty', source: { file: 'e.csv', item: 1 } });
    expect(r.warnings.some((w) => w.code === 'ragged-row')).toBe(true);
  });

  it('rejects a CSV without a text column', () => {
    expect(splitItems('a,b\n1,2\n', { file: 'e.csv' }).rejects[0].code).toBe('no-articles');
  });
});

describe('splitItems: blank files', () => {
  it('rejects a file of blank space', () => {
    expect(splitItems(' \n\t\n', { file: 'b.txt' }).rejects[0].code).toBe('empty');
  });
});
