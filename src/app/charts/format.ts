// How numbers and places read in labels and tooltips, in both languages.
import { METRICS } from '../../core/metrics';
import type { MetricKey } from '../../core/metrics';
import { NATIONAL, PROVINCE_BY_ADCODE } from '../../core/regions';
import type { Lang } from '../state/store';

/** 15000 approx → "1.5万余" (zh) / "≥15,000" (en); exact values as written. */
export function formatValue(value: number, approx: boolean, lang: Lang): string {
  if (lang === 'en') return `${approx ? '≥' : ''}${value.toLocaleString('en-US')}`;
  const text = value >= 10000 ? `${Number((value / 10000).toFixed(2))}万` : String(value);
  return approx ? `${text}余` : text;
}

export function metricLabel(metric: MetricKey, lang: Lang): string {
  return lang === 'en' ? METRICS[metric].en : METRICS[metric].zh;
}

/** A region's display name: provinces and 全国 from the catalogue, cities from the map file (or the adcode). */
export function regionName(adcode: number, lang: Lang, cityNames?: ReadonlyMap<number, string>): string {
  if (adcode === NATIONAL.adcode) return lang === 'en' ? NATIONAL.en : NATIONAL.short;
  const p = PROVINCE_BY_ADCODE.get(adcode);
  if (p) return lang === 'en' ? p.en : p.short;
  return cityNames?.get(adcode) ?? String(adcode);
}
