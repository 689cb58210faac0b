// The region resolver of the CSV import, built on the shared gazetteer (src/core/places), which is loaded
// only when a file is imported so that its place list stays out of the main bundle.
import { createRegionResolver, type RegionResolver } from './regionResolver';

let pending: Promise<RegionResolver> | null = null;

/**
 * The gazetteer's lookup first (official names, adcodes, roll-up of counties to their prefecture), then the
 * import's own forms: English province names, "广东 广州", names without 市/县/区.
 */
export function loadRegionResolver(): Promise<RegionResolver> {
  pending ??= import('../../core/places').then((places) => {
    const own = createRegionResolver(
      places
        .allPlaces()
        .filter((p) => p.level !== 'province')
        .map((p) => ({ name: p.name, adcode: p.adcode })),
    );
    return (text: string) => places.lookupRegion(text) ?? own(text);
  });
  pending.catch(() => (pending = null));
  return pending;
}
