// CSV out of the per-region table: the regions of the map being shown with their articles and every metric's
// total, with the imported layer when it is drawn. Loaded on first use.
import { METRIC_KEYS, type MetricKey } from '../../core/metrics';
import { regionName } from '../charts/format';
import { loadGeo } from '../geo/loadGeo';
import { importedRegionFigures, mergeRegionFigures } from '../importCsv/layer';
import { selectRegionFigures } from '../state/selectors';
import type { Store } from '../state/store';
import { exportFileName } from './captions';
import { readyColumns } from './csvFigures';
import { regionTableCsv, type RegionTableRow } from './csvOut';
import { saveBlob } from './download';
import { filtersOf, viewFiltersOf } from './viewContext';

/** Per region of the map being shown: articles and every metric's total, with the imported layer if drawn. */
export async function regionTableRows(state: Store): Promise<RegionTableRow[]> {
  const columns = readyColumns(state);
  const { drill, lang, range } = state.view;
  const geo = drill === null ? null : await loadGeo(drill);
  const featureIds = geo?.featureIds ?? null;
  const rows = new Map<number, RegionTableRow>();
  for (const metric of METRIC_KEYS) {
    let figures = selectRegionFigures(columns, filtersOf(state), metric, drill, featureIds);
    if (state.imported && state.layer !== 'extracted') {
      figures = mergeRegionFigures(figures, importedRegionFigures(state.imported.figures, metric, range, drill, featureIds), state.layer);
    }
    for (const [adcode, f] of figures) {
      const row = rows.get(adcode) ?? { name: regionName(adcode, lang, geo?.names), adcode, articles: f.articles, totals: {} };
      if (f.facts > 0) row.totals[metric as MetricKey] = { value: f.value, approx: f.approx, facts: f.facts };
      row.articles = Math.max(row.articles, f.articles);
      rows.set(adcode, row);
    }
  }
  return [...rows.values()].sort((a, b) => a.adcode - b.adcode);
}

export async function downloadRegionTableCsv(state: Store): Promise<void> {
  const lang = state.view.lang;
  const csv = regionTableCsv(await regionTableRows(state), METRIC_KEYS, lang);
  const name = exportFileName(viewFiltersOf(state), lang, lang === 'zh' ? '地区表' : 'regions');
  saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
}
