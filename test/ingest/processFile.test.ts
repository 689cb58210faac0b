import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { datedDocsOfFile, processFile, processFiles } from '../../src/ingest/processFile';

const dir = mkdtempSync(join(tmpdir(), 'xunshi-process-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array) {
  const path = join(dir, name);
  writeFileSync(path, content);
  return { path, rel: name };
}

const article = (title: string, body: string) => `${title}\n\n日期:2023-06-15\n来源:测试网\n\n${body}\n`;

describe('datedDocsOfFile reading files', () => {
  it('reads each file whole, whatever the size of the file read before it', () => {
    const paragraph = '市委第三轮巡察共发现问题120个，移交问题线索15件。';
    // Over one mebibyte: more than one read of the file.
    const long = file('long.txt', article('长文', Array.from({ length: 30_000 }, () => paragraph).join('\n')));
    const short = file('short.txt', article('短文', '县委巡察组进驻8个单位。'));
    const longDocs = datedDocsOfFile(long).docs;
    expect(longDocs).toHaveLength(1);
    expect(longDocs[0].text.split('\n')).toHaveLength(30_000);
    expect(longDocs[0].text.endsWith(paragraph)).toBe(true);
    // Nothing of the long file's bytes shows through in the short one read after it.
    const shortDocs = datedDocsOfFile(short).docs;
    expect(shortDocs[0].title).toBe('短文');
    expect(shortDocs[0].text).toBe('县委巡察组进驻8个单位。');
    expect(shortDocs[0].date).toBe('2023-06-15');
    expect(datedDocsOfFile(long).docs[0].text).toBe(longDocs[0].text);
  });

  it('reads a file of exactly the read buffer size, and one byte more, without losing or adding a byte', () => {
    for (const size of [1 << 20, (1 << 20) + 1, (1 << 20) - 1]) {
      const head = article('整块', '');
      const fill = 'a'.repeat(size - Buffer.byteLength(head));
      const docs = datedDocsOfFile(file(`exact-${size}.txt`, head + fill)).docs;
      expect(Buffer.byteLength(docs[0].text)).toBe(fill.length);
    }
  });

  it('turns an empty, a missing and a binary file into rejects with their reasons', () => {
    expect(datedDocsOfFile(file('empty.txt', '')).rejects[0].code).toBe('empty');
    expect(datedDocsOfFile({ path: join(dir, 'missing.txt'), rel: 'missing.txt' }).rejects[0].code).toBe('unreadable');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(datedDocsOfFile(file('image.txt', png)).rejects[0].code).toBe('binary');
  });
});

describe('processFiles', () => {
  it('gives each file the outcome processFile gives it, in order, however many files it reads ahead', () => {
    const files = [
      file('pf-a.txt', article('甲市巡察', '市委第三轮巡察共发现问题120个，移交问题线索15件。')),
      file('pf-empty.txt', ''),
      { path: join(dir, 'pf-missing.txt'), rel: 'pf-missing.txt' },
      file('pf-b.md', '---\ntitle: 乙省巡视\ndate: 2021-05-06\n---\n<p>省委巡视组共发现问题36个，移交线索7件。</p>'),
      file('pf-c.json', JSON.stringify([{ title: '丙县巡察', content: '县委巡察组进驻8个单位，发现问题20个。', date: '2022-01-02' }, { title: '无关', content: '天气晴。' }])),
    ];
    const oneByOne = files.map((f) => processFile(f));
    expect(oneByOne.flatMap((o) => o.drafts)).not.toHaveLength(0);
    expect(oneByOne.flatMap((o) => o.rejects)).not.toHaveLength(0);
    for (const readAhead of [1, 50, 1_000_000]) expect(processFiles(files, {}, readAhead)).toEqual(oneByOne);
  });
});
