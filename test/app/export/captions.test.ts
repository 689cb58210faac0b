import { describe, expect, it } from 'vitest';
import { exportFileName, filtersLine, mapNote, sourceLine, type ViewFilters } from '../../../src/app/export/captions';

const view: ViewFilters = { metric: 'issues_found', region: '内蒙古', dateFrom: '2021-01', dateTo: '2021-12', types: ['常规', '专项'] };

describe('filtersLine', () => {
  it('names region, dates, metric and types in Chinese', () => {
    expect(filtersLine(view, 'zh')).toBe('地区：内蒙古　·　时间：2021-01 至 2021-12　·　指标：发现问题　·　巡视类型：常规、专项');
  });

  it('says "all" for what is not filtered, in English', () => {
    const line = filtersLine({ metric: 'problem_clues', region: null, dateFrom: null, dateTo: null, types: [] }, 'en');
    expect(line).toBe('Region: all regions  ·  Dates: all dates  ·  Metric: Problem clues  ·  Types: all types');
  });

  it('names the level and the search when they filter the view', () => {
    expect(filtersLine({ ...view, level: 'city-county', query: ' 回头看 ' }, 'zh')).toContain('层级：市县　·　搜索：“回头看”');
    expect(filtersLine({ ...view, level: 'central' }, 'en')).toContain('Level: central');
    expect(filtersLine({ ...view, level: null, query: '' }, 'zh')).not.toMatch(/层级|搜索/);
  });

  it('names the imported layer when it is drawn', () => {
    expect(filtersLine({ ...view, layer: 'both' }, 'zh')).toContain('图层：提取数据 + 导入数据');
    expect(filtersLine({ ...view, layer: 'extracted' }, 'zh')).not.toContain('图层');
  });
});

describe('sourceLine', () => {
  it('gives corpus, its date range and the article count', () => {
    const line = sourceLine({ corpus: 'articles', dateFrom: '2019-03-01', dateTo: '2023-06-30', articles: 12, totalArticles: 128 }, 'zh');
    expect(line).toContain('语料 articles（2019-03-01 至 2023-06-30）');
    expect(line).toContain('文章 12 篇（共 128 篇）');
  });

  it('says when the corpus dates are unknown', () => {
    expect(sourceLine({ corpus: 'x', dateFrom: null, dateTo: null, articles: 0, totalArticles: 0 }, 'en')).toContain('corpus x (dates unknown)');
  });
});

describe('mapNote and exportFileName', () => {
  it('marks maps as schematic', () => {
    expect(mapNote('zh')).toContain('示意图');
    expect(mapNote('en')).toContain('示意图');
  });

  it('builds a file name without characters file systems refuse', () => {
    expect(exportFileName(view, 'zh', '地图')).toBe('巡视图谱-地图-发现问题-内蒙古-2021-01_2021-12');
    expect(exportFileName({ ...view, region: 'a/b c' }, 'en', 'map')).toBe('xunshi-atlas-map-Issues_found-a_b_c-2021-01_2021-12');
  });
});
