import { describe, expect, it } from 'vitest';
import type { ProblemCode } from '../../../src/app/importCsv/fields';
import { describeProblem, describeProblems } from '../../../src/app/importCsv/problemText';

const CODES: ProblemCode[] = [
  'region-empty', 'region-unknown', 'date-invalid', 'date-year', 'date-month', 'date-day', 'metric-empty',
  'metric-unknown', 'value-empty', 'value-not-number', 'value-negative', 'file-empty', 'file-too-large', 'header-missing',
];

describe('describeProblem', () => {
  it('says every problem in both languages, naming the cell', () => {
    for (const code of CODES) {
      for (const lang of ['zh', 'en'] as const) {
        const text = describeProblem({ code, text: 'X1' }, lang);
        expect(text.length).toBeGreaterThan(3);
        if (/unknown|invalid|not-number|negative|year|month|day/.test(code)) expect(text).toContain('X1');
      }
    }
    expect(describeProblem({ code: 'region-unknown', text: 'Atlantis' }, 'zh')).toBe('无法识别的地区“Atlantis”');
  });

  it('joins a row’s reasons', () => {
    expect(describeProblems([{ code: 'region-empty' }, { code: 'value-empty' }], 'en')).toBe('region is empty; value is empty');
    expect(describeProblems([{ code: 'region-empty' }, { code: 'value-empty' }], 'zh')).toBe('地区为空；数值为空');
  });
});
