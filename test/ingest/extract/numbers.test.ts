import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../src/ingest/extract/numbers';

function first(text: string) {
  const n = findNumbers(text)[0];
  return { value: n.value, approx: n.approx, text: text.slice(n.start, n.end), chinese: n.chinese, percent: n.percent };
}

describe('findNumbers', () => {
  it.each([
    ['追责问责1.5万余人次', 15000, true, '1.5万余'],
    ['接收反映2.02万余件次', 20200, true, '2.02万余'],
    ['挽回损失3.2亿元', 320000000, false, '3.2亿'],
    ['共1,234个', 1234, false, '1,234'],
    ['清退5734.52万元', 57345200, false, '5734.52万'],
    ['受理２３件', 23, false, '２３'],
    ['涉及2000余万元', 20000000, true, '2000余万'],
    ['50多人', 50, true, '50多'],
    ['约30个', 30, true, '约30'],
    ['超过200人', 200, true, '超过200'],
    ['逾千人', 1000, true, '逾千'],
    ['10左右', 10, true, '10左右'],
  ])('%s → %d', (text, value, approx, span) => {
    expect(first(text)).toMatchObject({ value, approx, text: span });
  });

  it.each([
    ['编成两个巡察组', 2],
    ['二十一个单位', 21],
    ['十三个县', 13],
    ['一千零五件', 1005],
    ['三万人', 30000],
    ['十一轮', 11],
  ])('reads Chinese numerals: %s → %d', (text, value) => {
    expect(first(text)).toMatchObject({ value, chinese: true, approx: false });
  });

  it('reads 百余 and 近百 as 100, approximate', () => {
    expect(first('百余人')).toMatchObject({ value: 100, approx: true });
    expect(first('近百件')).toMatchObject({ value: 100, approx: true, text: '近百' });
  });

  it('flags percentages and keeps offsets into the text', () => {
    const [n] = findNumbers('覆盖率达76.3%');
    expect(n.percent).toBe(true);
    expect('覆盖率达76.3%'.slice(n.start, n.end)).toBe('76.3');
  });

  it('finds every number of a sentence in order', () => {
    const values = findNumbers('共查摆出15个方面38类共216个问题').map((n) => n.value);
    expect(values).toEqual([15, 38, 216]);
  });

  it('does not read a thousands comma out of a Chinese list', () => {
    expect(findNumbers('5个,12个').map((n) => n.value)).toEqual([5, 12]);
  });
});
