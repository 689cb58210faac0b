import { describe, expect, it } from 'vitest';
import { mayStateFigure } from '../../../src/ingest/extract/facts';
import { classifyNumber } from '../../../src/ingest/extract/metricRules';
import { numberContext } from '../../../src/ingest/extract/numberContext';
import { findNumbers } from '../../../src/ingest/extract/numbers';

/** A deterministic pseudo-random generator, so a failure can be replayed. */
function lcg(seed: number): () => number {
  let x = seed;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x / 2 ** 32;
  };
}

const NUMBERS = ['12', '1.5万', '2000余万', '3千万', '二十一', '两', '近百', '超过30', '1,234', '８', '10左右', '5以上', '百余', '1.9万余'];
const WORDS = ['个', '人', '人次', '件', '条', '项', '家', '名', '元', '轮', '次', '年', '月', '份', '户', '起', '万元', '亿元', '余人', '多个', '%', '组', '问题', '线索', ''];
const CONTEXT = ['巡视组', '发现问题', '移交问题线索', '问责', '共', '对', '党组织', '开展巡察', '，', '、', '其中', '整改措施', '追缴资金', '第', '进驻'];

describe('mayStateFigure', () => {
  it('passes sentences with a number and a measure word, and not those without', () => {
    expect(mayStateFigure('共发现问题1.5万余个')).toBe(true);
    expect(mayStateFigure('移交问题线索二十一件')).toBe(true);
    expect(mayStateFigure('巡视组进驻后召开动员会')).toBe(false);
    expect(mayStateFigure('2021年6月开展巡视')).toBe(false);
  });

  it('never turns away a sentence in which some number reads as a figure', () => {
    const next = lcg(11);
    const pick = (xs: string[]) => xs[Math.floor(next() * xs.length)];
    let figures = 0;
    for (let n = 0; n < 4000; n++) {
      let s = '';
      const parts = 2 + Math.floor(next() * 6);
      for (let k = 0; k < parts; k++) s += next() < 0.5 ? pick(CONTEXT) : pick(NUMBERS) + pick(WORDS);
      const states = findNumbers(s).some((span) => {
        const c = numberContext(s, span);
        return c !== null && classifyNumber(c) !== null;
      });
      if (states) {
        figures++;
        expect(mayStateFigure(s), s).toBe(true);
      }
    }
    expect(figures).toBeGreaterThan(100);
  });
});
