import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText, parseHtml, squash } from '../../../src/ingest/clean/htmlText';
import { seededRandom } from '../../helpers/seededRandom';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/ingest/mixed/${name}`, import.meta.url), 'utf8');

describe('htmlToText', () => {
  it('keeps the article body of a page and drops scripts, styles, comments, menus, share bars, related lists and footers', () => {
    const { text, meta } = htmlToText(fixture('page.html'));
    expect(text.split('\n')).toEqual([
      '近日，省委第一轮巡视完成反馈，共发现问题321个。',
      '巡视组共受理信访举报1500余件次。',
      '被巡视党组织正在制定整改方案 <整改> & 落实。',
    ]);
    expect(meta).toMatchObject({
      articleTitle: '省委巡视完成反馈',
      metaDate: '2023-04-18 06:30',
      outlet: '某纪检监察网站',
      url: 'https://www.example.invalid/t20230418_1.html',
    });
    // The page's meta tag has the date: the visible text is not searched for one.
    expect(meta.textDate).toBeUndefined();
  });

  it("drops Sina's QR-code block and 责任编辑 line but keeps 原标题", () => {
    const body = fixture('sina-post.md').split('---').slice(2).join('---');
    const { text } = htmlToText(body);
    expect(text).toContain('原标题：某省委巡视工作成绩单');
    expect(text).toContain('发现问题1200个');
    expect(text).not.toMatch(/新浪财经APP|责任编辑|appendQr|border/);
  });

  it('survives HTML nested 50,000 deep', () => {
    const depth = 50_000;
    const html = '<div>'.repeat(depth) + '<p>深处的正文</p>' + '</div>'.repeat(depth);
    expect(htmlToText(html).text).toBe('深处的正文');
    const unclosed = '<span>'.repeat(depth) + '未闭合的正文';
    expect(htmlToText(unclosed).text).toBe('未闭合的正文');
  }, 60_000); // the parser's own bookkeeping grows with depth: seconds, not a stack overflow

  it('squashes runs of spaces of every kind to one and trims each paragraph', () => {
    const html = '<p>\u3000\u3000首段　 两种\t空格\u00a0\u00a0连写</p><p> 单个 空格 </p><p>\n\u3000</p><p>a  b\n\u3000\nc</p>';
    expect(htmlToText(html).text).toBe('首段 两种 空格 连写\n单个 空格\na b\n \nc');
  });

  it('squashes as one replace of every run then a trim would, on generated lines', () => {
    const reference = (s: string) => s.replace(/[ \t\u00a0\u3000]+/g, ' ').trim();
    const alphabet = [' ', '\t', '\u00a0', '\u3000', '\n', '\u2028', '\ufeff', '\u2003', '\v', 'a', '中', '。'];
    const random = seededRandom(5);
    for (let i = 0; i < 20000; i++) {
      const line = random.text(alphabet, 10);
      expect(squash(line), JSON.stringify(line)).toBe(reference(line));
    }
  });

  it('gives what the parse that decodes every entity gives, on generated pages with entities everywhere', () => {
    // Markup (entities in some attribute values and comments) and text with and without entities.
    const markup = [
      '<p>', '</p>', '<div class="content">', '<div class="share">', '</div>', '<a href="/x?a=1&amp;b=2">', '<a href="/y">', '</a>',
      '<title>', '</title>', '<h1>', '</h1>', '<script>', '</script>', '<style>', '</style>', '<svg>', '</svg>', '<math>', '</math>',
      '<textarea>', '</textarea>', '<xmp>', '</xmp>', '<!-- 注释 &amp; -->', '<br>', '<meta name="publishdate" content="2021-06-01">',
      '<meta property="og:title" content="巡视&nbsp;反馈">', '<link rel="canonical" href="/a?b=1&amp;c=2">', '<span style="display:none">',
      '</span>', '<p class=a&amp;b>',
    ];
    const plain = ['巡视组发现问题12个。', '共移交线索3件', '　', '发布时间：2021-06-01 10:00', 'a{b:1}', '<', '>'];
    const entities = ['&nbsp;', '&amp;', '&lt;b&gt;', '&#20013;', '&#x4e2d;', '&copy', '&notin;', '&amp', '&unknown;', ' & ', '&', 'var x = 1 && 2;'];
    const random = seededRandom(17);
    let fast = 0;
    for (let n = 0; n < 4000; n++) {
      // A quarter of the pages have no entity in their text, so an entity in an attribute is what decides.
      const pieces = n % 4 === 0 ? [...markup, ...plain] : [...markup, ...plain, ...entities];
      const html = random.pick(pieces) + random.text(pieces, 30);
      for (const options of [{}, { textDate: false }]) {
        expect(htmlToText(html, options), html).toEqual(parseHtml(html, options, true));
      }
      try {
        parseHtml(html, {}, false);
        fast++;
      } catch {
        // given up: an entity to decode
      }
    }
    // Both ways are exercised: pages the fast parse finishes, and pages it gives up.
    expect(fast).toBeGreaterThan(300);
    expect(fast).toBeLessThan(3700);
  });

  it('reads text separated by <br> as paragraphs and decodes entities', () => {
    expect(htmlToText('<div>第一段&nbsp;甲<br>第二段 &lt;b&gt; &#20013;</div>').text).toBe('第一段 甲\n第二段 <b> 中');
  });

  it('finds 发布时间 in the visible page when no meta tag has the date', () => {
    const page = '<div class="info">来源：央视网 2022年02月24日 19:18</div><div><p>正文内容足够长的一段话。</p></div>';
    expect(htmlToText(page).meta.textDate).toBe('2022年02月24日 19:18');
    // Not looked for when the caller has the date already (a post's front matter).
    expect(htmlToText(page, { textDate: false }).meta.textDate).toBeUndefined();
    expect(htmlToText(page, { textDate: false }).text).toBe(htmlToText(page).text);
  });
});
