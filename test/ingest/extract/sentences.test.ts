import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/ingest/extract/sentences';

describe('splitSentences', () => {
  it('splits on Chinese end marks and line breaks, with offsets into the text', () => {
    const text = '巡视组进驻。发现问题10个；移交线索2件！\n第二段';
    const out = splitSentences(text);
    expect(out.map((s) => s.text)).toEqual(['巡视组进驻。', '发现问题10个；', '移交线索2件！', '第二段']);
    for (const s of out) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
    expect(out.map((s) => s.paragraph)).toEqual([0, 0, 0, 1]);
  });

  it('keeps a closing quote with the sentence it closes', () => {
    const out = splitSentences('他说：“要抓好整改。”随后散会。');
    expect(out.map((s) => s.text)).toEqual(['他说：“要抓好整改。”', '随后散会。']);
  });

  it('drops blank lines and trims spaces', () => {
    const out = splitSentences('  第一句。 \n\n\u3000\u3000第二句');
    expect(out.map((s) => s.text)).toEqual(['第一句。', '第二句']);
  });

  it('loses no text: every non-space character lies in exactly one sentence, in order', () => {
    let x = 5;
    const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const pieces = ['巡视', '。', '；', '！', '?', '”', '）', '\n', ' ', '\u3000', '\r', '\t', 'ab', '，'];
    for (let n = 0; n < 500; n++) {
      let text = '';
      for (let k = Math.floor(next() * 20); k > 0; k--) text += pieces[Math.floor(next() * pieces.length)];
      const out = splitSentences(text);
      for (const s of out) {
        expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
        expect(s.text).not.toMatch(/^[ \t\u3000\u00a0\r]|[ \t\u3000\u00a0\r]$|\n/);
        expect(s.paragraph).toBe(text.slice(0, s.start).split('\n').length - 1);
      }
      const kept = out.map((s) => s.text).join('').replace(/[ \t\u3000\u00a0\r]/g, '');
      expect(kept).toBe(text.replace(/[ \t\u3000\u00a0\r\n]/g, ''));
    }
  });
});
