// The words an exported image carries besides the chart: what is shown (filters) and where it comes from
// (source line), plus the 示意图 note maps need. Pure: the same inputs give the same words in zh or en.
import type { Level } from '../../core/contract';
import { INSPECTION_TYPE_EN, METRICS, type InspectionType, type MetricKey } from '../../core/metrics';

export type Lang = 'zh' | 'en';

/** The view being exported, as the store describes it. */
export interface ViewFilters {
  metric: MetricKey;
  /** Display name of the selected region (内蒙古, 呼和浩特市, 全国), or null for all of China. */
  region: string | null;
  /** Brushed date range (YYYY-MM or YYYY-MM-DD), or nulls for all dates. */
  dateFrom: string | null;
  dateTo: string | null;
  types: readonly InspectionType[];
  /** Level of inspection work (central, provincial, city-county), when filtered. */
  level?: Level | null;
  /** The article search, when one is typed. */
  query?: string;
  /** True when the user's imported figures are drawn too (or instead). */
  layer?: 'extracted' | 'imported' | 'both';
}

/** What the figures were read from. */
export interface SourceInfo {
  corpus: string;
  dateFrom: string | null;
  dateTo: string | null;
  /** Articles in the current view. */
  articles: number;
  /** Articles in the whole corpus. */
  totalArticles: number;
}

const WORDS = {
  zh: {
    region: '地区', allRegions: '全部地区', dates: '时间', allDates: '全部时间', metric: '指标', types: '巡视类型',
    allTypes: '全部类型', to: '至', sep: '　·　', list: '、', source: '来源：巡视图谱（公开新闻报道整理）', corpus: '语料',
    articles: (n: number, total: number) => `文章 ${n} 篇（共 ${total} 篇）`, unknownDate: '日期不详',
    note: '灰色：未报告数字　·　注：本图为示意图', layer: { extracted: '', imported: '图层：导入数据', both: '图层：提取数据 + 导入数据' },
    level: '层级', levels: { central: '中央', provincial: '省级', 'city-county': '市县' }, query: '搜索',
  },
  en: {
    region: 'Region', allRegions: 'all regions', dates: 'Dates', allDates: 'all dates', metric: 'Metric', types: 'Types',
    allTypes: 'all types', to: '–', sep: '  ·  ', list: ', ', source: 'Source: Xunshi Atlas (figures from public news)', corpus: 'corpus',
    articles: (n: number, total: number) => `${n} of ${total} articles`, unknownDate: 'dates unknown',
    note: 'Grey: no figures reported  ·  Schematic map (示意图)', layer: { extracted: '', imported: 'Layer: imported figures', both: 'Layers: extracted + imported' },
    level: 'Level', levels: { central: 'central', provincial: 'provincial', 'city-county': 'city / county' }, query: 'Search',
  },
} as const;

export function metricName(metric: MetricKey, lang: Lang): string {
  return lang === 'zh' ? METRICS[metric].zh : METRICS[metric].en;
}

function range(from: string | null, to: string | null, lang: Lang, none: string): string {
  if (!from && !to) return none;
  const w = WORDS[lang];
  if (from && to) return from === to ? from : `${from} ${w.to} ${to}`;
  return lang === 'zh' ? (from ? `${from} 起` : `${to} 止`) : from ? `from ${from}` : `until ${to}`;
}

/** "地区：内蒙古 · 时间：2021-01 至 2021-12 · 指标：发现问题 · 巡视类型：常规、专项". */
export function filtersLine(view: ViewFilters, lang: Lang): string {
  const w = WORDS[lang];
  const colon = lang === 'zh' ? '：' : ': ';
  const types = view.types.length === 0 ? w.allTypes : view.types.map((t) => (lang === 'zh' ? t : INSPECTION_TYPE_EN[t])).join(w.list);
  const parts = [
    `${w.region}${colon}${view.region ?? w.allRegions}`,
    `${w.dates}${colon}${range(view.dateFrom, view.dateTo, lang, w.allDates)}`,
    `${w.metric}${colon}${metricName(view.metric, lang)}`,
    `${w.types}${colon}${types}`,
  ];
  if (view.level) parts.push(`${w.level}${colon}${w.levels[view.level]}`);
  if (view.query?.trim()) parts.push(lang === 'zh' ? `${w.query}：“${view.query.trim()}”` : `${w.query}: "${view.query.trim()}"`);
  const layer = view.layer ? w.layer[view.layer] : '';
  if (layer) parts.push(layer);
  return parts.join(w.sep);
}

/** "来源：巡视图谱 · 语料 articles（2019-03 至 2023-06）· 文章 12 篇（共 128 篇）". */
export function sourceLine(source: SourceInfo, lang: Lang): string {
  const w = WORDS[lang];
  const dates = range(source.dateFrom, source.dateTo, lang, w.unknownDate);
  const corpus = lang === 'zh' ? `${w.corpus} ${source.corpus}（${dates}）` : `${w.corpus} ${source.corpus} (${dates})`;
  return [w.source, corpus, w.articles(source.articles, source.totalArticles)].join(w.sep);
}

/** The note a map of China carries when published: it is schematic, not an authoritative border. */
export function mapNote(lang: Lang): string {
  return WORDS[lang].note;
}

/** A file name that says what the image shows: 巡视图谱-发现问题-内蒙古-2021-01_2021-12. */
export function exportFileName(view: ViewFilters, lang: Lang, what: string): string {
  const parts = [lang === 'zh' ? '巡视图谱' : 'xunshi-atlas', what, metricName(view.metric, lang), view.region ?? '', [view.dateFrom, view.dateTo].filter(Boolean).join('_')];
  return parts
    .filter((p) => p !== '')
    .join('-')
    .replace(/[\\/:*?"<>|\s]+/g, '_');
}
