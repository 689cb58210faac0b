// Micro-benchmark of the corpus-wide steps that run after the per-file steps, on a real ingest output: its
// articles and figures are read back (figures without their sentences, as a large run holds them), then
// de-duplication, aggregation and the dashboard's index are timed, each several times (the fastest run is kept:
// the machine is shared, the minimum is the steps' own cost). Prints milliseconds per step.
//
//   npx tsx bench/combineSteps.ts <ingest-output-dir> [--repeat N]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Fact } from '../src/core/contract';
import { aggregateRegions } from '../src/ingest/combine/aggregateRegions';
import { dedupeFacts } from '../src/ingest/combine/dedupeFacts';
import { buildAppFiles } from '../src/ingest/output/appFiles';
import type { FactCore } from '../src/ingest/types';

const dir = process.argv[2];
if (!dir) throw new Error('usage: npx tsx bench/combineSteps.ts <ingest-output-dir> [--repeat N]');
const repeatAt = process.argv.indexOf('--repeat');
const repeat = repeatAt > 0 ? Number(process.argv[repeatAt + 1]) : 3;

const articles = (JSON.parse(readFileSync(join(dir, 'articles.json'), 'utf8')) as { articles: Article[] }).articles;
const whole = (JSON.parse(readFileSync(join(dir, 'facts.json'), 'utf8')) as { facts: Fact[] }).facts;
// Built as a large run holds them (output/bankFigures' unpackFigures): one object shape, equal periods shared.
const periods = new Map<string, Fact['period']>();
const sharedPeriod = (p: Fact['period']) => {
  if (!p) return undefined;
  const key = JSON.stringify(p);
  return periods.get(key) ?? periods.set(key, p).get(key);
};
const facts: FactCore[] = whole.map((f) => ({
  adcode: f.adcode,
  approx: f.approx,
  articleId: f.articleId,
  city: f.city,
  cityAdcode: f.cityAdcode,
  counted: true,
  metric: f.metric,
  period: sharedPeriod(f.period),
  province: f.province,
  value: f.value,
}));
whole.length = 0;
const byArticle = new Map<string, FactCore[]>();
for (const f of facts) {
  const list = byArticle.get(f.articleId);
  if (list) list.push(f);
  else byArticle.set(f.articleId, [f]);
}
const unique = articles.map((article) => ({ article, facts: byArticle.get(article.id) ?? [] }));
const searchTexts = new Map(articles.map((a) => [a.id, a.title]));

function time(name: string, step: () => unknown): void {
  let best = Infinity;
  for (let r = 0; r < repeat; r++) {
    const t = performance.now();
    step();
    best = Math.min(best, performance.now() - t);
  }
  console.log(`${name.padEnd(16)} ${best.toFixed(0).padStart(6)} ms`);
}

console.log(`${articles.length} articles, ${facts.length} figures (${dir})`);
let deduped: FactCore[] = [];
time('dedupeFacts', () => (deduped = dedupeFacts(unique)));
const regions = aggregateRegions(articles, deduped);
time('aggregateRegions', () => aggregateRegions(articles, deduped));
time('buildAppFiles', () => buildAppFiles(articles, deduped, regions, searchTexts));
