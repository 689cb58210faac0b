// Broken data files: the dashboard explains a missing, truncated or wrong-version data file — naming the file
// and the problem — instead of a blank page. The bundled build is served with one data file at a time replaced
// by a 404, its first half, or a copy claiming schemaVersion 999; the files tried are those the page actually
// loads (found by opening it once intact and searching once, which loads the search text), so the test follows
// the app's own file layout.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDefaultBuild, launchChromium, openApp, serveStatic, type Override, type StaticServer } from './harness';
import { search } from './support/explore';

/** The explanation panel: `data-testid="load-error"` (the name the tests agreed on; `data-error` is accepted too). */
const ERROR_PANEL = '[data-testid="load-error"], [data-testid="data-error"]';

interface Breakage {
  kind: 'missing' | 'truncated' | 'version';
  /** The response that replaces the file, from its intact bytes. */
  replace(intact: Buffer): Override;
  /** Words (Chinese or English) of which the explanation must contain at least one. */
  saysWhy: RegExp;
}

const BREAKAGES: Breakage[] = [
  {
    kind: 'missing',
    replace: () => ({ status: 404, body: 'not found', contentType: 'text/plain' }),
    saysWhy: /缺失|缺少|找不到|不存在|未找到|missing|not found|404/i,
  },
  {
    kind: 'truncated',
    replace: (intact) => ({ status: 200, body: intact.subarray(0, Math.floor(intact.length / 2)) }),
    saysWhy: /不完整|截断|JSON|解析|truncated|incomplete|parse/i,
  },
  {
    kind: 'version',
    replace: (intact) => ({ status: 200, body: JSON.stringify({ ...JSON.parse(intact.toString('utf8')), schemaVersion: 999 }) }),
    saysWhy: /999/,
  },
];

/** A query that loads whatever the search box needs (files loaded only on the first search count too). */
const SEARCH_QUERY = '巡视';

let dist: string;
let server: StaticServer;
let browser: Browser;
/** URL paths of the data files the intact page loads, e.g. /data/manifest.json. */
let dataFiles: string[] = [];

beforeAll(async () => {
  dist = ensureDefaultBuild();
  server = await serveStatic(dist);
  browser = await launchChromium();
  const opened = await openApp(browser, server.url, { waitFor: '#articles' });
  // Quiet network means every file the page wants is in; a page that never quiets down is still tried as is.
  const settle = () => opened.page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  await settle();
  await search(opened.page, SEARCH_QUERY);
  await settle();
  await opened.close();
  // Only files the build has: an optional file the page asked for and did not find is not a file to break.
  const isDataFile = (p: string) => p.startsWith('/data/') && p.endsWith('.json') && fs.existsSync(path.join(dist, p));
  dataFiles = [...new Set(server.requested.filter(isDataFile))];
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the page with one file broken; returns what is wrong with the page's explanation, or null. */
async function explanationProblem(urlPath: string, breakage: Breakage): Promise<string | null> {
  const intact = fs.readFileSync(path.join(dist, urlPath));
  server.override(urlPath, breakage.replace(intact));
  const opened = await openApp(browser, server.url, { ignoreConsole: [/404|Failed to load resource/i] });
  try {
    const panel = opened.page.locator(ERROR_PANEL).first();
    const appears = (timeout: number) => panel.waitFor({ state: 'visible', timeout }).then(() => true, () => false);
    // A file needed at start must be explained at start; one needed by the search box, once it is used.
    const shown = (await appears(6_000)) || ((await search(opened.page, SEARCH_QUERY)) && (await appears(5_000)));
    if (!shown) {
      const body = (await opened.page.locator('body').innerText()).trim().slice(0, 200);
      return `no explanation panel (page shows: ${body ? JSON.stringify(body) : 'nothing'})`;
    }
    const text = await panel.innerText();
    const fileName = path.basename(urlPath);
    if (!text.includes(fileName)) return `the explanation does not name ${fileName}: ${JSON.stringify(text)}`;
    if (!breakage.saysWhy.test(text)) return `the explanation does not say the file is ${breakage.kind}: ${JSON.stringify(text)}`;
    if (opened.problems.pageErrors.length > 0) return `uncaught errors: ${opened.problems.pageErrors.join('; ')}`;
    return null;
  } finally {
    await opened.close();
    server.override(urlPath, undefined);
  }
}

describe('broken data files', () => {
  it('finds the data files the page loads, the manifest among them', () => {
    expect(dataFiles).toContain('/data/manifest.json');
  });

  it.each(BREAKAGES)('explains a $kind data file by name instead of a blank page', async (breakage) => {
    expect(dataFiles.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const urlPath of dataFiles) {
      const problem = await explanationProblem(urlPath, breakage);
      if (problem) failures.push(`${urlPath} ${breakage.kind}: ${problem}`);
    }
    expect(failures).toEqual([]);
  });
});
