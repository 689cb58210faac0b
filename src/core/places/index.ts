// Place lookup for both sides: ingest scans article text, the dashboard's CSV import maps a region written in any
// common form (内蒙古, 内蒙古自治区, 呼和浩特, 150100) to its province and city adcodes.
import { NATIONAL, PROVINCE_BY_ADCODE, provinceAdcodeOf } from '../regions';
import { placeByAdcode, placesNamed } from './gazetteer';

export type { Place, PlaceLevel } from './catalogue';
export { allPlaces } from './catalogue';
export { findPlaces, placeByAdcode, placesNamed, resolveMention, type PlaceMention } from './gazetteer';

export interface RegionRef {
  /** Short province name as on the map, or 全国. */
  province: string;
  adcode: number;
  /** Prefecture-level city, when the name was one or lay inside one. */
  city?: string;
  cityAdcode?: number;
}

const NATIONAL_NAMES = new Set(['全国', '中央', '中国', '全国性', 'national', 'central', '100000']);

/** The region a name or adcode denotes, rolled up to province (+ city); null when unknown or ambiguous. */
export function lookupRegion(nameOrCode: string | number): RegionRef | null {
  const key = String(nameOrCode).trim();
  if (NATIONAL_NAMES.has(key)) return { province: NATIONAL.short, adcode: NATIONAL.adcode };
  let place;
  if (/^\d{6}$/.test(key)) place = placeByAdcode(Number(key));
  else {
    const found = placesNamed(key);
    place = found.length === 1 ? found[0] : undefined;
  }
  if (!place) return null;
  const province = PROVINCE_BY_ADCODE.get(provinceAdcodeOf(place.adcode));
  if (!province) return null;
  const ref: RegionRef = { province: province.short, adcode: province.adcode };
  if (place.city !== undefined) {
    const city = placeByAdcode(place.city);
    if (city) {
      ref.city = city.name;
      ref.cityAdcode = city.adcode;
    }
  }
  return ref;
}
