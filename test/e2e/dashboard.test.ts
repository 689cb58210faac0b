// The dashboard in real Chromium, on a synthetic data dir of 3,000 articles built into its own dist:
// click a province → the list shows its articles; brush a year → every view filters; drill down and back;
// the URL reopens the same view and back/forward step through it; layout at 1280×800 and 1920×1080.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDataDir } from '../../bench/uiSynth';
import { brushYear } from '../../bench/uiBrush';
import { buildApp, launchChromium, openApp, serveStatic, waitForChartPaint } from './harness';
import type { OpenedPage, StaticServer } from './harness';

const WORK = path.join(os.tmpdir(), 'xunshi-e2e-dashboard');
const SHOTS = process.env.XUNSHI_SHOTS ?? path.join(WORK, 'shots');

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const data = path.join(WORK, 'data');
  fs.rmSync(WORK, { recursive: true, force: true });
  writeDataDir(data, 3000, 7);
  const dist = buildApp({ outDir: path.join(WORK, 'dist'), dataDir: data });
  server = await serveStatic(dist);
  browser = await launchChromium();
  fs.mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(query = '', viewport = { width: 1280, height: 800 }): Promise<OpenedPage> {
  const opened = await openApp(browser, server.url + query, { waitFor: '#articles', viewport });
  await waitForChartPaint(opened.page);
  await opened.page.waitForSelector('[data-testid=chart-map][data-region-centres]');
  return opened;
}

const listCount = (page: Page) => page.locator('#articles').getAttribute('data-count').then(Number);
const search = (page: Page) => new URL(page.url()).searchParams;

async function clickRegion(page: Page, adcode: number, double = false): Promise<void> {
  const map = page.locator('[data-testid=chart-map]');
  const centres = JSON.parse((await map.getAttribute('data-region-centres'))!) as Record<string, [number, number]>;
  const [x, y] = centres[String(adcode)];
  const box = (await map.boundingBox())!;
  if (double) await page.mouse.dblclick(box.x + x, box.y + y);
  else await page.mouse.click(box.x + x, box.y + y);
}

describe('dashboard in Chromium', () => {
  it('loads with no console errors and no request to another host', async () => {
    const { page, problems, close } = await open();
    expect(await listCount(page)).toBe(3000);
    expect(await page.locator('.article-row').count()).toBeGreaterThan(3);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    await close();
  });

  it('a click on 内蒙古 lists its articles; a second click clears; Esc clears', async () => {
    const { page, close } = await open();
    await clickRegion(page, 150000);
    await page.waitForFunction(() => Number(document.querySelector('#articles')!.getAttribute('data-count')) < 3000);
    expect(search(page).get('region')).toBe('150000');
    const places = await page.locator('.article-row .article-meta').allInnerTexts();
    expect(places.length).toBeGreaterThan(0);
    for (const p of places) expect(p).toMatch(/内蒙古|呼和浩特|包头|乌海|赤峰|通辽|鄂尔多斯|呼伦贝尔|巴彦淖尔|乌兰察布|兴安|锡林郭勒|阿拉善/);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('#articles')!.getAttribute('data-count') === '3000');
    await clickRegion(page, 150000);
    await page.waitForFunction(() => document.querySelector('#articles')!.getAttribute('data-count') !== '3000');
    await clickRegion(page, 150000);
    await page.waitForFunction(() => document.querySelector('#articles')!.getAttribute('data-count') === '3000');
    await close();
  });

  it('brushing a year on the timeline filters the list, the region table, the range control and the URL', async () => {
    const { page, close } = await open();
    const table = () => page.getByTestId('region-table').innerText();
    const before = await table();
    const { year, ms } = await brushYear(page);
    expect(ms).toBeLessThan(2000);
    const count = await listCount(page);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(3000);
    expect(search(page).get('range')).toBe(`${year}-01..${year}-12`);
    expect(await page.getByTestId('range').innerText()).toContain(`${year}-01`);
    const dates = await page.locator('.article-row .article-meta span:first-child').allInnerTexts();
    for (const d of dates) expect(d.startsWith(year)).toBe(true);
    expect(await table()).not.toBe(before);
    // A second drag picks another range: nothing of the first is left in the way.
    const next = String(Number(year) - 1);
    await brushYear(page, next);
    expect(search(page).get('range')).toBe(`${next}-01..${next}-12`);
    await close();
  });

  it('drills into a province by double-click and comes back by the breadcrumb', async () => {
    const { page, close } = await open();
    await clickRegion(page, 440000, true);
    await expect.poll(() => page.getByTestId('drill-name').innerText().catch(() => '')).toBe('广东');
    expect(search(page).get('drill')).toBe('440000');
    await page.locator('[data-testid=region-table] button', { hasText: '广州市' }).waitFor();
    await page.getByTestId('drill-up').click();
    await page.getByTestId('drill-name').waitFor({ state: 'detached' });
    expect(search(page).get('drill')).toBeNull();
    await close();
  });

  it('reopens a copied link in the same view, and back/forward step through choices', async () => {
    const { page, close } = await open('?region=440000&metric=problem_clues&range=2020-01..2020-12&lang=en&scale=quantile');
    expect(await page.getByTestId('metric').inputValue()).toBe('problem_clues');
    expect(await page.getByTestId('scale').inputValue()).toBe('quantile');
    expect(await page.getByTestId('lang').innerText()).toBe('中文');
    const linked = await listCount(page);
    const dates = await page.locator('.article-row .article-meta span:first-child').allInnerTexts();
    for (const d of dates) expect(d.startsWith('2020')).toBe(true);
    await page.locator('[data-testid=region-table] button', { hasText: 'Inner Mongolia' }).click();
    await expect.poll(() => search(page).get('region')).toBe('150000');
    await page.goBack();
    await expect.poll(() => search(page).get('region')).toBe('440000');
    await expect.poll(() => listCount(page)).toBe(linked);
    await page.goForward();
    await expect.poll(() => search(page).get('region')).toBe('150000');
    await close();
  });

  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ]) {
    it(`lays out at ${width}×${height} without overlapping panels or cut-off controls`, async () => {
      const { page, close } = await open('', { width, height });
      await page.locator('[data-testid=chart-bars-top] canvas').first().waitFor();
      const rects = await page.locator('.panel').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
      for (let i = 0; i < rects.length; i++) {
        for (let j = i + 1; j < rects.length; j++) {
          const a = rects[i];
          const b = rects[j];
          const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
          expect(overlap, `panels ${i} and ${j} overlap`).toBe(false);
        }
      }
      const controls = await page.locator('.app-header button, .app-header select').evaluateAll((els) =>
        els.map((e) => e.getBoundingClientRect().right),
      );
      for (const right of controls) expect(right).toBeLessThanOrEqual(width);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(width);
      await page.screenshot({ path: path.join(SHOTS, `dashboard-${width}x${height}.png`) });
      await close();
    });
  }
});
