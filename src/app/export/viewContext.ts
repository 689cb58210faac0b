// What an export says about the view: the store's state turned into the filters line, the source line and
// the numbers behind them. Pure over the store's state, so it is tested without a browser.
import { formatValue, metricLabel, regionName } from '../charts/format';
import { NATIONAL } from '../../core/regions';
import { importedRegionFigures, mergeRegionFigures } from '../importCsv/layer';
import { MESSAGES } from '../i18n';
import { selectArticleOrdinals, selectMatches, selectRegionFigures, type Filters } from '../state/selectors';
import type { Store } from '../state/store';
import { filtersLine, sourceLine, mapNote, type SourceInfo, type ViewFilters } from './captions';
import type { SlideCaptions } from './slideOption';
import type { ChartId } from '../charts/registry';

/** The dashboard's filters as the selectors take them, from the current state (not from a hook). */
export function filtersOf(state: Store): Filters {
  const text = state.search.status === 'idle' ? null : state.search;
  return { range: state.view.range, types: state.view.types, level: state.view.level, matches: selectMatches(text, state.view.query) };
}

export function viewFiltersOf(state: Store): ViewFilters {
  const { view } = state;
  return {
    metric: view.metric,
    region: view.selection === null ? null : regionName(view.selection, view.lang),
    dateFrom: view.range?.[0] ?? null,
    dateTo: view.range?.[1] ?? null,
    types: view.types,
    level: view.level,
    query: view.query,
    layer: state.imported ? state.layer : undefined,
  };
}

export function sourceInfoOf(state: Store): SourceInfo | null {
  if (state.data.status !== 'ready') return null;
  const { manifest, columns } = state.data;
  const shown = selectArticleOrdinals(columns, filtersOf(state), state.view.selection).length;
  return { corpus: manifest.corpus, dateFrom: manifest.dateRange.from, dateTo: manifest.dateRange.to, articles: shown, totalArticles: columns.count };
}

/** The heading of each chart as the dashboard shows it. */
export function chartTitle(id: ChartId, state: Store): string {
  const { lang, metric, drill, selection } = state.view;
  const t = MESSAGES[lang];
  const metricName = metricLabel(metric, lang);
  switch (id) {
    case 'map':
      return `${metricName} · ${drill === null ? t.backToChina : regionName(drill, lang)}`;
    case 'timeline':
      return lang === 'zh' ? `${t.timeline}（${metricName}）` : `${t.timeline} (${metricName})`;
    case 'bars-top':
      return `${t.topRegions}: ${metricName}`;
    case 'bars-metrics':
      return `${t.selectionMetrics}: ${selection === null ? t.allRegions : regionName(selection, lang)}`;
    case 'bars-types':
      return t.selectionTypes;
  }
}

/**
 * 全国 has no polygon: on the China map its figure is written beside the map, so central-level work is never
 * silently dropped from an image ("全国（中央层面）：9.7万").
 */
export function nationalAside(state: Store): string | null {
  if (state.data.status !== 'ready' || state.view.drill !== null) return null;
  const { metric, lang, range } = state.view;
  let figures = selectRegionFigures(state.data.columns, filtersOf(state), metric, null, null);
  if (state.imported && state.layer !== 'extracted') {
    figures = mergeRegionFigures(figures, importedRegionFigures(state.imported.figures, metric, range, null, null), state.layer);
  }
  const f = figures.get(NATIONAL.adcode);
  const t = MESSAGES[lang];
  const colon = lang === 'zh' ? '：' : ': ';
  return `${t.national}${colon}${f && f.facts > 0 ? formatValue(f.value, f.approx, lang) : t.noFigures}`;
}

export function captionsOf(id: ChartId, state: Store): SlideCaptions {
  const lang = state.view.lang;
  const source = sourceInfoOf(state);
  return {
    title: chartTitle(id, state),
    filters: filtersLine(viewFiltersOf(state), lang),
    source: source ? sourceLine(source, lang) : '',
    note: id === 'map' ? mapNote(lang) : null,
    aside: id === 'map' ? nationalAside(state) : null,
  };
}
