import { describe, expect, it } from 'vitest';
import { dashboardLayout, slideLayout, type Rect } from '../../../src/app/export/slideLayout';

const inside = (r: Rect, w: number, h: number) => r.left >= 0 && r.top >= 0 && r.left + r.width <= w && r.top + r.height <= h;
const overlaps = (a: Rect, b: Rect) =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe('slideLayout', () => {
  it.each([
    [1920, 1080],
    [1280, 720],
  ])('stacks title, filters, legend, body and source without overlap at %i×%i', (width, height) => {
    const l = slideLayout({ width, height, isMap: true, hasLegend: true });
    expect(l.filters.y).toBeGreaterThanOrEqual(l.title.y + l.title.fontSize);
    expect(l.legendTop).toBeGreaterThanOrEqual(l.filters.y + l.filters.fontSize);
    expect(l.body.top).toBeGreaterThanOrEqual(l.legendTop + l.labelFontSize);
    expect(l.source.y).toBeGreaterThan(l.body.top + l.body.height);
    expect(l.source.y + l.source.fontSize).toBeLessThanOrEqual(height);
    expect(inside(l.body, width, height)).toBe(true);
    expect(l.body.height).toBeGreaterThan(height * 0.6);
  });

  it('scales type with the slide, so both sizes look alike', () => {
    const big = slideLayout({ width: 1920, height: 1080, isMap: false, hasLegend: false });
    const small = slideLayout({ width: 1280, height: 720, isMap: false, hasLegend: false });
    expect(big.title.fontSize / small.title.fontSize).toBeCloseTo(1.5, 1);
    expect(small.labelFontSize).toBeGreaterThanOrEqual(12);
  });

  it('puts the 示意图 note at the bottom right of maps only, beside the source line', () => {
    const map = slideLayout({ width: 1280, height: 720, isMap: true, hasLegend: false });
    expect(map.note).not.toBeNull();
    expect(map.note!.align).toBe('right');
    expect(map.note!.y).toBe(map.source.y);
    expect(map.source.x + map.source.maxWidth).toBeLessThan(map.note!.x - map.note!.maxWidth);
    expect(slideLayout({ width: 1280, height: 720, isMap: false, hasLegend: false }).note).toBeNull();
  });

  it('gives the legend row room only when there is a legend', () => {
    const withLegend = slideLayout({ width: 1280, height: 720, isMap: false, hasLegend: true });
    const without = slideLayout({ width: 1280, height: 720, isMap: false, hasLegend: false });
    expect(withLegend.body.top).toBeGreaterThan(without.body.top);
  });
});

describe('dashboardLayout', () => {
  it('puts the map and the first other chart on top, the rest in a row below, all apart', () => {
    const l = dashboardLayout({ width: 1920, height: 1080 }, [{ isMap: true }, { isMap: false }, { isMap: false }, { isMap: false }, { isMap: false }]);
    expect(l.cells).toHaveLength(5);
    const [map, beside, ...below] = l.cells;
    expect(map.chart).toBe(0);
    expect(beside.top).toBe(map.top);
    expect(beside.left).toBeGreaterThan(map.left + map.width);
    expect(map.width).toBeGreaterThan(beside.width);
    for (const c of below) {
      expect(c.top).toBeGreaterThan(map.top + map.height);
      expect(c.height).toBeLessThan(map.height);
    }
    for (const a of l.cells) {
      expect(inside(a, 1920, 1080)).toBe(true);
      for (const b of l.cells) if (a !== b) expect(overlaps(a, b)).toBe(false);
    }
    expect(l.note).not.toBeNull();
  });

  it('gives a map alone the whole body', () => {
    const l = dashboardLayout({ width: 1920, height: 1080 }, [{ isMap: true }]);
    expect(l.cells).toHaveLength(1);
    expect(l.cells[0].width).toBeGreaterThan(1800);
  });

  it('lays out charts without a map in two columns and every chart once', () => {
    const l = dashboardLayout({ width: 1920, height: 1080 }, [{ isMap: false }, { isMap: false }, { isMap: false }]);
    expect(l.cells.map((c) => c.chart).sort()).toEqual([0, 1, 2]);
    expect(new Set(l.cells.map((c) => c.left)).size).toBe(2);
    expect(l.note).toBeNull();
  });
});
