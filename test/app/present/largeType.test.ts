import { describe, expect, it } from 'vitest';
import { enlargeType } from '../../../src/app/present/largeType';

describe('enlargeType', () => {
  const option = {
    grid: { left: 44, right: 52 },
    legend: { itemHeight: 10, textStyle: { fontSize: 11 } },
    xAxis: { type: 'category', axisLabel: { fontSize: 10 } },
    yAxis: [{ type: 'value', nameTextStyle: { fontSize: 10, align: 'left' } }],
    visualMap: { itemWidth: 14, textStyle: { fontSize: 11 } },
    series: [{ type: 'bar', label: { show: true } }, { type: 'line' }],
  };
  const big = enlargeType(option, 2) as typeof option & Record<string, unknown>;

  it('multiplies every text size, using 12 where none is set', () => {
    expect(big.textStyle).toEqual({ fontSize: 24 });
    expect(big.legend).toEqual([{ itemHeight: 20, itemWidth: 50, textStyle: { fontSize: 22 } }]);
    expect(big.xAxis).toEqual([{ type: 'category', axisLabel: { fontSize: 20 }, nameTextStyle: { fontSize: 24 } }]);
    expect(big.yAxis).toEqual([{ type: 'value', axisLabel: { fontSize: 24 }, nameTextStyle: { fontSize: 20, align: 'left' } }]);
    expect(big.visualMap).toEqual([{ itemWidth: 28, textStyle: { fontSize: 22 } }]);
    expect(big.series).toEqual([{ type: 'bar', label: { show: true, fontSize: 24 } }, { type: 'line' }]);
  });

  it('lets grids contain their larger labels, and leaves the option given unchanged', () => {
    expect(big.grid).toEqual([{ left: 44, right: 52, containLabel: true }]);
    expect(option.xAxis.axisLabel.fontSize).toBe(10);
  });
});
