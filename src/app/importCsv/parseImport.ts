// CSV in: `region,date,metric,value,source` → figures for the imported layer, and every row that could not be
// used with its line number and reason (nothing is dropped silently).
import Papa from 'papaparse';
import type { MetricKey } from '../../core/metrics';
import { parseDate, parseMetric, parseValue, type FieldProblem } from './fields';
import type { RegionResolver } from './regionResolver';

export interface ImportedFigure {
  /** 1-based line of the row in the file (the header is line 1). */
  line: number;
  province: string;
  adcode: number;
  city?: string;
  cityAdcode?: number;
  /** YYYY, YYYY-MM or YYYY-MM-DD, or null when the row has no date. */
  date: string | null;
  metric: MetricKey;
  value: number;
  approx: boolean;
  /** Free text: where the user's figure comes from. */
  source: string;
}

export interface ImportProblem {
  /** 1-based line in the file; 0 for a problem with the file as a whole. */
  line: number;
  /** Every reason the row cannot be used (a row may have several). */
  problems: FieldProblem[];
}

export interface ImportResult {
  figures: ImportedFigure[];
  problems: ImportProblem[];
  /** Data rows seen (blank lines are not rows). */
  rows: number;
}

type Column = 'region' | 'date' | 'metric' | 'value' | 'source';
const REQUIRED: readonly Column[] = ['region', 'metric', 'value'];

/** Header names accepted for each column, in English and Chinese. */
const HEADER_ALIASES: Record<Column, readonly string[]> = {
  region: ['region', 'place', 'province', 'city', 'adcode', '地区', '地方', '省份', '城市', '行政区'],
  date: ['date', 'month', 'year', '日期', '时间', '月份', '年份'],
  metric: ['metric', 'indicator', '指标', '类别'],
  value: ['value', 'number', 'count', '数值', '数量', '数字'],
  source: ['source', 'note', '来源', '出处', '备注'],
};

function columnOf(header: string): Column | null {
  const h = header.trim().toLowerCase();
  for (const column of Object.keys(HEADER_ALIASES) as Column[]) {
    if (HEADER_ALIASES[column].includes(h)) return column;
  }
  return null;
}

interface RawRow {
  line: number;
  cells: string[];
}

/** Rows with the file line each starts on (quoted cells may span lines, so rows ≠ lines). */
export function readRows(text: string): RawRow[] {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const rows: RawRow[] = [];
  let rowStart = 0;
  let line = 1;
  Papa.parse<string[]>(normalized, {
    skipEmptyLines: false,
    step(result) {
      const cursor = result.meta.cursor;
      const cells = result.data;
      if (!(cells.length === 1 && cells[0].trim() === '')) rows.push({ line, cells });
      line += countNewlines(normalized, rowStart, cursor);
      rowStart = cursor;
    },
  });
  return rows;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

type ColumnIndex = Partial<Record<Column, number>>;

function indexColumns(header: string[]): ColumnIndex {
  const index: ColumnIndex = {};
  header.forEach((name, i) => {
    const column = columnOf(name);
    if (column && index[column] === undefined) index[column] = i;
  });
  return index;
}

function readFigure(row: RawRow, columns: ColumnIndex, resolve: RegionResolver): ImportedFigure | ImportProblem {
  const cell = (c: Column) => (columns[c] === undefined ? '' : (row.cells[columns[c]] ?? ''));
  const problems: FieldProblem[] = [];
  const regionText = cell('region').trim();
  const region = regionText === '' ? null : resolve(regionText);
  if (regionText === '') problems.push({ code: 'region-empty' });
  else if (!region) problems.push({ code: 'region-unknown', text: regionText });
  const date = parseDate(cell('date'));
  if (!date.ok) problems.push(date.problem);
  const metric = parseMetric(cell('metric'));
  if (!metric.ok) problems.push(metric.problem);
  const value = parseValue(cell('value'));
  if (!value.ok) problems.push(value.problem);
  if (!region || !date.ok || !metric.ok || !value.ok) return { line: row.line, problems };
  return {
    line: row.line,
    ...region,
    date: date.value,
    metric: metric.value,
    value: value.value.value,
    approx: value.value.approx,
    source: cell('source').trim(),
  };
}

/** Reads the whole file. The first non-blank row is the header; it must name region, metric and value. */
export function parseImport(text: string, resolve: RegionResolver): ImportResult {
  const [header, ...rows] = readRows(text);
  if (!header) return { figures: [], problems: [{ line: 0, problems: [{ code: 'file-empty' }] }], rows: 0 };
  const columns = indexColumns(header.cells);
  const missing = REQUIRED.filter((c) => columns[c] === undefined);
  if (missing.length > 0) {
    const problem: FieldProblem = { code: 'header-missing', text: missing.join(', ') };
    return { figures: [], problems: [{ line: header.line, problems: [problem] }], rows: rows.length };
  }
  const figures: ImportedFigure[] = [];
  const problems: ImportProblem[] = [];
  for (const row of rows) {
    const read = readFigure(row, columns, resolve);
    if ('metric' in read) figures.push(read);
    else problems.push(read);
  }
  return { figures, problems, rows: rows.length };
}
