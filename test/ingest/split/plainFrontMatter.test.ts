import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readPlainFrontMatter } from '../../../src/ingest/split/plainFrontMatter';

/** What js-yaml makes of a block (as the hexo splitter calls it), or the error it throws. */
function jsYaml(text: string): { value: unknown } | { error: true } {
  try {
    return { value: load(text, { schema: CORE_SCHEMA, json: true }) };
  } catch {
    return { error: true };
  }
}

const POST = [
  "title: '江苏巡视工作取得新成效'",
  'categories: ',
  ' - 金融',
  ' - 新浪财经',
  ' - 新浪财经－国內',
  "headimg: 'https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png'",
  'author: 新浪财经',
  'comments: false',
  'date: Sat, 27 Jan 2018 05:19:17 GMT',
].join('\n');

/** Lines of every shape the reader meets, accepted or not, to be combined into blocks. */
const LINES = [
  "title: '江苏巡视工作取得新成效'",
  "title: 'it''s a ''quoted'' title'",
  'title: "双引号标题"',
  'title: "escaped \\" quote"',
  'title: 省委巡视组: 进驻',
  'title: 巡视 # a comment',
  'title: 巡视#不是注释',
  'title: [视频]巡视',
  'title: 【视频】巡视工作',
  'title: 2019',
  'title: 2019年巡视',
  'title: -3.5',
  'title: .inf',
  'title: 0x1F',
  'title: 1_000',
  'title: true',
  'title: True',
  'title: yes',
  'title: ~',
  'title: null',
  'title: NULL',
  'title:',
  'title:   ',
  'title:  两个空格',
  'title: 结尾有空格   ',
  'title: 以冒号结尾:',
  'title: &anchor 锚',
  'title: *alias',
  'title: !tag 标签',
  'title: |',
  'title: >-',
  'title: {a: 1}',
  'title: - 列表',
  'title: @reserved',
  'title: %percent',
  'title: `backtick',
  'title: ? question',
  'title: http://example.invalid/a:b?c=1#frag',
  'title: 12:30',
  'title: +1',
  'title: + 加号',
  'title: 全角　空格',
  'date: 2019-03-22',
  'date: 2019-03-22 10:00:00',
  'date: Sun, 05 Sep 2021 11:55:09 GMT',
  'url: https://finance.sina.com.cn/a/2021-09-05/doc-1.shtml',
  'source: 中央纪委国家监委网站',
  'comments: false',
  'comments: FALSE',
  'categories:',
  'categories: ',
  ' - 金融',
  ' - 新浪财经',
  '  - 缩进不同',
  '- 顶格',
  ' -',
  ' - ',
  " - '引号项'",
  ' - 1',
  ' - key: value',
  ' -  两个空格',
  ' continued plain line',
  '# a comment line',
  '',
  '   ',
  'tags: []',
  'weird key: value',
  '__proto__: x',
  'constructor: 构造',
  'key:value',
  'key:\tvalue',
  'key:   ',
  'key:  \u3000',
  '-x',
  ' -\u3000',
  '\u3000',
  "title: 'a'' b'   ",
  "title: 'a'' b",
  'title: 行\u2028分隔',
  ' - 项\u2029',
  `${'k'.repeat(64)}: 64 characters`,
  `${'k'.repeat(65)}: 65 characters`,
  'k-1_x: key characters',
  '1key: digit first',
  '---',
  '...',
];

describe('readPlainFrontMatter', () => {
  it('reads a Sina post front matter exactly as js-yaml does', () => {
    const fast = readPlainFrontMatter(POST);
    expect(fast).not.toBeNull();
    expect(jsYaml(POST)).toEqual({ value: fast });
    expect(fast).toEqual({
      title: '江苏巡视工作取得新成效',
      categories: ['金融', '新浪财经', '新浪财经－国內'],
      headimg: 'https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png',
      author: '新浪财经',
      comments: false,
      date: 'Sat, 27 Jan 2018 05:19:17 GMT',
    });
  });

  it('declines what only js-yaml can read: numbers, anchors, tags, block scalars, nesting, comments, escapes', () => {
    for (const text of ['title: 2019', 'a: &x 1', 'a: !t b', 'a: |\n  text', 'a:\n  b: c', '# c\na: b', 'a: "x\\ty"', 'a: b\n  more']) {
      expect(readPlainFrontMatter(text)).toBeNull();
    }
    expect(readPlainFrontMatter('')).toBeNull();
    expect(readPlainFrontMatter('\n  \n')).toBeNull();
  });

  it('gives what js-yaml gives for every block it accepts (and never accepts one js-yaml refuses)', () => {
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const blocks: string[] = [POST, ...LINES];
    for (let n = 0; n < 4000; n++) {
      const lines: string[] = [];
      for (let k = (next() % 6) + 1; k > 0; k--) lines.push(LINES[next() % LINES.length]);
      blocks.push(lines.join('\n'));
    }
    let accepted = 0;
    for (const block of blocks) {
      const fast = readPlainFrontMatter(block);
      if (fast === null) continue;
      accepted++;
      const slow = jsYaml(block);
      expect(slow, block).toEqual({ value: fast });
    }
    // The comparison means something only if many blocks were accepted.
    expect(accepted).toBeGreaterThan(300);
  });
});
