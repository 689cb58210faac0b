import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/ingest/clean/foldText';
import { articleId, contentHash, shortHash } from '../../src/ingest/ids';

const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');

describe('ids', () => {
  it('are the leading hex digits of the SHA-1 of what they name', () => {
    expect(shortHash('巡视/1')).toBe(sha1('巡视/1').slice(0, 12));
    expect(shortHash('x', 16)).toBe(sha1('x').slice(0, 16));
  });

  it('name an article by its file and item', () => {
    expect(articleId({ file: 'a/b.md' })).toBe(sha1('a/b.md').slice(0, 12));
    expect(articleId({ file: 'day.json', item: 3 })).toBe(sha1('day.json#3').slice(0, 12));
  });

  it('fingerprint an article by the SHA-1 of its folded text, or of its folded title and text when the text is short', () => {
    const long = '市委第三轮巡察共发现问题120个，移交问题线索15件。'.repeat(20);
    const cases: [string, string][] = [
      ['标题', long],
      ['标题', '巡察组进驻，发现问题12个。'],
      ['', ''],
      ['标题', `${long}ｶ`], // a character outside the table: the general path
      ['标题', long.repeat(30)], // longer than the folded part
      ['标题', `${'巡'.repeat(3999)}，é${'察'.repeat(5000)}`],
      ['ＡＢＣ', 'ＡＢＣ１２３'.repeat(60)],
    ];
    for (const [title, text] of cases) {
      const body = foldText(text, 4000);
      const named = body.length >= 200 ? body : `${foldText(title, 4000)}|${body}`;
      expect(contentHash(title, text)).toBe(sha1(named).slice(0, 16));
    }
  });
});
