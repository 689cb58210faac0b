// No script from the data: the hostile fixture corpus (payloads in every field of every format) is ingested,
// its data files get payloads planted in every text field on top, the dashboard is built on it and explored in
// Chromium — once as shipped (with its Content-Security-Policy) and once with the CSP bypassed, to prove the
// app itself renders data as text and the CSP is a second wall, not the only one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { ArticlesFile } from '../../src/core/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, buildApp, launchChromium, openApp, runIngest, serveStatic, waitForChartPaint, type StaticServer } from './harness';
import { hoverCharts, openArticleDetails, search } from './support/explore';
import { auditDom, markupPayload, plantPayloads, pwnedFlag, scriptUrl, visiblePayloadText } from './support/payloads';

const HOSTILE_CORPUS = path.join(REPO_ROOT, 'test/fixtures/hostile-app');

let work: string;
/** Titles in which the ingest kept markup-like text: the page must show each of them as it is. */
let ingestedMarkupTitles: string[] = [];
let server: StaticServer;
let browser: Browser;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'xunshi-security-'));
  const dataDir = path.join(work, 'data');
  runIngest(HOSTILE_CORPUS, dataDir);
  const { articles } = JSON.parse(fs.readFileSync(path.join(dataDir, 'articles.json'), 'utf8')) as ArticlesFile;
  ingestedMarkupTitles = articles.map((a) => a.title).filter((title) => /<[a-z!/]/i.test(title));
  expect(plantPayloads(dataDir)).toBeGreaterThan(0);
  buildApp({ dataDir, outDir: path.join(work, 'dist') });
});

beforeAll(async () => {
  server = await serveStatic(path.join(work, 'dist'));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe.each([
  { mode: 'as shipped, with its Content-Security-Policy', bypassCsp: false },
  { mode: 'with the CSP bypassed (the app alone must render data as text)', bypassCsp: true },
])('hostile corpus in the dashboard, $mode', ({ bypassCsp }) => {
  it('runs no payload, requests nothing from another host and shows the payloads as text', async () => {
    const opened = await openApp(browser, server.url, { waitFor: '#articles', bypassCsp });
    try {
      const { page, problems } = opened;
      await waitForChartPaint(page);
      // The whole corpus is listed before any selection: the payloads must be on screen as text.
      const listed = await page.locator('#articles').innerText();
      const searched = await search(page, 'xss-payload');
      const found = await page.locator('#articles').innerText();
      const opened1 = await openArticleDetails(page);
      if (searched) await search(page, '');
      const opened2 = await openArticleDetails(page);
      const charts = await hoverCharts(page);
      await page.keyboard.press('Escape');
      await page.waitForTimeout(500);
      console.log(`explored: search box ${searched ? 'used' : 'not found'}, ${opened1 + opened2} list controls, ${charts} charts hovered`);
      expect(charts).toBeGreaterThan(0);

      expect(problems.dialogs, 'dialogs opened by payloads').toEqual([]);
      expect(await pwnedFlag(page), 'window.__pwned set by a payload').toBeUndefined();
      expect(problems.foreignRequests, 'requests to other hosts').toEqual([]);
      expect(problems.pageErrors, 'uncaught errors').toEqual([]);
      expect(await auditDom(page), 'markup from the data in the DOM').toEqual([]);
      if (!bypassCsp) expect(await opened.cspViolations(), 'CSP violations').toEqual([]);

      expect(listed, 'planted title payload listed as text').toContain(visiblePayloadText('planted-title'));
      expect(listed, 'planted outlet payload listed as text').toContain(visiblePayloadText('planted-outlet'));
      for (const title of ingestedMarkupTitles) expect(listed, 'ingested title listed as text').toContain(title);
      if (searched) expect(found, 'search finds the payload articles').toContain(visiblePayloadText('planted-title'));
    } finally {
      await opened.close();
    }
  });
});

describe('a javascript: URL is never a link', () => {
  it('renders no href, src or action with a script scheme after opening every article', async () => {
    const opened = await openApp(browser, server.url, { waitFor: '#articles' });
    try {
      await openArticleDetails(opened.page, '#articles', 100);
      const hrefs = await opened.page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      const scripted = hrefs.filter((href) => !/^(https?:|blob:|mailto:|data:image\/)/i.test(href) && !href.startsWith('#'));
      expect(scripted).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

/** View parameters a link may carry (the app mirrors its view in the query string); more are learnt from the page. */
const LINK_PARAMETERS = ['region', 'drill', 'metric', 'range', 'types', 'level', 'q', 'query', 'scale', 'lang', 'view'];

describe('a hostile link to the dashboard', () => {
  it('runs nothing and breaks nothing when every view parameter and the hash carry payloads', async () => {
    // Learn the parameter names the page itself writes, by using the search box once.
    const learning = await openApp(browser, server.url, { waitFor: '#articles' });
    await search(learning.page, 'xss-payload');
    const learnt = [...new URL(learning.page.url()).searchParams.keys()];
    await learning.close();

    const link = new URL(server.url);
    for (const name of new Set([...LINK_PARAMETERS, ...learnt])) {
      link.searchParams.set(name, name === 'region' ? scriptUrl(`link-${name}`) : markupPayload(`link-${name}`));
    }
    link.hash = markupPayload('link-hash');
    const opened = await openApp(browser, link.href, { waitFor: '#articles' });
    try {
      await waitForChartPaint(opened.page);
      await opened.page.waitForTimeout(1000);
      expect(opened.problems.dialogs, 'dialogs opened by payloads').toEqual([]);
      expect(await pwnedFlag(opened.page), 'window.__pwned set by a payload').toBeUndefined();
      expect(opened.problems.pageErrors, 'uncaught errors').toEqual([]);
      expect(opened.problems.foreignRequests, 'requests to other hosts').toEqual([]);
      expect(await auditDom(opened.page), 'markup from the link in the DOM').toEqual([]);
      expect(await opened.cspViolations(), 'CSP violations').toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
