import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { readPlainHtml, type HtmlHandlers } from '../../../src/ingest/clean/plainHtml';
import { seededRandom } from '../../helpers/seededRandom';

type Event = (string | boolean)[];

function recorder(events: Event[]): HtmlHandlers {
  return {
    onopentag: (name, attrs) => events.push(['open', name, JSON.stringify(Object.entries(attrs).sort())]),
    ontext: (text) => events.push(['text', text]),
    onclosetag: (name, implied) => events.push(['close', name, implied]),
  };
}

/** The events htmlparser2 gives, with the options the page reader uses when it does not decode entities. */
function htmlparser2Events(html: string): Event[] {
  const events: Event[] = [];
  const parser = new Parser(recorder(events), { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.write(html);
  parser.end();
  return events;
}

/** The plain reader's events, or null when it declines the page (having given none). */
function plainEvents(html: string): Event[] | null {
  const events: Event[] = [];
  if (readPlainHtml(html, recorder(events))) return events;
  expect(events).toEqual([]);
  return null;
}

describe('readPlainHtml', () => {
  const accepted = [
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>巡视反馈</title><meta name="publishdate" content="2019-03-22"></head><body><h1>标题</h1><div class="date">2019年03月22日</div><p>发现问题12个。</p><script>var x = "<p>不算</p>";</script></body></html>',
    '<div>\n<p>\u3000\u3000正文。</p><!-- news_keyword_pub,stock, -->\n<!-- 正文下iframe -->\n<style>\n.a&#123;border:0;&#125;\n</style>\n<div class="clearfix appendQr_wrap"><img src="qr.png"></div><p class="article-editor">责任编辑：某某 </p>\n</div>',
    '<P CLASS="x" class="y" Data-Id="1">大写<BR/>换行</P>',
    '<p>一<p>二<div>三</div><li>四<li>五<h1>六<h2>七</h2><a href="u">八<a href="v">九</a>',
    '</p>前<br/></br>后</div></span>',
    '<head><link rel="canonical" href="https://example.invalid/a"><body><ul><li>甲</ul><p>未闭合',
    '<title>a <b> c</title><style></style><script></script><p>x</p>',
  ];
  it.each(accepted)('gives the events htmlparser2 gives for a plain page (%#)', (html) => {
    expect(plainEvents(html)).toEqual(htmlparser2Events(html));
  });

  const declined = [
    '<p>A &amp; B</p>', // an entity to decode
    '<p title="a&b">x</p>',
    '<table><tr><td>1</td></tr></table>', // a tag it does not know
    '<p>1 < 2</p>', // a "<" that starts no markup
    '<p class=x>unquoted</p>',
    "<p class='x'>single quotes</p>",
    '<p hidden>no value</p>',
    '<!--> abrupt comment',
    '<!-- a --!> b -->',
    '<![CDATA[x]]>',
    '<?xml version="1.0"?><p>x</p>',
    '<p>unterminated <b',
    '<script>never closed',
    '<title>R&D</title>',
    '<svg><title>t</title></svg>',
  ];
  it.each(declined)('declines what it does not know, giving no event (%#)', (html) => {
    expect(plainEvents(html)).toBeNull();
  });

  it('gives the events htmlparser2 gives on every generated page it accepts', () => {
    const random = seededRandom(2024);
    const pieces = [
      '<p>', '</p>', '<div class="content">', '<div class="a" id="b" class="c">', '</div>', '<span>', '</span>', '<br>', '<br/>',
      '</br>', '<hr>', '<img src="x.png" alt="图">', '<meta name="description" content="描述">', '<h1>', '</h1>', '<h3>', '</h3>',
      '<a href="/u">', '</a>', '<li>', '</li>', '<ul>', '</ul>', '<ol>', '</ol>', '<section>', '</section>', '<body>', '</body>',
      '<head>', '</head>', '<html>', '</html>', '<link rel="stylesheet" href="s.css">', '<strong>', '</strong>', '<font color="red">',
      '<title>', '</title>', '<style>', '</style>', '</STYLE>', '</style >', '<script>', '</script>', '</scripts>', '<center>', '<B>',
      '</B>', '<P\nclass="x"\t>', '<em/>', '<!-- 注释 -->', '<!--->', '<!---->', '<!-- a -- b --->', '<!DOCTYPE html>', '<!doctype>',
      '巡视组', '发现问题12个。', ' ', '\n', '\u3000', '&', '&amp;', '<', '< p>', '</ p>', '</>', '<table>', '<td>', '<form>', '<svg>',
      'a="b"', '>', '"', '<p class=x>', '<p x="&">', '<image src="i">',
    ];
    let acceptedCount = 0;
    for (let n = 0; n < 4000; n++) {
      const html = random.text(pieces, 30);
      const plain = plainEvents(html);
      if (plain === null) continue;
      acceptedCount++;
      expect(plain, html).toEqual(htmlparser2Events(html));
    }
    // Enough of the pages are plain for the comparison to mean something.
    expect(acceptedCount).toBeGreaterThan(200);
  });

  it('gives the events htmlparser2 gives on long generated pages of markup it knows (nesting, implied closes, stray end tags)', () => {
    const random = seededRandom(77);
    const pieces = [
      '<p>', '</p>', '<div class="content">', '</div>', '<span>', '</span>', '<br>', '</br>', '<hr/>', '<img src="x.png">', '<h1>', '</h1>',
      '<h2 class="t">', '</h2>', '<a href="/u">', '</a>', '<li>', '</li>', '<ul>', '</ul>', '<ol>', '</ol>', '<section>', '</section>',
      '<article>', '</article>', '<body>', '</body>', '<head>', '</head>', '<html>', '</html>', '<link rel="canonical" href="/c">',
      '<strong>', '</strong>', '<b>', '</b>', '<em>', '</em>', '<blockquote>', '</blockquote>', '<figure>', '<figcaption>', '</figure>',
      '<nav class="menu">', '</nav>', '<footer>', '</footer>', '<style>.a{}</style>', '<script>var a = "<p>x</p>";</script>',
      '<title>标题</title>', '<!-- 注释 -->', '<!DOCTYPE html>', '巡视组', '发现问题12个。', ' ', '\n',
    ];
    for (let n = 0; n < 2000; n++) {
      const html = random.text(pieces, 60);
      expect(plainEvents(html), html).toEqual(htmlparser2Events(html));
    }
  });
});
