import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/ingest/clean/foldText';
import { articleId, contentHash, shortHash } from '../../src/ingest/ids';

const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');
const sha1Bytes = (b: Uint8Array) => createHash('sha1').update(b).digest('hex');

describe('ids', () => {
  it('are the leading hex digits of the SHA-1 of what they name', () => {
    expect(shortHash('巡视/1')).toBe(sha1('巡视/1').slice(0, 12));
    expect(shortHash('x', 16)).toBe(sha1('x').slice(0, 16));
  });

  it('name an article by its file and item', () => {
    expect(articleId({ file: 'a/b.md' })).toBe(sha1('a/b.md').slice(0, 12));
    expect(articleId({ file: 'day.json', item: 3 })).toBe(sha1('day.json#3').slice(0, 12));
  });

  it('fingerprint an article by the SHA-1 of its folded text (UTF-16), or of its folded title and text when the text is short', () => {
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
      const expected = body.length >= 200 ? sha1Bytes(Buffer.from(body, 'utf16le')) : sha1(`${foldText(title, 4000)}|${body}`);
      expect(contentHash(title, text)).toBe(expected.slice(0, 16));
    }
  });

  it('give copies of an article the same fingerprint whichever way each was folded, and tell apart what UTF-8 tells apart', () => {
    const long = '市委第三轮巡察共发现问题120个，移交问题线索15件。'.repeat(20);
    // é precomposed is folded by the table; e + combining accent only by the general path: the same folded text.
    expect(contentHash('甲', `${long}é`)).toBe(contentHash('乙', `${long}e\u0301`));
    expect(contentHash('甲', `${long}é`)).not.toBe(contentHash('甲', `${long}è`));
    // A pair cut at the end of the part read folds to a lone surrogate, which UTF-8 (and so the fingerprint) reads as U+FFFD.
    const cut = `${'巡'.repeat(3999)}${'，'.repeat(4000)}`;
    expect(contentHash('t', `${cut}\ud83d\ude00`)).toBe(contentHash('t', `${cut}\ud83e\udd14`));
    expect(contentHash('t', `${cut}\ud83d\ude00`)).toBe(sha1Bytes(Buffer.from(`${'巡'.repeat(3999)}\ufffd`, 'utf16le')).slice(0, 16));
  });
});
