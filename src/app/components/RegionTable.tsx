// The figures of every region as a sortable table: the keyboard way to every region, 澳门 included.
import { useState } from 'react';
import { NATIONAL, PROVINCES } from '../../core/regions';
import { formatValue, regionName } from '../charts/format';
import type { PreparedGeo } from '../geo/geoJson';
import { useT } from '../i18n';
import type { RegionFigure } from '../state/selectors';
import { useStore } from '../state/store';
import { useRegionFigures } from './useRegionFigures';

type SortKey = 'name' | 'value' | 'facts' | 'articles';

interface Row extends RegionFigure {
  name: string;
}

export function sortRows(rows: Row[], key: SortKey, descending: boolean, lang: string): Row[] {
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const d = key === 'name' ? a.name.localeCompare(b.name, lang === 'en' ? 'en' : 'zh-CN') : a[key] - b[key];
    return sign * d || a.adcode - b.adcode;
  });
}

export function RegionTable({ geo }: { geo: PreparedGeo | null }) {
  const t = useT();
  const lang = useStore((s) => s.view.lang);
  const drill = useStore((s) => s.view.drill);
  const selection = useStore((s) => s.view.selection);
  const toggleSelection = useStore((s) => s.toggleSelection);
  const figures = useRegionFigures(geo) ?? new Map<number, RegionFigure>();
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'value', descending: true });
  const adcodes = drill === null ? [NATIONAL.adcode, ...PROVINCES.map((p) => p.adcode)] : [...(geo?.featureIds ?? [])];
  const rows = sortRows(
    adcodes.map((adcode) => ({
      ...(figures.get(adcode) ?? { adcode, value: 0, approx: false, facts: 0, articles: 0 }),
      name: regionName(adcode, lang, geo?.names),
    })),
    sort.key,
    sort.descending,
    lang,
  );
  const header = (key: SortKey, label: string) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button
        type="button"
        data-testid={`sort-${key}`}
        onClick={() => setSort((s) => ({ key, descending: s.key === key ? !s.descending : key !== 'name' }))}
      >
        {label}
        {sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}
      </button>
    </th>
  );
  return (
    <div className="table-scroll">
      <table className="region-table" data-testid="region-table">
        <thead>
          <tr>
            {header('name', t.region)}
            {header('value', t.value)}
            {header('facts', t.figureCount)}
            {header('articles', t.articleCount)}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.adcode} aria-selected={r.adcode === selection} data-adcode={r.adcode}>
              <th scope="row">
                <button type="button" onClick={() => toggleSelection(r.adcode)} aria-pressed={r.adcode === selection}>
                  {r.name}
                </button>
              </th>
              <td className={r.facts ? '' : 'no-figures'}>{r.facts ? formatValue(r.value, r.approx, lang) : t.noFigures}</td>
              <td>{r.facts}</td>
              <td>{r.articles}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
