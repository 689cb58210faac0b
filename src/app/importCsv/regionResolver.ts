// Turns what a spreadsheet calls a place (内蒙古, 内蒙古自治区, Inner Mongolia, 150000, 呼和浩特市, 呼和浩特)
// into the province (and city) the map draws, joined by adcode.
import { NATIONAL, PROVINCES, provinceAdcodeOf, PROVINCE_BY_ADCODE } from '../../core/regions';

export interface RegionMatch {
  /** Short province name as on the map, or 全国. */
  province: string;
  /** Province-level adcode (100000 for 全国). */
  adcode: number;
  city?: string;
  cityAdcode?: number;
}

/** Null when the text names no known place. */
export type RegionResolver = (text: string) => RegionMatch | null;

/** A city or county of the gazetteer: full name and adcode. */
export interface PlaceEntry {
  name: string;
  adcode: number;
}

const normalize = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** Suffixes people drop when they write a place name (呼和浩特市 → 呼和浩特, 广西壮族自治区 → 广西). */
const PLACE_SUFFIX = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|地区|盟|省|市|县|区)$/;

function shortForms(name: string): string[] {
  const forms = [name];
  const stripped = name.replace(PLACE_SUFFIX, '');
  if (stripped.length >= 2 && stripped !== name) forms.push(stripped);
  return forms;
}

function provinceTable(): Map<string, RegionMatch> {
  const table = new Map<string, RegionMatch>();
  const national: RegionMatch = { province: NATIONAL.short, adcode: NATIONAL.adcode };
  for (const alias of ['全国', '中央', 'national', 'central', 'china', '中国', String(NATIONAL.adcode)]) table.set(normalize(alias), national);
  for (const p of PROVINCES) {
    const match: RegionMatch = { province: p.short, adcode: p.adcode };
    for (const alias of [p.short, p.full, p.en, String(p.adcode), ...shortForms(p.full)]) table.set(normalize(alias), match);
  }
  return table;
}

interface CityTables {
  /** Name or adcode → the one city of that name anywhere, or 'ambiguous'. */
  anywhere: Map<string, RegionMatch | 'ambiguous'>;
  /** "provinceAdcode|name" → the city of that name in that province. */
  inProvince: Map<string, RegionMatch>;
}

function cityTables(places: readonly PlaceEntry[]): CityTables {
  const anywhere = new Map<string, RegionMatch | 'ambiguous'>();
  const inProvince = new Map<string, RegionMatch>();
  for (const place of places) {
    const province = PROVINCE_BY_ADCODE.get(provinceAdcodeOf(place.adcode));
    if (!province || place.adcode === province.adcode) continue;
    const match: RegionMatch = { province: province.short, adcode: province.adcode, city: place.name, cityAdcode: place.adcode };
    anywhere.set(String(place.adcode), match);
    for (const form of shortForms(place.name)) {
      const key = normalize(form);
      const seen = anywhere.get(key);
      // 朝阳区 exists in Beijing and in Changchun: a bare name that is not unique cannot be placed.
      const clash = seen !== undefined && (seen === 'ambiguous' || seen.cityAdcode !== place.adcode);
      anywhere.set(key, clash ? 'ambiguous' : match);
      inProvince.set(`${province.adcode}|${key}`, match);
    }
  }
  return { anywhere, inProvince };
}

/**
 * A resolver over the 34 provinces + 全国 and the given cities/counties. "广东省广州市" and "广东 广州" are
 * read as the city when the province matches. Province names win over city names (吉林 is the province).
 */
export function createRegionResolver(places: readonly PlaceEntry[] = []): RegionResolver {
  const provinces = provinceTable();
  const cities = cityTables(places);
  return (text) => {
    const key = normalize(text);
    const province = provinces.get(key);
    if (province) return province;
    const city = cities.anywhere.get(key);
    if (city && city !== 'ambiguous') return city;
    return splitProvinceAndCity(text, provinces, cities.inProvince);
  };
}

/** "广东省广州市" → the province prefix, then the rest looked up among that province's places. */
function splitProvinceAndCity(text: string, provinces: Map<string, RegionMatch>, inProvince: Map<string, RegionMatch>): RegionMatch | null {
  const s = text.trim().replace(/\s+/g, '');
  for (let cut = 2; cut < s.length - 1; cut++) {
    const province = provinces.get(normalize(s.slice(0, cut)));
    if (!province) continue;
    const city = inProvince.get(`${province.adcode}|${normalize(s.slice(cut))}`);
    if (city) return city;
  }
  return null;
}
