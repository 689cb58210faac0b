// Building the app for browser tests: reuse dist/ when it is newer than everything it is built from,
// otherwise build it once; build other data directories into temporary output folders.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const DEFAULT_DIST = path.join(REPO_ROOT, 'dist');

/** What the built page depends on: a change to any of these makes dist/ stale. */
const BUILD_INPUTS = ['index.html', 'src', 'data', 'geo', 'vite.config.ts', 'package.json', 'package-lock.json'];

/** Other engineers and test runs may build at the same time; one build at a time per machine. */
const BUILD_LOCK = path.join(process.env.TMPDIR ?? '/tmp', 'xunshi-e2e-build.lock');

function newestMtimeMs(target: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) {
    newest = Math.max(newest, newestMtimeMs(path.join(target, entry)));
  }
  return newest;
}

/** True when outDir/index.html exists and is newer than every build input. */
export function isBuildFresh(outDir: string = DEFAULT_DIST): boolean {
  const builtAt = newestMtimeMs(path.join(outDir, 'index.html'));
  if (builtAt === 0) return false;
  const inputsChangedAt = Math.max(...BUILD_INPUTS.map((p) => newestMtimeMs(path.join(REPO_ROOT, p))));
  return builtAt >= inputsChangedAt;
}

export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command from the repository root, under an exclusive lock when `lock` is given. */
export function runCommand(command: string[], env: Record<string, string> = {}, lock?: string): CommandResult {
  const argv = lock ? ['flock', lock, ...command] : command;
  const result = spawnSync(argv[0], argv.slice(1), {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function describeFailure(what: string, result: CommandResult): Error {
  const tail = (text: string) => text.split('\n').slice(-40).join('\n');
  return new Error(`${what} failed (exit ${result.status})\n${tail(result.stdout)}\n${tail(result.stderr)}`);
}

export interface BuildOptions {
  /** Where to write the build; defaults to dist/. */
  outDir?: string;
  /** Data directory to bundle (XUNSHI_DATA); defaults to the app's own default (data/). */
  dataDir?: string;
}

/** Builds the app with Vite (`vite build --outDir …`, XUNSHI_DATA when a data dir is given). */
export function buildApp(options: BuildOptions = {}): string {
  const outDir = path.resolve(options.outDir ?? DEFAULT_DIST);
  const env: Record<string, string> = options.dataDir ? { XUNSHI_DATA: path.resolve(options.dataDir) } : {};
  const viteBin = path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = runCommand(
    [process.execPath, viteBin, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    env,
    BUILD_LOCK,
  );
  if (result.status !== 0) throw describeFailure(`vite build (outDir ${outDir})`, result);
  return outDir;
}

/** The default build (dist/ from data/): reused when fresh, otherwise rebuilt. Returns its folder. */
export function ensureDefaultBuild(): string {
  if (!isBuildFresh(DEFAULT_DIST)) buildApp({ outDir: DEFAULT_DIST });
  return DEFAULT_DIST;
}

/** Runs the project's ingest command (`npm run ingest -- <input> --out <out>`) and fails loudly if it fails. */
export function runIngest(inputDir: string, outDir: string): CommandResult {
  const result = runCommand(['npm', 'run', '--silent', 'ingest', '--', path.resolve(inputDir), '--out', path.resolve(outDir)], {
    CI: 'true',
  });
  if (result.status !== 0) throw describeFailure(`ingest of ${inputDir}`, result);
  return result;
}
