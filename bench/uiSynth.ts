// Writes a synthetic data dir (the ingest's output format, app files included) straight from random
// articles and facts, for dashboard work and benchmarks at any size without running the ingest:
//   npx tsx bench/uiSynth.ts --out /tmp/uidata --n 100000 [--seed 1]
// The figures mean nothing; their shapes (dates, places, types, approximate values, reprints) are realistic.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Article, Fact, Manifest, RegionsFile } from '../src/core/contract';
import { SCHEMA_VERSION } from '../src/core/contract';
import { INSPECTION_TYPES, METRICS, METRIC_KEYS } from '../src/core/metrics';
import { PROVINCES } from '../src/core/regions';
import { buildAppFiles } from '../src/ingest/output/appFiles';

interface City {
  adcode: number;
  name: string;
}

function citiesOf(geoFile: string): City[] {
  const file = path.join(import.meta.dirname, '../geo/echarts-4.9.0/province', `${geoFile}.json`);
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { features: { id?: string; properties: { name: string } }[] };
  return json.features.filter((f) => f.id).map((f) => ({ adcode: Number(f.id), name: f.properties.name }));
}

function makeRandom(seed: number) {
  let s = seed >>> 0 || 1;
  const next = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
  };
}

export function synthesize(n: number, seed = 1): { articles: Article[]; facts: Fact[] } {
  const rnd = makeRandom(seed);
  const provinces = PROVINCES.filter((p) => p.short !== '台湾').map((p) => ({ ...p, cities: citiesOf(p.geoFile) }));
  const articles: Article[] = [];
  const facts: Fact[] = [];
  for (let i = 0; i < n; i++) {
    const id = `syn-${String(i).padStart(6, '0')}`;
    const central = rnd.next() < 0.08;
    const p = rnd.pick(provinces);
    const city = !central && rnd.next() < 0.6 ? rnd.pick(p.cities) : undefined;
    const year = rnd.int(2018, 2024);
    const month = rnd.int(1, 12);
    const date = rnd.next() < 0.03 ? null : `${year}-${String(month).padStart(2, '0')}-${String(rnd.int(1, 28)).padStart(2, '0')}`;
    const place = central ? '中央' : (city?.name ?? p.full);
    articles.push({
      id,
      source: { file: `${id}.md` },
      sources: [{ file: `${id}.md` }],
      title: `${place}第${rnd.int(1, 9)}轮巡视巡察反馈情况通报（${i}）`,
      date,
      dateSource: { kind: date ? 'front-matter' : 'none', inferred: false },
      url: rnd.next() < 0.5 ? `https://example.org/news/${id}.html` : undefined,
      outlet: rnd.pick(['新华网', '中央纪委国家监委网站', '人民网', '某市日报']),
      topic: rnd.next() > 0.1,
      provinces: [central ? '全国' : p.short],
      cities: city ? [city.name] : [],
      types: INSPECTION_TYPES.filter(() => rnd.next() < 0.2),
      level: central ? 'central' : city ? 'city-county' : 'provincial',
      chars: rnd.int(300, 4000),
    });
    const factTotal = rnd.int(0, 5);
    for (let k = 0; k < factTotal; k++) {
      const metric = rnd.pick(METRIC_KEYS);
      const value = rnd.int(1, 3000);
      const approx = rnd.next() < 0.2;
      const number = `${value}${approx ? '余' : ''}${METRICS[metric].unitZh}`;
      const sentence = `${place}共${METRICS[metric].zh}${number}。`;
      const start = sentence.indexOf(number);
      facts.push({
        id: `${id}-f${k}`,
        articleId: id,
        province: central ? '全国' : p.short,
        adcode: central ? 100000 : p.adcode,
        city: city?.name,
        cityAdcode: city?.adcode,
        metric,
        value,
        approx,
        evidence: { sentence, start, end: start + number.length, offset: 0 },
        counted: rnd.next() > 0.05,
      });
    }
  }
  return { articles, facts };
}

function writeJson(dir: string, rel: string, value: unknown): void {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value));
}

export function writeDataDir(out: string, n: number, seed = 1): void {
  const { articles, facts } = synthesize(n, seed);
  const regions: RegionsFile = { schemaVersion: SCHEMA_VERSION, provinces: {}, cities: {} };
  const dates = articles.map((a) => a.date).filter((d): d is string => d !== null).sort();
  const appFiles = buildAppFiles(articles, facts, regions);
  const manifest: Manifest = {
    schemaVersion: SCHEMA_VERSION,
    generator: { name: 'xunshi-atlas uiSynth', version: '0' },
    corpus: `synthetic-${n}`,
    counts: { files: n, articles: n, topicArticles: articles.filter((a) => a.topic).length, facts: facts.length, rejected: 0, warnings: 0 },
    dateRange: { from: dates[0] ?? null, to: dates[dates.length - 1] ?? null },
    metrics: METRIC_KEYS.map((k) => METRICS[k]),
    files: Object.fromEntries(Object.keys(appFiles).map((k) => [k, k])),
  };
  writeJson(out, 'manifest.json', manifest);
  writeJson(out, 'regions.json', regions);
  writeJson(out, 'rejects.json', { schemaVersion: SCHEMA_VERSION, rejects: [], warnings: [] });
  for (const [rel, value] of Object.entries(appFiles)) writeJson(out, rel, value);
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, n: { type: 'string' }, seed: { type: 'string' } } });
  if (!values.out) throw new Error('usage: tsx bench/uiSynth.ts --out DIR [--n 2000] [--seed 1]');
  writeDataDir(values.out, Number(values.n ?? 2000), Number(values.seed ?? 1));
  console.log(`wrote ${values.out}`);
}
