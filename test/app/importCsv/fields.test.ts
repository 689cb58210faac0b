import { describe, expect, it } from 'vitest';
import { parseDate, parseMetric, parseValue } from '../../../src/app/importCsv/fields';

describe('parseValue', () => {
  it.each([
    ['1234', 1234, false],
    ['1,234', 1234, false],
    [' 12 ', 12, false],
    ['1.5万', 15000, false],
    ['2000余', 2000, true],
    ['1.5万余', 15000, true],
    ['约300', 300, true],
    ['3亿', 300000000, false],
  ])('reads %s', (cell, value, approx) => {
    expect(parseValue(cell)).toEqual({ ok: true, value: { value, approx } });
  });

  it.each([['abc'], ['十二'], ['12个'], ['1.2.3']])('refuses %s as not a number', (cell) => {
    expect(parseValue(cell)).toEqual({ ok: false, problem: { code: 'value-not-number', text: cell } });
  });

  it('refuses empty and negative values with their own reasons', () => {
    expect(parseValue('')).toEqual({ ok: false, problem: { code: 'value-empty' } });
    expect(parseValue('-5')).toEqual({ ok: false, problem: { code: 'value-negative', text: '-5' } });
  });
});

describe('parseDate', () => {
  it.each([
    ['2021', '2021'],
    ['2021-3', '2021-03'],
    ['2021/03/05', '2021-03-05'],
    ['2021.3.5', '2021-03-05'],
    ['2021年3月5日', '2021-03-05'],
    ['2021年3月', '2021-03'],
    ['2021年', '2021'],
    ['2024-02-29', '2024-02-29'],
  ])('reads %s as %s', (cell, iso) => {
    expect(parseDate(cell)).toEqual({ ok: true, value: iso });
  });

  it('takes an empty cell as no date', () => {
    expect(parseDate('  ')).toEqual({ ok: true, value: null });
  });

  it.each([
    ['2021-13', 'date-month'],
    ['2023-02-29', 'date-day'],
    ['yesterday', 'date-invalid'],
    ['21-03-05', 'date-invalid'],
    ['1800', 'date-year'],
  ])('refuses %s (%s)', (cell, code) => {
    expect(parseDate(cell)).toEqual({ ok: false, problem: { code, text: cell } });
  });
});

describe('parseMetric', () => {
  it('reads keys, Chinese and English names', () => {
    expect(parseMetric('issues_found')).toEqual({ ok: true, value: 'issues_found' });
    expect(parseMetric('问题线索')).toEqual({ ok: true, value: 'problem_clues' });
    expect(parseMetric('held to account')).toEqual({ ok: true, value: 'accountability' });
    expect(parseMetric('Issues-Found')).toEqual({ ok: true, value: 'issues_found' });
  });

  it('refuses an unknown metric, naming it', () => {
    expect(parseMetric('happiness')).toEqual({ ok: false, problem: { code: 'metric-unknown', text: 'happiness' } });
    expect(parseMetric(' ')).toEqual({ ok: false, problem: { code: 'metric-empty' } });
  });
});
