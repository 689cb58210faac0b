// Worker threads start from one plain-JavaScript file bundled from the worker's TypeScript source with esbuild.
// Starting them through tsx instead registers a module loader (with its own hooks thread) in every worker and
// transforms every module again there, which costs about half a second per worker. The bundle is cached under a
// name made from a hash of everything it was built from, so a run whose sources did not change only reads and
// hashes them (a few milliseconds) instead of bundling again.
import { createHash, randomBytes } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';

/** The part of esbuild's API used here (loaded lazily: without esbuild the workers still start, through tsx). */
interface Esbuild {
  version: string;
  buildSync(options: Record<string, unknown>): {
    errors: { text: string }[];
    outputFiles?: { text: string }[];
    metafile?: { inputs: Record<string, unknown> };
  };
}

/** Bundles of one entry kept in the cache (older ones are removed): a few, for runs of other checkouts or branches. */
const BUNDLES_KEPT = 4;
const CACHE_NAME = 'xunshi-atlas';
/** A temporary file this old was left by a killed run (a write of it takes milliseconds). */
const LEFTOVER_MS = 10 * 60_000;

/**
 * CommonJS packages in the bundle (papaparse, say) may `require` Node's built-in modules; an ES module has no
 * `require` of its own, so the bundle makes one.
 */
const REQUIRE_BANNER = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

function buildOptions(entryPath: string, absWorkingDir: string): Record<string, unknown> {
  return {
    entryPoints: [entryPath],
    absWorkingDir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node.split('.')[0]}`,
    banner: { js: REQUIRE_BANNER },
    write: false,
    metafile: true,
    outfile: 'worker.mjs',
    logLevel: 'silent',
  };
}

function loadEsbuild(): Esbuild {
  return createRequire(import.meta.url)('esbuild') as Esbuild;
}

/** The nearest folder holding node_modules, from the entry upwards (the project root), or null. */
function projectRoot(entryPath: string): string | null {
  for (let dir = dirname(entryPath); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'node_modules'))) return dir;
    if (dirname(dir) === dir) return null;
  }
}

/** node_modules/.cache/xunshi-atlas (the usual home of tool caches) when it can be written, else the OS temp folder. */
function cacheDir(root: string | null): string {
  if (root) {
    const dir = join(root, 'node_modules', '.cache', CACHE_NAME);
    try {
      mkdirSync(dir, { recursive: true });
      accessSync(dir, constants.W_OK);
      return dir;
    } catch {
      // a read-only install: the temp folder below
    }
  }
  const dir = join(tmpdir(), `${CACHE_NAME}-cache`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A hash of the build's settings and every input file's path and bytes (a missing file hashes as missing). */
function inputsKey(esbuildVersion: string, options: Record<string, unknown>, inputs: string[]): string {
  const hash = createHash('sha256').update(`esbuild ${esbuildVersion}\n${JSON.stringify(options)}\n`);
  for (const path of [...inputs].sort()) {
    hash.update(`${path}\n`);
    try {
      hash.update(readFileSync(path));
    } catch {
      hash.update('\0missing\0');
    }
  }
  return hash.digest('hex').slice(0, 20);
}

/** Writes a file whole or not at all (other runs, or threads of this one, may use the cache at the same time). */
function writeWhole(path: string, text: string): void {
  const tmp = `${path}.${process.pid}-${threadId}-${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** Removes all but the newest bundles of this entry (never the one just made), and what killed runs left half-written. */
function pruneBundles(dir: string, prefix: string, keep: string): void {
  const files = readdirSync(dir)
    .filter((n) => n.startsWith(prefix) && join(dir, n) !== keep)
    .map((n) => ({ path: join(dir, n), mtime: statSync(join(dir, n)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  const bundles = files.filter((f) => f.path.endsWith('.mjs'));
  const leftovers = files.filter((f) => f.path.endsWith('.tmp') && f.mtime < Date.now() - LEFTOVER_MS);
  for (const old of [...bundles.slice(BUNDLES_KEPT - 1), ...leftovers]) rmSync(old.path, { force: true });
}

/**
 * The path of a plain-JavaScript bundle of the module at `entry` (a .ts file), built or taken from the cache.
 * Throws when it cannot be made (no esbuild, a build error, an unwritable cache).
 */
export function bundleWorker(entry: URL): string {
  const entryPath = fileURLToPath(entry);
  const esbuild = loadEsbuild();
  const root = projectRoot(entryPath);
  const workingDir = root ?? dirname(entryPath);
  const options = buildOptions(entryPath, workingDir);
  const dir = cacheDir(root);
  // Named by the entry's path too: checkouts sharing a cache keep their own record and bundles.
  const entryTag = createHash('sha256').update(entryPath).digest('hex').slice(0, 8);
  const prefix = `${basename(entryPath).replace(/\.[^.]+$/, '')}-${entryTag}-`;
  // The inputs of the last build: if none of them changed, its bundle is still right.
  const inputsFile = join(dir, `${prefix}inputs.json`);
  let lastInputs: string[] = [];
  try {
    lastInputs = JSON.parse(readFileSync(inputsFile, 'utf8')) as string[];
  } catch {
    // no build yet
  }
  if (lastInputs.length > 0) {
    const cached = join(dir, `${prefix}${inputsKey(esbuild.version, options, lastInputs)}.mjs`);
    if (existsSync(cached)) return cached;
  }
  const result = esbuild.buildSync(options);
  const code = result.outputFiles?.[0]?.text;
  if (result.errors.length > 0 || code === undefined || !result.metafile) {
    throw new Error(`esbuild: ${result.errors.map((e) => e.text).join('; ') || 'no output'}`);
  }
  // Hashed as they are now: a source saved during the build's few hundred milliseconds could leave this bundle
  // one edit behind until the next change to any input.
  const inputs = Object.keys(result.metafile.inputs).map((p) => resolve(workingDir, p));
  const bundle = join(dir, `${prefix}${inputsKey(esbuild.version, options, inputs)}.mjs`);
  writeWhole(bundle, code);
  writeWhole(inputsFile, JSON.stringify(inputs));
  pruneBundles(dir, prefix, bundle);
  return bundle;
}
