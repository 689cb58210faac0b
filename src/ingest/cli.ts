// npm run ingest -- [<input-dir>] [--out <dir>] [--text] [--workers N]
// Reads a folder of articles and writes the dashboard's data files. Exit 0 even when files are rejected
// (they are listed in rejects.json); exit 2 for a missing input folder or bad arguments.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import cliProgress from 'cli-progress';
import { defaultWorkerCount, poolStats, workerMapFiles } from './parallel/workerPool';
import { runIngest, type IngestOptions } from './pipeline';

const DEFAULT_INPUT = '../shared/corpus/articles';
const DEFAULT_OUT = 'data';
const USAGE = 'usage: npm run ingest -- [<input-dir>] [--out <dir>] [--text] [--workers N]';

export interface CliArgs {
  inputDir?: string;
  outDir: string;
  keepText: boolean;
  /** Worker threads for the per-file steps; 0 runs them in the main thread. */
  workers: number;
}

export function parseArgs(argv: string[]): CliArgs | string {
  // One worker thread per core by default (the per-file steps are CPU-bound and independent); small folders stay in
  // this thread anyway (the pool's threshold), and `--workers 0` keeps everything in it.
  const defaultWorkers = defaultWorkerCount();
  const args: CliArgs = { outDir: DEFAULT_OUT, keepText: false, workers: defaultWorkers > 1 ? defaultWorkers : 0 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') {
      if (!argv[i + 1]) return '--out needs a folder';
      args.outDir = argv[++i];
    } else if (a === '--workers') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 0) return '--workers needs a whole number (0 = no worker threads)';
      args.workers = Math.min(n, defaultWorkerCount());
    } else if (a === '--text') args.keepText = true;
    else if (a === '--') continue;
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else if (args.inputDir === undefined) args.inputDir = a;
    else return `unexpected argument ${a}`;
  }
  return args;
}

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  if (typeof parsed === 'string') {
    console.error(`ingest: ${parsed}\n${USAGE}`);
    return 2;
  }
  const inputDir = parsed.inputDir ?? (existsSync(DEFAULT_INPUT) ? DEFAULT_INPUT : undefined);
  if (!inputDir) {
    console.error(`ingest: no input folder given and the default ${DEFAULT_INPUT} does not exist.\n${USAGE}`);
    return 2;
  }
  if (!existsSync(inputDir) || !statSync(inputDir).isDirectory()) {
    console.error(`ingest: the input folder ${resolve(inputDir)} does not exist or is not a folder.\n${USAGE}`);
    return 2;
  }
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar({ format: 'ingest [{bar}] {value}/{total} files | {eta_formatted} left', stream: process.stderr }, cliProgress.Presets.shades_classic)
    : null;
  let started = false;
  const options: IngestOptions = {
    inputDir,
    outDir: parsed.outDir,
    keepText: parsed.keepText,
    mapFiles: parsed.workers > 0 ? workerMapFiles(parsed.workers, { keepText: parsed.keepText }) : undefined,
    onProgress: bar
      ? (done, total) => {
          if (!started) {
            bar.start(total, 0);
            started = true;
          }
          bar.update(done);
        }
      : undefined,
  };
  const result = await runIngest(options);
  if (started) bar?.stop();
  const c = result.counts;
  console.log(
    `ingest: ${c.files} files, ${c.articles} articles, ${c.topicArticles} on-topic, ${c.facts} facts, ${c.rejects} rejects, ` +
      `${c.warnings} warnings, ${result.seconds.toFixed(1)} s → ${parsed.outDir}/`,
  );
  // Machine-readable figures for the benchmark (peak RSS covers the worker threads: they share the process).
  if (process.env.INGEST_TIMINGS) {
    const usage = process.resourceUsage(); // CPU time of all threads: a figure a busy machine changes less than wall time
    const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
    console.error(`ingest-stats ${JSON.stringify({ ...result.counts, seconds: result.seconds, cpuSeconds, phases: result.phases, rssMb: result.rssMb, maxRssKb: usage.maxRSS, pool: poolStats })}`);
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`ingest failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exitCode = 1;
  },
);
