import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Article, Fact } from '../../../src/core/contract';
import { BOM, figuresCsv, regionTableCsv } from '../../../src/app/export/csvOut';
import { parseImport } from '../../../src/app/importCsv/parseImport';
import { createRegionResolver } from '../../../src/app/importCsv/regionResolver';

const article: Article = {
  id: 'a1',
  source: { file: 'local/report.txt' },
  sources: [{ file: 'local/report.txt' }],
  title: '某市委巡察工作通报，"第三轮"',
  date: '2021-06-15',
  dateSource: { kind: 'text', inferred: false },
  outlet: '某市纪委监委网站',
  topic: true,
  provinces: ['内蒙古'],
  cities: ['呼和浩特市'],
  types: ['常规'],
  level: 'city-county',
  chars: 800,
};

const fact = (over: Partial<Fact>): Fact => ({
  id: 'f1',
  articleId: 'a1',
  province: '内蒙古',
  adcode: 150000,
  city: '呼和浩特市',
  cityAdcode: 150100,
  metric: 'issues_found',
  value: 356,
  approx: false,
  evidence: { sentence: '共发现问题356个，\n移交问题线索12件。', start: 5, end: 9, offset: 0 },
  counted: true,
  ...over,
});

const parse = (csv: string) => Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;

describe('figuresCsv', () => {
  const csv = figuresCsv([{ fact: fact({}), article }, { fact: fact({ id: 'f2', metric: 'problem_clues', value: 12, approx: true, city: undefined, cityAdcode: undefined }), article }], 'zh');

  it('starts with a BOM and a header, then one row per figure', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    const rows = parse(csv);
    expect(rows[0].slice(0, 5)).toEqual(['地区', '日期', '指标', '数值', '来源']);
    expect(rows).toHaveLength(3);
  });

  it('keeps evidence, title, date and source intact through quoting', () => {
    const [header, first, second] = parse(csv);
    const cell = (row: string[], name: string) => row[header.indexOf(name)];
    expect(cell(first, '证据句')).toBe('共发现问题356个，\n移交问题线索12件。');
    expect(cell(first, '文章标题')).toBe('某市委巡察工作通报，"第三轮"');
    expect(cell(first, '日期')).toBe('2021-06-15');
    expect(cell(first, '来源')).toBe('local/report.txt');
    expect(cell(first, '地区')).toBe('呼和浩特市');
    expect(cell(second, '地区')).toBe('内蒙古');
    expect(cell(second, '约数')).toBe('是');
    expect(cell(second, '行政区划代码')).toBe('150000');
  });

  it('escapes a cell a spreadsheet would run as a formula', () => {
    const csv2 = figuresCsv([{ fact: fact({}), article: { ...article, title: '=HYPERLINK("x")' } }], 'en');
    expect(parse(csv2)[1]).toContain(`'=HYPERLINK("x")`);
  });

  it('can be imported again as the user layer', () => {
    const resolve = createRegionResolver([{ name: '呼和浩特市', adcode: 150100 }]);
    const result = parseImport(csv, resolve);
    expect(result.problems).toEqual([]);
    expect(result.figures.map((f) => [f.cityAdcode ?? f.adcode, f.metric, f.value])).toEqual([
      [150100, 'issues_found', 356],
      [150000, 'problem_clues', 12],
    ]);
  });
});

describe('regionTableCsv', () => {
  it('writes a column per metric, empty where no figure was reported, and names approximate totals', () => {
    const csv = regionTableCsv(
      [
        { name: '内蒙古', adcode: 150000, articles: 4, totals: { issues_found: { value: 356, approx: false, facts: 2 }, accountability: { value: 15000, approx: true, facts: 1 } } },
        { name: '全国', adcode: 100000, articles: 1, totals: {} },
      ],
      ['issues_found', 'problem_clues', 'accountability'],
      'zh',
    );
    expect(csv.startsWith(BOM)).toBe(true);
    expect(parse(csv)).toEqual([
      ['地区', '行政区划代码', '报道数', '发现问题', '问题线索', '追责问责', '含约数的指标'],
      ['内蒙古', '150000', '4', '356', '', '15000', '追责问责'],
      ['全国', '100000', '1', '', '', '', ''],
    ]);
  });
});
