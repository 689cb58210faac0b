// CSV out: the figures of the current view (one row per figure, with its evidence sentence and article) and
// the per-region table, as UTF-8 with a BOM so that Excel opens the Chinese correctly. papaparse quotes cells
// with commas, quotes or line breaks, and escapes cells that a spreadsheet would run as formulas.
import Papa from 'papaparse';
import type { Article, Fact } from '../../core/contract';
import { METRICS, type MetricKey } from '../../core/metrics';
import type { Lang } from './captions';

export const BOM = '\uFEFF';

/** One figure and the article it was read from. */
export interface FigureRecord {
  fact: Fact;
  article: Article;
}

const FIGURE_COLUMNS = {
  // The first five names are those the CSV import reads, so an exported file can be imported again.
  zh: ['地区', '日期', '指标', '数值', '来源', '省份', '行政区划代码', '指标名称', '约数', '计入合计', '时期', '证据句', '文章标题', '媒体', '链接', '文章编号', '数字编号'],
  en: ['region', 'date', 'metric', 'value', 'source', 'province', 'adcode', 'metric name', 'approximate', 'counted', 'period', 'evidence', 'article title', 'outlet', 'url', 'article id', 'figure id'],
} as const;

const YES_NO = { zh: ['是', '否'], en: ['yes', 'no'] } as const;

function sourceOf(article: Article): string {
  const { file, item } = article.source;
  return item === undefined ? file : `${file}#${item}`;
}

function metricLabel(metric: MetricKey, lang: Lang): string {
  return lang === 'zh' ? METRICS[metric].zh : METRICS[metric].en;
}

function figureRow({ fact, article }: FigureRecord, lang: Lang): (string | number)[] {
  const yesNo = (b: boolean) => (b ? YES_NO[lang][0] : YES_NO[lang][1]);
  return [
    fact.city ?? fact.province,
    article.date ?? '',
    fact.metric,
    fact.value,
    sourceOf(article),
    fact.province,
    fact.cityAdcode ?? fact.adcode,
    metricLabel(fact.metric, lang),
    yesNo(fact.approx),
    yesNo(fact.counted),
    fact.period?.text ?? '',
    fact.evidence.sentence,
    article.title,
    article.outlet ?? '',
    article.url ?? '',
    article.id,
    fact.id,
  ];
}

type Row = readonly (string | number)[];
const UNPARSE = { newline: '\r\n', escapeFormulae: true } as const;

/** A CSV text with a BOM, CRLF line ends and formula-looking cells escaped. */
export function toCsv(header: readonly string[], rows: readonly Row[]): string {
  return BOM + Papa.unparse({ fields: [...header], data: rows.map((r) => [...r]) }, UNPARSE);
}

/** The BOM and header line of the figures CSV, for a file written in parts. */
export function figuresCsvHead(lang: Lang): string {
  return `${BOM}${Papa.unparse([[...FIGURE_COLUMNS[lang]]], UNPARSE)}\r\n`;
}

/** Rows of figures as CSV lines (each ending in CRLF), to follow figuresCsvHead; empty for no records. */
export function figuresCsvPart(records: readonly FigureRecord[], lang: Lang): string {
  if (records.length === 0) return '';
  return `${Papa.unparse(records.map((r) => figureRow(r, lang)), UNPARSE)}\r\n`;
}

/** Every figure of the view, one per row, in the order given. */
export function figuresCsv(records: readonly FigureRecord[], lang: Lang): string {
  return figuresCsvHead(lang) + figuresCsvPart(records, lang);
}

/** One region's totals: value per metric (absent = no figures reported, left empty, not 0). */
export interface RegionTableRow {
  name: string;
  adcode: number;
  articles: number;
  totals: Partial<Record<MetricKey, { value: number; approx: boolean; facts: number }>>;
}

/**
 * The per-region table: region, adcode, articles, then one column per metric. An approximate total is
 * written as a number and named in the last column, so the numbers stay numbers in a spreadsheet.
 */
export function regionTableCsv(rows: readonly RegionTableRow[], metrics: readonly MetricKey[], lang: Lang): string {
  const header = [
    ...(lang === 'zh' ? ['地区', '行政区划代码', '报道数'] : ['region', 'adcode', 'articles']),
    ...metrics.map((m) => metricLabel(m, lang)),
    lang === 'zh' ? '含约数的指标' : 'approximate totals',
  ];
  const body = rows.map((row) => [
    row.name,
    row.adcode,
    row.articles,
    ...metrics.map((m) => row.totals[m]?.value ?? ''),
    metrics.filter((m) => row.totals[m]?.approx).map((m) => metricLabel(m, lang)).join(lang === 'zh' ? '、' : '; '),
  ]);
  return toCsv(header, body);
}
