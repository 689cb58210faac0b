// Dates as written → calendar dates in China time (Asia/Shanghai, UTC+8 all year since 1991).
// A stamp with a zone (RFC 2822 "… GMT", ISO "…Z") is converted; a stamp without one is already local time.

export type ParsedDate =
  | { kind: 'full'; date: string }
  | { kind: 'year-month'; date: string }
  | { kind: 'year'; date: string }
  | { kind: 'month-day'; month: number; day: number }
  | { kind: 'invalid'; reason: string }
  | { kind: 'none' };

const CHINA_OFFSET_MS = 8 * 3600 * 1000;
const pad = (n: number): string => String(n).padStart(2, '0');

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** YYYY-MM-DD when the day exists, else null (2023-02-30). */
export function validDate(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The China-time calendar day of an instant. */
export function chinaDay(epochMs: number): string {
  const d = new Date(epochMs + CHINA_OFFSET_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

const ZONED = /(GMT|UTC|Z\b|[+-]\d{2}:?\d{2}\s*$)/i;
const RFC2822 = /^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}/;
const YMD = /([12]\d{3})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/;
const YM = /([12]\d{3})\s*[-年/.]\s*(\d{1,2})\s*月?(?!\s*[-/.\d])/;
const MD = /^(\d{1,2})\s*[-月/.]\s*(\d{1,2})\s*日?$/;
const Y = /^([12]\d{3})\s*年?$/;

export function parseDate(raw: string | undefined): ParsedDate {
  const s = (raw ?? '').trim();
  if (!s) return { kind: 'none' };
  if (ZONED.test(s) && (RFC2822.test(s) || /^\d{4}-\d{2}-\d{2}T/.test(s))) {
    const ms = Date.parse(s);
    if (!Number.isNaN(ms)) return { kind: 'full', date: chinaDay(ms) };
  }
  if (RFC2822.test(s)) {
    const ms = Date.parse(`${s} GMT+0800`);
    if (!Number.isNaN(ms)) return { kind: 'full', date: chinaDay(ms) };
  }
  const ymd = YMD.exec(s);
  if (ymd) {
    const date = validDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
    return date ? { kind: 'full', date } : { kind: 'invalid', reason: `${ymd[0]} is not a day of the calendar` };
  }
  const ym = YM.exec(s);
  if (ym) {
    const month = Number(ym[2]);
    if (month < 1 || month > 12) return { kind: 'invalid', reason: `${ym[0]} has no month ${month}` };
    return { kind: 'year-month', date: `${ym[1]}-${pad(month)}` };
  }
  const md = MD.exec(s);
  if (md) {
    const month = Number(md[1]);
    const day = Number(md[2]);
    // 2000 is a leap year: any day that exists in some year is accepted here.
    if (!validDate(2000, month, day)) return { kind: 'invalid', reason: `${s} is not a day of the calendar` };
    return { kind: 'month-day', month, day };
  }
  const y = Y.exec(s);
  if (y) return { kind: 'year', date: y[1] };
  return { kind: 'invalid', reason: `“${s.slice(0, 40)}” is not a date this tool reads` };
}

/** A YYYYMMDD or YYMMDD stamp in a file name: 20211013.json, t20230201_243874.html, VIDE…250417.shtml. */
export function dateFromFileName(fileName: string): string | null {
  const full = /(?:^|[^\d])((?:19|20)\d{2})(\d{2})(\d{2})(?=[^\d]|$)/.exec(fileName);
  if (full) return validDate(Number(full[1]), Number(full[2]), Number(full[3]));
  const cctv = /^VIDE[0-9A-Za-z]{10,}?(\d{2})(\d{2})(\d{2})\.[a-z]+$/i.exec(fileName);
  if (cctv) return validDate(2000 + Number(cctv[1]), Number(cctv[2]), Number(cctv[3]));
  return null;
}

/**
 * A full date in a page address: /2016-04-16/, /2016/0905/, /201708/26/, /2020-05/18/, /2021/10/28/, t20200803_.
 * Only whole dates count (a bare /2021/ folder is often the year of filing, not of publication).
 */
export function dateFromUrl(url: string | undefined): string | null {
  if (!url) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const patterns = [
    /\/((?:19|20)\d{2})-(\d{2})-(\d{2})(?=[/_.])/,
    /\/((?:19|20)\d{2})-(\d{2})\/(\d{2})\//,
    /\/((?:19|20)\d{2})\/(\d{2})(\d{2})\//,
    /\/((?:19|20)\d{2})(\d{2})\/(\d{2})\//,
    /\/((?:19|20)\d{2})\/(\d{2})\/(\d{2})\//,
    /[/_t]((?:19|20)\d{2})(\d{2})(\d{2})_\d+/,
  ];
  for (const re of patterns) {
    const m = re.exec(path);
    if (m) {
      const date = validDate(Number(m[1]), Number(m[2]), Number(m[3]));
      if (date) return date;
    }
  }
  return null;
}
