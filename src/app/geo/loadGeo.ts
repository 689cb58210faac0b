// Fetches a map file from the app's own origin (copied into dist/geo at build) and registers it once.
import { PROVINCE_BY_ADCODE } from '../../core/regions';
import ADCODE_FIXES from '../../../geo/echarts-4.9.0/adcodes.json';
import { echarts } from '../charts/echarts';
import type { GeoJsonLike, PreparedGeo } from './geoJson';
import { mapNameOf, prepareGeo } from './geoJson';

export const GEO_BASE = `${import.meta.env?.BASE_URL ?? '/'}geo/`;

const loaded = new Map<string, Promise<PreparedGeo>>();

export function geoFileOf(province: number | null): string {
  if (province === null) return 'china.json';
  const p = PROVINCE_BY_ADCODE.get(province);
  if (!p) throw new Error(`no map for ${province}`);
  return `province/${p.geoFile}.json`;
}

export function loadGeo(province: number | null): Promise<PreparedGeo> {
  const name = mapNameOf(province);
  let p = loaded.get(name);
  if (!p) {
    p = fetch(GEO_BASE + geoFileOf(province))
      .then((r) => {
        if (!r.ok) throw new Error(`${geoFileOf(province)}: HTTP ${r.status}`);
        return r.json() as Promise<GeoJsonLike>;
      })
      .then((json) => {
        const geoFile = province === null ? '' : PROVINCE_BY_ADCODE.get(province)!.geoFile;
        const prepared = prepareGeo(json, (ADCODE_FIXES as Record<string, Record<string, number>>)[geoFile]);
        // registerMap decodes the compressed echarts@4 geometry in place; prepareGeo read names first.
        echarts.registerMap(name, json as never);
        return prepared;
      });
    p.catch(() => loaded.delete(name));
    loaded.set(name, p);
  }
  return p;
}
