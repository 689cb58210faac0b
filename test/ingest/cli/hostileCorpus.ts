// A hostile input folder, written fresh for each test run: every kind of file that must not crash the ingest or
// vanish from its accounting. Returns the folder and the relative paths of every entry the ingest must account for.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const utf8 = (s: string) => Buffer.from(s, 'utf8');
// 县委巡察组发现问题12个。 in GB18030
const GB18030_SENTENCE = Buffer.from('cfd8ceafd1b2b2ecd7e9b7a2cfd6cecacce23132b8f6a1a3', 'hex');
const PNG_HEADER = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

export function writeHostileCorpus(dir: string): string[] {
  const files: Record<string, Buffer | string> = {
    'empty.txt': '',
    'blank.md': '   \n\n\t  \n',
    'binary.txt': Buffer.from([0x41, 0x00, 0x42, 0xff, 0x00, 0x13, 0x37]),
    'image-named.md': Buffer.concat([PNG_HEADER, Buffer.alloc(64, 7)]),
    'picture.png': PNG_HEADER,
    'truncated.txt': utf8('巡视通报\n\n日期:2021-05-06\n\n省委巡视组发现问题').subarray(0, -1),
    'gb18030.txt': Buffer.concat([Buffer.from('d1b2b2ecb9a4d7f7', 'hex'), utf8('\n\n'), GB18030_SENTENCE]),
    'crlf-bom.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('县委巡察通报\r\n日期:2020-01-02\r\n\r\n巡察组发现问题5个。\r\n')]),
    'big.txt': `超大文件\n\n${'某县委巡察组发现问题12个，移交问题线索3件。这是一段重复的文字。\n'.repeat(520_000)}`,
    'deep.html': `<html><body>${'<div>'.repeat(50_000)}<p>深处：市委巡察组发现问题8个。</p>${'</div>'.repeat(50_000)}</body></html>`,
    'fm-unclosed.md': '---\ntitle: 永不关闭\ndate: 2021-01-01\n\n正文：巡视组发现问题3个。\n',
    'fm-invalid.md': "---\ntitle: [broken\n  - : :\n---\n<p>正文：巡视组发现问题4个。</p>\n",
    'impossible-date.txt': '不可能的日期\n\n日期:2023-02-30\n\n巡视组发现问题6个。\n',
    'future-date.md': "---\ntitle: '未来的日期'\ndate: 2999-01-01\n---\n<p>巡视组发现问题7个。</p>\n",
    'not-a-list.json': JSON.stringify({ version: 3, settings: { theme: 'dark' }, values: [1, 2, 3] }),
    'cut-off.json': '{"videoList":[{"video_title":"一","video_detail":{"content":"<p>甲</p>"}},{"video_title":"二","video_de',
    'ragged.csv': '标题,日期,正文\n"多行","2022-01-01","第一行\n第二行，巡察组发现问题9个。"\n短行,2022-01-02\n多列,2022-01-03,正文三,多余,更多\n"坏引号,2022-01-04,"未闭合\n',
    'control-chars.txt': Buffer.concat([utf8('控制字符\u0001\u0007标题\n\n正文\u001b含\u007f控制符，巡视组发现问题2个。'), Buffer.from([0xed, 0xa0, 0x80]), utf8('孤立代理项之后。\n')]),
    'a file with spaces.txt': '带空格的文件名\n\n巡察组发现问题1个。\n',
    [`quote"s 'name'.md`]: '带引号的文件名\n\n巡察组发现问题1个。\n',
    '-leading-dash.txt': '连字符开头\n\n巡察组发现问题1个。\n',
    'notes.docx': 'PK not really',
    'sub/deeper/nested.html': '<html><head><title>子目录页面</title></head><body><p>巡察组发现问题10个。</p></body></html>',
    'sub/script.html': '<html><head><title>&lt;script&gt;alert(1)&lt;/script&gt;</title></head><body><script>alert(2)</script><p onclick="x()">正文<img src=x onerror=alert(3)></p></body></html>',
  };
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
  symlinkSync('..', join(dir, 'sub/loop'));
  return [...Object.keys(files), 'sub/loop'];
}
