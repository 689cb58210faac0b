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
});
