// Dashboard benchmark in headless Chromium (cold loads, medians):
//   npm run bench:ui                      bundled data/ — map paint vs a bare ECharts page, click on 内蒙古
//   npm run bench:ui -- --n 100000        gen-corpus → ingest → build; adds brush-a-year and heap after GC
//   npm run bench:ui -- --n 100000 --synth  same size written directly in the output format (no ingest)
// Options: --runs 5, --data DIR (use an existing data dir), --viewport 1280x800, --brush-only (skip the probe).
// Map paint, click latency, heap and bytes come from /work/shared/tools/probe.mjs (or $XUNSHI_PROBE);
// the brush is a real mouse drag across one year of the timeline, timed to the list's update and to every
// view's (uiBrush.ts); the first search types a query on a cold page, timed to the first matches and to the
// last part of the search text, with the bytes fetched (uiSearch.ts). Where a brush's time goes: uiProfile.ts.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { buildApp, REPO_ROOT, runIngest } from '../test/e2e/support/build';
import { serveStatic } from '../test/e2e/support/serve';
import { launchChromium } from '../test/e2e/support/browser';
import type { Browser } from 'playwright-core';
import { writeDataDir } from './uiSynth';
import { measureBrush } from './uiBrush';
import type { BrushTiming } from './uiBrush';
import { measureSearch } from './uiSearch';
import type { SearchTiming } from './uiSearch';

const PROBE = process.env.XUNSHI_PROBE ?? '/work/shared/tools/probe.mjs';
const GEN_CORPUS = process.env.XUNSHI_GEN_CORPUS ?? '/work/shared/tools/gen-corpus.mjs';
const WORK = path.join(os.tmpdir(), 'xunshi-bench-ui');

const median = (xs: number[]) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};

interface ProbeRun {
  timing: { mapMeaningfulPaintMs: number };
  heap: { usedAfterGcBytes: number };
  clicks?: { hitOk?: boolean; clickToDomMs?: number; clickToNextFrameMs?: number }[];
  bytes: { js: { gzip: number } };
  console: { errors: unknown[] };
  pageErrors: unknown[];
  failedRequests: unknown[];
  resources: { url: string }[];
}

function probe(dist: string, runs: number, viewport: string, extra: string[]): ProbeRun[] {
  const out = execFileSync(process.execPath, [PROBE, '--dist', dist, '--runs', String(runs), '--viewport', viewport, '--json', ...extra], {
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8',
  });
  const report = JSON.parse(out) as { runs?: ProbeRun[] } & ProbeRun;
  return report.runs ?? [report];
}

async function buildBare(): Promise<string> {
  const outDir = path.join(WORK, 'bare');
  await build({
    configFile: false,
    root: path.join(REPO_ROOT, 'bench/uiBare'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  fs.mkdirSync(path.join(outDir, 'geo'), { recursive: true });
  fs.copyFileSync(path.join(REPO_ROOT, 'geo/echarts-4.9.0/china.json'), path.join(outDir, 'geo/china.json'));
  return outDir;
}

function prepareData(n: number | undefined, synth: boolean, given: string | undefined): string {
  if (given) return path.resolve(given);
  if (!n) return path.join(REPO_ROOT, 'data');
  const dataDir = path.join(WORK, `data-${n}${synth ? '-synth' : ''}`);
  if (fs.existsSync(path.join(dataDir, 'manifest.json'))) return dataDir;
  if (synth) {
    writeDataDir(dataDir, n);
    return dataDir;
  }
  const corpus = path.join(WORK, `corpus-${n}`);
  if (!fs.existsSync(corpus)) execFileSync(process.execPath, [GEN_CORPUS, '--out', corpus, '--n', String(n)], { stdio: 'inherit' });
  const started = Date.now();
  const result = runIngest(corpus, dataDir);
  if (result.status !== 0) throw new Error(`ingest failed:\n${result.stderr}`);
  console.log(`ingest of ${n} articles: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return dataDir;
}

function otherHosts(runs: ProbeRun[]): string[] {
  const hosts = new Set<string>();
  for (const r of runs) for (const res of r.resources) if (!/^https?:\/\/127\.0\.0\.1[:/]/.test(res.url) && /^\w+:/.test(res.url)) hosts.add(res.url);
  return [...hosts];
}

/** Runs `measure` on `runs` cold loads of the built app. */
async function pageRuns<T>(dist: string, runs: number, measure: (browser: Browser, url: string) => Promise<T>): Promise<T[]> {
  const browser = await launchChromium();
  const server = await serveStatic(dist);
  const out: T[] = [];
  try {
    for (let k = 0; k < runs; k++) out.push(await measure(browser, server.url));
  } finally {
    await server.close();
    await browser.close();
  }
  return out;
}

async function main() {
  const { values } = parseArgs({
    options: {
      n: { type: 'string' },
      runs: { type: 'string', default: '5' },
      data: { type: 'string' },
      synth: { type: 'boolean', default: false },
      viewport: { type: 'string', default: '1280x800' },
      'brush-only': { type: 'boolean', default: false },
    },
  });
  const n = values.n ? Number(values.n) : undefined;
  const runs = Number(values.runs);
  fs.mkdirSync(WORK, { recursive: true });
  const dataDir = prepareData(n, values.synth ?? false, values.data);
  const dist = buildApp({ outDir: path.join(WORK, `dist-${path.basename(dataDir)}`), dataDir });
  const brush: BrushTiming[] = await pageRuns(dist, runs, (b, url) => measureBrush(b, url, values.viewport!));
  if (values['brush-only']) {
    console.log(JSON.stringify({ brushYearToListMs: brush.map((b) => b.ms), brushYearToAllViewsMs: brush.map((b) => b.allViewsMs), medianAllViewsMs: median(brush.map((b) => b.allViewsMs)) }, null, 2));
    return;
  }
  const search: SearchTiming[] = await pageRuns(dist, runs, (b, url) => measureSearch(b, url, values.viewport!));
  const bareDist = await buildBare();
  const bare = probe(bareDist, runs, values.viewport!, []);
  const app = probe(dist, runs, values.viewport!, ['--click-region', '内蒙古', '--list-selector', '#articles']);
  const bareMs = median(bare.map((r) => r.timing.mapMeaningfulPaintMs));
  const appMs = median(app.map((r) => r.timing.mapMeaningfulPaintMs));
  const clicks = app.map((r) => r.clicks?.[0]).filter((c) => c?.hitOk);
  const errors = app.reduce((s, r) => s + r.console.errors.length + r.pageErrors.length + r.failedRequests.length, 0);
  const figures = {
    data: path.relative(REPO_ROOT, dataDir) || dataDir,
    runs,
    bareMapPaintMs: bareMs,
    mapPaintMs: appMs,
    mapPaintVsBare: Number((appMs / bareMs).toFixed(2)),
    clickInnerMongoliaToListMs: median(clicks.map((c) => c!.clickToDomMs!)),
    clickInnerMongoliaToNextFrameMs: median(clicks.map((c) => c!.clickToNextFrameMs!)),
    brushYearToListMs: median(brush.map((b) => b.ms)),
    brushYearToAllViewsMs: median(brush.map((b) => b.allViewsMs)),
    firstSearchToResultsMs: median(search.map((s) => s.firstResultsMs)),
    firstSearchTextKiBBeforeResults: Number((median(search.map((s) => s.bytesBeforeFirstResults)) / 1024).toFixed(0)),
    firstSearchAllTextMs: median(search.map((s) => s.allPartsMs)),
    searchTextFiles: search[0]?.files,
    searchTextKiB: Number(((search[0]?.bytes ?? 0) / 1024).toFixed(0)),
    heapAfterGcMB: Number((median(app.map((r) => r.heap.usedAfterGcBytes)) / 1e6).toFixed(1)),
    jsGzipKiB: Number((app[0].bytes.js.gzip / 1024).toFixed(1)),
    consoleErrorsAndFailedRequests: errors,
    requestsToOtherHosts: otherHosts(app),
  };
  console.log(JSON.stringify(figures, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
