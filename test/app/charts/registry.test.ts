import { describe, expect, it, vi } from 'vitest';
import type { EChartsType } from 'echarts/core';
import { getChart, registerChart, setChartTheme } from '../../../src/app/charts/registry';

function fakeChart(calls: string[]): EChartsType {
  return { isDisposed: () => false, setTheme: (t: string) => calls.push(`theme ${t}`) } as unknown as EChartsType;
}

describe('chart registry', () => {
  it('restores a chart’s current option after a theme change, in that order', () => {
    const calls: string[] = [];
    registerChart('map', fakeChart(calls), () => calls.push('restore'));
    setChartTheme('map', 'dark');
    expect(calls).toEqual(['theme dark', 'restore']);
    registerChart('map', null);
    expect(getChart('map')).toBeUndefined();
  });

  it('does nothing for a chart no longer on screen', () => {
    const calls: string[] = [];
    const restore = vi.fn();
    registerChart('timeline', fakeChart(calls), restore);
    registerChart('timeline', null);
    setChartTheme('timeline', 'dark');
    expect(calls).toEqual([]);
    expect(restore).not.toHaveBeenCalled();
  });
});
