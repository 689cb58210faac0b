import { describe, expect, it } from 'vitest';
import { monthAt, pickedRange, rangeSlots } from '../../../src/app/components/RangeDrag';
import { TIMELINE_GRID } from '../../../src/app/charts/timelineOption';

describe('range drag geometry', () => {
  const months = ['2021-11', '2021-12', '2022-01', '2022-02'];
  const width = TIMELINE_GRID.left + TIMELINE_GRID.right + 400; // 100 px per month

  it('finds the month under the pointer, as the category axis lays months out', () => {
    expect(monthAt(TIMELINE_GRID.left + 1, width, 4)).toBe(0);
    expect(monthAt(TIMELINE_GRID.left + 150, width, 4)).toBe(1);
    expect(monthAt(TIMELINE_GRID.left + 399, width, 4)).toBe(3);
  });

  it('clamps a pointer over the axes to the first or last month', () => {
    expect(monthAt(0, width, 4)).toBe(0);
    expect(monthAt(width, width, 4)).toBe(3);
  });

  it('orders the range whichever way the drag went', () => {
    expect(pickedRange(months, 3, 1)).toEqual(['2021-12', '2022-02']);
    expect(pickedRange(months, 0, 0)).toEqual(['2021-11', '2021-11']);
  });

  it('shades the months a range covers, the part outside the timeline left out', () => {
    expect(rangeSlots(months, ['2021-12', '2022-01'])).toEqual([1, 2]);
    expect(rangeSlots(months, ['2021-01', '2021-12'])).toEqual([0, 1]);
    expect(rangeSlots(months, ['2023-01', '2023-12'])).toBeNull();
    expect(rangeSlots(months, null)).toBeNull();
  });
});
