import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/ingest/clean/htmlText';

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
      textDate: '2023-04-18 06:30',
    });
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

  it('reads text separated by <br> as paragraphs and decodes entities', () => {
    expect(htmlToText('<div>第一段&nbsp;甲<br>第二段 &lt;b&gt; &#20013;</div>').text).toBe('第一段 甲\n第二段 <b> 中');
  });

  it('finds 发布时间 in the visible page when no meta tag has the date', () => {
    expect(htmlToText('<div class="info">来源：央视网 2022年02月24日 19:18</div><div><p>正文内容足够长的一段话。</p></div>').meta.textDate).toBe('2022年02月24日 19:18');
  });
});
