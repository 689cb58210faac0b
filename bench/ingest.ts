// npm run bench:ingest [-- --n N] [--repeat R] [--daily FILES]
// Throughput of the ingest on a synthetic corpus (../shared/tools/gen-corpus.mjs, cached in the temp dir):
// articles/s, peak RSS of the ingest process (worker threads included), and the ratio of its time to a bare
// pass over the same files (read + decode + strip tags + one regex per file).
// The bare pass runs just before and just after each ingest, and the ratio takes their mean: the machine's speed
// drifts over a minute (a shared host), and both sides of the ratio then see the same drift. One untimed pass
// comes first, to warm the file cache and this thread's code.
// With --repeat, the whole measurement runs R times; each run's figures are printed, then how many runs met each
// bar. With --daily, a scale check on many daily broadcast JSON files made by varying the real ones of the
// development corpus (never in the repo).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { walkFiles } from '../src/ingest/read/walkFiles';

const BARS = { articlesPerSecond: 5000, rssMb: 1024, ratio: 4 };
const ROOT = resolve(import.meta.dirname, '..');
const CACHE = join(tmpdir(), 'xunshi-bench');
const GEN = resolve(ROOT, '../shared/tools/gen-corpus.mjs');
const DAILY_SOURCE = resolve(ROOT, '../shared/corpus/articles/raw/cctv_daily_json');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

interface IngestStats {
  files: number;
  articles: number;
  rejects: number;
  seconds: number;
  /** CPU time of the ingest process, all threads (user + system). */
  cpuSeconds: number;
  phases: Record<string, number>;
  rssMb: Record<string, number>;
  maxRssKb: number;
}

function syntheticCorpus(n: number): string {
  const dir = join(CACHE, `corpus-${n}`);
  // A marker beside the folder says the generator finished (an interrupted one leaves a partial corpus).
  if (existsSync(`${dir}.complete`)) return dir;
  if (!existsSync(GEN)) throw new Error(`corpus generator not found: ${GEN}`);
  console.log(`generating ${n} synthetic articles in ${dir} …`);
  rmSync(dir, { recursive: true, force: true });
  const r = spawnSync(process.execPath, [GEN, '--out', dir, '--n', String(n)], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('corpus generation failed');
  writeFileSync(`${dir}.complete`, '');
  return dir;
}

/** Copies of the real daily JSON files with varied dates and item order: `count` files. */
function dailyCorpus(count: number): string {
  const dir = join(CACHE, `daily-${count}`);
  if (existsSync(`${dir}.complete`)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const sources = readdirSync(DAILY_SOURCE).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(DAILY_SOURCE, f), 'utf8')));
  const start = Date.UTC(2010, 0, 1);
  for (let i = 0; i < count; i++) {
    const day = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    const src = sources[i % sources.length] as { videoList: Record<string, unknown>[] };
    const shift = i % src.videoList.length;
    // Each copy is a new day's broadcast: a different date and a line that makes every item's text unique.
    const videoList = [...src.videoList.slice(shift), ...src.videoList.slice(0, shift)].map((item, k) => {
      const detail = item.video_detail as Record<string, unknown> | undefined;
      const content = typeof detail?.content === 'string' ? `<p>（${day} 第${k + 1}条）</p>${detail.content}` : detail?.content;
      return { ...item, num: k + 1, pub_date: `${day} 19:${String(k).padStart(2, '0')}:00`, ...(detail ? { video_detail: { ...detail, content } } : {}) };
    });
    writeFileSync(join(dir, `${day.replace(/-/g, '')}.json`), JSON.stringify({ ...src, videoList }));
  }
  writeFileSync(`${dir}.complete`, '');
  return dir;
}

function runIngestChild(input: string, out: string): IngestStats {
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/ingest/cli.ts'), input, '--out', out], {
    cwd: ROOT,
    env: { ...process.env, INGEST_TIMINGS: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`ingest exited with ${r.status}: ${r.stderr.slice(-2000)}`);
  const line = r.stderr.split('\n').find((l) => l.startsWith('ingest-stats '));
  if (!line) throw new Error('ingest printed no stats line');
  process.stdout.write(r.stdout);
  const stats = JSON.parse(line.slice('ingest-stats '.length)) as IngestStats;
  console.log(`  wall time with process start: ${wall.toFixed(2)} s; stages: ${Object.entries(stats.phases).map(([k, v]) => `${k} ${v.toFixed(2)} s`).join(', ')}`);
  console.log(`  resident memory at the end of each stage: ${Object.entries(stats.rssMb).map(([k, v]) => `${k} ${v} MB`).join(', ')}`);
  return stats;
}

/** The floor: read every file, decode it, strip tags and run one regex, in this thread. */
function barePass(input: string): { seconds: number; matches: number } {
  const started = performance.now();
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const gb = new TextDecoder('gb18030');
  let matches = 0;
  for (const f of walkFiles(input).files) {
    const bytes = readFileSync(f.path);
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      text = gb.decode(bytes);
    }
    const plain = text.replace(/<[^>]*>/g, ' ');
    matches += (plain.match(/发现问题\d+/g) ?? []).length;
  }
  return { seconds: (performance.now() - started) / 1000, matches };
}

function verdict(ok: boolean): string {
  return ok ? 'ok' : 'MISSES THE BAR';
}

interface ThroughputRun {
  perSecond: number;
  rssMb: number;
  ratio: number;
}

function throughputRun(corpus: string, n: number): ThroughputRun {
  const out = join(CACHE, `out-${n}`);
  const before = barePass(corpus);
  const loadBefore = loadavg()[0].toFixed(2);
  const stats = runIngestChild(corpus, out);
  const after = barePass(corpus);
  const bare = (before.seconds + after.seconds) / 2;
  const perSecond = stats.articles / stats.seconds;
  const rssMb = stats.maxRssKb / 1024;
  const ratio = stats.seconds / bare;
  console.log(`CPU time: ${stats.cpuSeconds.toFixed(1)} s in all threads (${((stats.cpuSeconds / stats.articles) * 1000).toFixed(2)} ms per article); load average before the run ${loadBefore}`);
  console.log(`articles/s: ${perSecond.toFixed(0)} (${stats.articles} articles in ${stats.seconds.toFixed(2)} s) — bar ≥ ${BARS.articlesPerSecond}: ${verdict(perSecond >= BARS.articlesPerSecond)}`);
  console.log(`peak RSS: ${rssMb.toFixed(0)} MB — bar ≤ ${BARS.rssMb} MB: ${verdict(rssMb <= BARS.rssMb)}`);
  console.log(`bare pass: ${before.seconds.toFixed(2)} s before, ${after.seconds.toFixed(2)} s after (${after.matches} regex matches); ingest/bare: ${ratio.toFixed(2)}× — bar ≤ ${BARS.ratio}×: ${verdict(ratio <= BARS.ratio)}`);
  rmSync(out, { recursive: true, force: true });
  return { perSecond, rssMb, ratio };
}

function throughput(n: number, repeat: number): boolean {
  const corpus = syntheticCorpus(n);
  const runs: ThroughputRun[] = [];
  // Once untimed: reads the files into the page cache and warms this thread's code, which would otherwise make the
  // first bare pass slower than any other (and the ratio look better than it is).
  barePass(corpus);
  for (let r = 0; r < repeat; r++) {
    console.log(`ingest of ${n} synthetic articles (${corpus})${repeat > 1 ? `, run ${r + 1} of ${repeat}` : ''}`);
    runs.push(throughputRun(corpus, n));
  }
  if (repeat > 1) {
    const met = (ok: (run: ThroughputRun) => boolean) => `${runs.filter(ok).length} of ${repeat}`;
    const range = (key: keyof ThroughputRun, digits: number) => `${Math.min(...runs.map((x) => x[key])).toFixed(digits)}–${Math.max(...runs.map((x) => x[key])).toFixed(digits)}`;
    console.log(`over ${repeat} runs: articles/s ${range('perSecond', 0)} (bar met in ${met((x) => x.perSecond >= BARS.articlesPerSecond)}), peak RSS ${range('rssMb', 0)} MB (${met((x) => x.rssMb <= BARS.rssMb)}), ingest/bare ${range('ratio', 2)}× (${met((x) => x.ratio <= BARS.ratio)})`);
  }
  return runs.every((x) => x.rssMb <= BARS.rssMb);
}

function dailyScale(count: number): boolean {
  const corpus = dailyCorpus(count);
  const out = join(CACHE, `out-daily-${count}`);
  console.log(`scale check: ${count} daily broadcast JSON files (${corpus})`);
  const stats = runIngestChild(corpus, out);
  const articles = JSON.parse(readFileSync(join(out, 'articles.json'), 'utf8')).articles as { sources: { file: string }[] }[];
  const rejects = JSON.parse(readFileSync(join(out, 'rejects.json'), 'utf8')).rejects as { source: { file: string } }[];
  const seen = new Set([...articles.flatMap((a) => a.sources.map((s) => s.file)), ...rejects.map((r) => r.source.file)]);
  const missing = readdirSync(corpus).filter((f) => !seen.has(f));
  const rssMb = stats.maxRssKb / 1024;
  console.log(`files accounted for: ${count - missing.length}/${count}${missing.length ? ` (missing e.g. ${missing.slice(0, 3).join(', ')})` : ''}; articles ${stats.articles}; peak RSS ${rssMb.toFixed(0)} MB — ${verdict(missing.length === 0 && rssMb <= BARS.rssMb)}`);
  rmSync(out, { recursive: true, force: true });
  return missing.length === 0 && rssMb <= BARS.rssMb;
}

const n = arg('n', 100_000);
const repeat = Math.max(1, arg('repeat', 1));
const daily = arg('daily', 0);
let ok = throughput(n, repeat);
if (daily > 0) ok = dailyScale(daily) && ok;
// Speed bars are reported, not enforced (a shared or slow machine says little); lost files or memory are failures.
process.exitCode = ok ? 0 : 1;
