// Field parsers for imported CSV rows: each turns one cell into a value or a reason a person understands.
import { METRICS, METRIC_KEYS, type MetricKey } from '../../core/metrics';

/** Why a cell or a file cannot be used: a code, and the text it is about (shown to the user in their language). */
export type ProblemCode =
  | 'region-empty'
  | 'region-unknown'
  | 'date-invalid'
  | 'date-year'
  | 'date-month'
  | 'date-day'
  | 'metric-empty'
  | 'metric-unknown'
  | 'value-empty'
  | 'value-not-number'
  | 'value-negative'
  | 'file-empty'
  | 'file-too-large'
  | 'header-missing';

export interface FieldProblem {
  code: ProblemCode;
  /** The cell as written (or the missing columns, the file size): what the problem is about. */
  text?: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: FieldProblem };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(code: ProblemCode, text?: string): Parsed<T> => ({ ok: false, problem: text === undefined ? { code } : { code, text } });

/** Chinese magnitude words that spreadsheets keep in figures written by hand (1.5万 → 15000). */
const MAGNITUDE: Record<string, number> = { 万: 1e4, 亿: 1e8 };
/** Words that mark a figure as approximate: 2000余, 50多, 约300, 近百 is not handled (not a digit). */
const APPROX_PREFIX = /^(约|近|逾|超过|大约)/;
const APPROX_SUFFIX = /(余|多|左右|\+)$/;

export interface ParsedValue {
  value: number;
  approx: boolean;
}

/** A figure: 1234, 1,234, 1 234, 1.5万, 2000余, 约300. Negative numbers and words are refused. */
export function parseValue(cell: string): Parsed<ParsedValue> {
  let s = cell.trim().replace(/[,，\s]/g, '');
  if (s === '') return fail('value-empty');
  let approx = false;
  if (APPROX_PREFIX.test(s)) {
    approx = true;
    s = s.replace(APPROX_PREFIX, '');
  }
  if (APPROX_SUFFIX.test(s)) {
    approx = true;
    s = s.replace(APPROX_SUFFIX, '');
  }
  let factor = 1;
  const unit = s.slice(-1);
  if (unit in MAGNITUDE) {
    factor = MAGNITUDE[unit];
    s = s.slice(0, -1);
  }
  if (APPROX_SUFFIX.test(s)) {
    approx = true;
    s = s.replace(APPROX_SUFFIX, '');
  }
  if (!/^\d+(\.\d+)?$/.test(s)) {
    return fail(/^-\d/.test(s) ? 'value-negative' : 'value-not-number', cell.trim());
  }
  return ok({ value: Math.round(Number(s) * factor * 1e6) / 1e6, approx });
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * A date as YYYY, YYYY-MM or YYYY-MM-DD (the precision the cell has), from the forms people type:
 * 2021, 2021-3, 2021/03/05, 2021.3.5, 2021年3月5日. Empty → null (the row still counts on map and bars).
 */
export function parseDate(cell: string): Parsed<string | null> {
  const s = cell.trim();
  if (s === '') return ok(null);
  const m = /^(\d{4})(?:\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})\s*日?|\s*月)?)?\s*年?$/.exec(s);
  if (!m) return fail('date-invalid', s);
  const year = Number(m[1]);
  if (year < 1949 || year > 2100) return fail('date-year', s);
  if (m[2] === undefined) return ok(String(year));
  const month = Number(m[2]);
  if (month < 1 || month > 12) return fail('date-month', s);
  if (m[3] === undefined) return ok(`${year}-${pad2(month)}`);
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return fail('date-day', s);
  return ok(`${year}-${pad2(month)}-${pad2(day)}`);
}

const normalizeName = (s: string) => s.trim().toLowerCase().replace(/[\s_-]+/g, ' ');

const METRIC_BY_NAME: ReadonlyMap<string, MetricKey> = new Map(
  METRIC_KEYS.flatMap((key) => {
    const info = METRICS[key];
    return [
      [normalizeName(key), key],
      [normalizeName(info.zh), key],
      [normalizeName(info.en), key],
    ] as [string, MetricKey][];
  }),
);

/** A metric by its key (issues_found), its Chinese name (发现问题) or its English name (Issues found). */
export function parseMetric(cell: string): Parsed<MetricKey> {
  const s = cell.trim();
  if (s === '') return fail('metric-empty');
  const key = METRIC_BY_NAME.get(normalizeName(s));
  return key ? ok(key) : fail('metric-unknown', s);
}
