// Micro-benchmark of the corpus-wide steps that run after the per-file steps, on a real ingest output: its
// articles and figures are read back (as rows of a figure table, as a large run holds them), then de-duplication,
// aggregation and the dashboard's index are timed, each several times (the fastest run is kept: the machine is
// shared, the minimum is the steps' own cost). Prints milliseconds per step.
//
//   npx tsx bench/combineSteps.ts <ingest-output-dir> [--repeat N]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Fact } from '../src/core/contract';
import { aggregateRegions } from '../src/ingest/combine/aggregateRegions';
import { countFigures } from '../src/ingest/combine/dedupeFacts';
import { figuresOfRuns, type Figures } from '../src/ingest/combine/figureTable';
import { buildAppFiles } from '../src/ingest/output/appFiles';
import type { FactCore } from '../src/ingest/types';

const dir = process.argv[2];
if (!dir) throw new Error('usage: npx tsx bench/combineSteps.ts <ingest-output-dir> [--repeat N]');
const repeatAt = process.argv.indexOf('--repeat');
const repeat = repeatAt > 0 ? Number(process.argv[repeatAt + 1]) : 3;

const articles = (JSON.parse(readFileSync(join(dir, 'articles.json'), 'utf8')) as { articles: Article[] }).articles;
const whole = (JSON.parse(readFileSync(join(dir, 'facts.json'), 'utf8')) as { facts: Fact[] }).facts;
// Held as a large run holds them: rows of one figure table (combine/figureTable), each article's figures a run.
const byArticle = new Map<string, FactCore[]>();
for (const { evidence: _evidence, id: _id, ...core } of whole) {
  const list = byArticle.get(core.articleId);
  if (list) list.push({ ...core, counted: true });
  else byArticle.set(core.articleId, [{ ...core, counted: true }]);
}
whole.length = 0;
const { table, runs } = figuresOfRuns(articles.map((a) => byArticle.get(a.id) ?? []));
byArticle.clear();
const rows = articles.map((article, k) => ({ article, start: runs[k].start, count: runs[k].count }));
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

console.log(`${articles.length} articles, ${table.length} figures (${dir})`);
let figures: Figures = { table, runs: [] };
time('countFigures', () => (figures = { table, runs: countFigures(table, rows) }));
const regions = aggregateRegions(articles, figures);
time('aggregateRegions', () => aggregateRegions(articles, figures));
time('buildAppFiles', () => buildAppFiles(articles, figures, regions, searchTexts));
