import { describe, expect, it } from 'vitest';
import { stepYear, yearOfRange, yearRange } from '../../../src/app/present/yearStepper';

describe('yearOfRange', () => {
  it('knows a range of one whole calendar year, and nothing else', () => {
    expect(yearOfRange(['2021-01', '2021-12'])).toBe(2021);
    expect(yearOfRange(['2021-01', '2021-11'])).toBeNull();
    expect(yearOfRange(['2021-01', '2022-12'])).toBeNull();
    expect(yearOfRange(null)).toBeNull();
    expect(yearOfRange(yearRange(2019))).toBe(2019);
  });
});

describe('stepYear', () => {
  const years = [2019, 2020, 2022];
  it('steps over the years the data has, wrapping at both ends', () => {
    expect(stepYear(years, 2019, 1)).toBe(2020);
    expect(stepYear(years, 2020, 1)).toBe(2022);
    expect(stepYear(years, 2022, 1)).toBe(2019);
    expect(stepYear(years, 2019, -1)).toBe(2022);
  });

  it('starts at the first (forward) or last (backward) year from no year or an unknown one', () => {
    expect(stepYear(years, null, 1)).toBe(2019);
    expect(stepYear(years, null, -1)).toBe(2022);
    expect(stepYear(years, 2021, 1)).toBe(2019);
    expect(stepYear([], null, 1)).toBeNull();
  });
});
