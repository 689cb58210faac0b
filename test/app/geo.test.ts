import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVINCES } from '../../src/core/regions';
import { featureAdcode, prepareGeo } from '../../src/app/geo/geoJson';
import type { GeoJsonLike } from '../../src/app/geo/geoJson';
// @ts-expect-error plain Node script without type declarations
import { resolveAdcodes } from '../../geo/resolve-adcodes.mjs';

const GEO = path.resolve(import.meta.dirname, '../../geo/echarts-4.9.0');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(GEO, file), 'utf8')) as GeoJsonLike;

describe('map geometry joined by adcode', () => {
  it('the China map finds every province by its adcode, under the name the file gives it', () => {
    const geo = prepareGeo(read('china.json'));
    for (const p of PROVINCES) {
      expect(geo.adcodeOf.get(p.short)).toBe(p.adcode);
      expect(geo.names.get(p.adcode)).toBe(p.short);
    }
    expect(geo.featureIds.size).toBe(34);
  });

  it('every province has a map file whose features belong to it', () => {
    for (const p of PROVINCES) {
      const json = read(`province/${p.geoFile}.json`);
      const ids = json.features.map(featureAdcode).filter((x): x is number => x !== null);
      for (const id of ids) expect(Math.floor(id / 10000) * 10000).toBe(p.adcode);
    }
  });

  it('uses today’s codes for renamed or unnumbered features', () => {
    const fixes = JSON.parse(fs.readFileSync(path.join(GEO, 'adcodes.json'), 'utf8')) as Record<string, Record<string, number>>;
    const xinjiang = prepareGeo(read('province/xinjiang.json'), fixes.xinjiang);
    expect(xinjiang.adcodeOf.get('哈密市')).toBe(650500);
    expect(xinjiang.names.get(650500)).toBe('哈密市');
    const shanghai = prepareGeo(read('province/shanghai.json'), fixes.shanghai);
    expect(shanghai.featureIds.has(310151)).toBe(true);
  });

  it('the committed adcodes.json is what the build step writes', () => {
    const fixes = JSON.parse(fs.readFileSync(path.join(GEO, 'adcodes.json'), 'utf8'));
    expect(resolveAdcodes()).toEqual(fixes);
  });
});
