import { describe, expect, it } from 'vitest';
import { parseImport, readRows } from '../../../src/app/importCsv/parseImport';
import { createRegionResolver } from '../../../src/app/importCsv/regionResolver';

const resolve = createRegionResolver([{ name: '呼和浩特市', adcode: 150100 }]);

describe('readRows', () => {
  it('numbers rows by the file line they start on, past blank lines and multi-line cells', () => {
    const text = '\uFEFFregion,source\r\n北京,a\r\n\r\n上海,"two\r\nlines"\r\n广东,b\r\n';
    expect(readRows(text).map((r) => [r.line, r.cells[0]])).toEqual([
      [1, 'region'],
      [2, '北京'],
      [4, '上海'],
      [6, '广东'],
    ]);
  });
});

describe('parseImport', () => {
  const good = [
    'region,date,metric,value,source',
    '内蒙古自治区,2021-06,issues_found,120,自治区巡视办通报',
    '150100,2022,问题线索,"1,024",市委巡察办',
  ];

  it('reads good rows into figures with province, city, date, metric, value and source', () => {
    const result = parseImport(good.join('\n'), resolve);
    expect(result.problems).toEqual([]);
    expect(result.rows).toBe(2);
    expect(result.figures).toEqual([
      { line: 2, province: '内蒙古', adcode: 150000, date: '2021-06', metric: 'issues_found', value: 120, approx: false, source: '自治区巡视办通报' },
      {
        line: 3, province: '内蒙古', adcode: 150000, city: '呼和浩特市', cityAdcode: 150100,
        date: '2022', metric: 'problem_clues', value: 1024, approx: false, source: '市委巡察办',
      },
    ]);
  });

  it('lists exactly the rows it cannot use, by line, with each reason', () => {
    const text = [
      ...good,
      'Atlantis,2021,issues_found,5,x',
      '北京,2021,issues_found,many,x',
      '上海,2021,happiness,3,x',
      '',
      '广东,2021-05-01,accountability,7,x',
    ].join('\n');
    const result = parseImport(text, resolve);
    expect(result.problems.map((p) => p.line)).toEqual([4, 5, 6]);
    expect(result.problems.map((p) => p.problems)).toEqual([
      [{ code: 'region-unknown', text: 'Atlantis' }],
      [{ code: 'value-not-number', text: 'many' }],
      [{ code: 'metric-unknown', text: 'happiness' }],
    ]);
    expect(result.figures.map((f) => f.line)).toEqual([2, 3, 8]);
    expect(result.figures.length + result.problems.length).toBe(result.rows);
  });

  it('gives every reason of a row with several faults', () => {
    const result = parseImport('region,date,metric,value\n,2021-13,,x', resolve);
    expect(result.problems).toEqual([
      {
        line: 2,
        problems: [{ code: 'region-empty' }, { code: 'date-month', text: '2021-13' }, { code: 'metric-empty' }, { code: 'value-not-number', text: 'x' }],
      },
    ]);
  });

  it('accepts Chinese headers in any order and without a date or source column', () => {
    const result = parseImport('数值,指标,地区\n3,追责问责,广西', resolve);
    expect(result.figures).toMatchObject([{ province: '广西', adcode: 450000, metric: 'accountability', value: 3, date: null, source: '' }]);
  });

  it('refuses a file whose header lacks a required column, saying which', () => {
    const result = parseImport('place,when,amount\n北京,2021,3', resolve);
    expect(result.figures).toEqual([]);
    expect(result.problems).toEqual([{ line: 1, problems: [{ code: 'header-missing', text: 'metric, value' }] }]);
  });

  it('reports an empty file', () => {
    expect(parseImport('\n\n', resolve).problems).toEqual([{ line: 0, problems: [{ code: 'file-empty' }] }]);
  });
});
