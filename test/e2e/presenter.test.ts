// The presenter toolkit in real Chromium: slide images (PNG ≥ 1280 px wide with Chinese text, SVG with vector
// paths), the 16:9 dashboard image, CSV out with a BOM, CSV in with its report of unusable rows, the imported
// layer reaching the figures, and presentation mode (dark, stepping years, Esc leaves).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDefaultBuild, launchChromium, openApp, serveStatic, summarize, waitForChartPaint, type OpenedPage, type StaticServer } from './harness';

/** Where the downloaded files are kept, to be looked at after the run. */
const OUT = path.join(os.tmpdir(), 'xunshi-presenter-e2e');

let server: StaticServer;
let browser: Browser;
let opened: OpenedPage;
let page: Page;

beforeAll(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  server = await serveStatic(ensureDefaultBuild());
  browser = await launchChromium();
  opened = await openApp(browser, server.url, { waitFor: '#articles', viewport: { width: 1280, height: 800 } });
  page = opened.page;
  await waitForChartPaint(page);
  await page.locator('[data-testid="chart-bars-top"] canvas').first().waitFor();
});

afterAll(async () => {
  await opened?.close();
  await browser?.close();
  await server?.close();
});

/** Clicks a control and returns the bytes of the download it starts. */
async function download(testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId(testId).click()]);
  const target = path.join(OUT, file.suggestedFilename());
  await file.saveAs(target);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(target) };
}

/** The alpha of the PNG's top-left pixel, decoded by the browser. */
function cornerAlpha(bytes: Buffer): Promise<number> {
  return page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = 4;
    canvas.height = 4;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    return ctx.getImageData(1, 1, 1, 1).data[3];
  }, `data:image/png;base64,${bytes.toString('base64')}`);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('chart images', () => {
  it('export-png gives a slide PNG at least 1280 px wide, drawn with a CJK font', async () => {
    const { name, bytes } = await download('export-png');
    expect(name).toMatch(/\.png$/);
    const { width, height } = pngSize(bytes);
    expect(width).toBeGreaterThanOrEqual(1280);
    expect(width / height).toBeCloseTo(16 / 9, 2);
    expect(await page.evaluate(() => document.fonts.check('20px "Noto Sans CJK SC"', '巡视发现问题'))).toBe(true);
  });

  it('honours the chosen slide size, pixel ratio and background', async () => {
    await page.getByTestId('export-settings').click();
    await page.getByTestId('export-slide').selectOption('1920x1080');
    await page.getByTestId('export-ratio').selectOption('3');
    await page.getByTestId('export-settings').click();
    const big = (await download('export-png')).bytes;
    expect(pngSize(big)).toEqual({ width: 5760, height: 3240 });
    expect(await cornerAlpha(big)).toBe(255);
    await page.getByTestId('export-settings').click();
    await page.getByTestId('export-slide').selectOption('1280x720');
    await page.getByTestId('export-ratio').selectOption('2');
    await page.getByTestId('export-background').selectOption('transparent');
    await page.getByTestId('export-settings').click();
    expect(await cornerAlpha((await download('export-png')).bytes)).toBe(0);
    await page.getByTestId('export-settings').click();
    await page.getByTestId('export-background').selectOption('white');
    await page.getByTestId('export-settings').click();
  });

  it('export-svg gives a well-formed SVG with vector paths, the title, the filters line and the 示意图 note', async () => {
    const { name, bytes } = await download('export-svg');
    expect(name).toMatch(/\.svg$/);
    const svg = bytes.toString('utf8');
    expect((svg.match(/<path /g) ?? []).length).toBeGreaterThan(30);
    expect(svg).not.toContain('<image');
    for (const text of ['发现问题', '地区：', '来源：', '示意图']) expect(svg).toContain(text);
    const parseError = await page.evaluate((s) => new DOMParser().parseFromString(s, 'image/svg+xml').querySelector('parsererror')?.textContent ?? null, svg);
    expect(parseError).toBeNull();
  });

  it('copies the slide PNG to the clipboard where the browser allows it', async () => {
    await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
    await page.getByTestId('export-copy').click();
    await expect.poll(() => page.locator('.panel-map .export-status').innerText(), { timeout: 30_000 }).toBe('已复制');
    const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => item.types));
    expect(types).toContain('image/png');
  });

  it('exports the other panels too: the bars as a slide PNG', async () => {
    expect(pngSize((await download('export-png-bars')).bytes)).toEqual({ width: 2560, height: 1440 });
  });
});

describe('a province map', () => {
  it('exports the drilled map with its prefectures named, the province in the filters and the 示意图 note', async () => {
    const drilled = await openApp(browser, `${server.url}?drill=150000&region=150000`, { waitFor: '#articles' });
    try {
      await waitForChartPaint(drilled.page);
      await drilled.page.getByTestId('drill-name').waitFor();
      const [file] = await Promise.all([drilled.page.waitForEvent('download'), drilled.page.getByTestId('export-svg').click()]);
      const svg = fs.readFileSync(await file.path(), 'utf8');
      for (const text of ['内蒙古', '地区：内蒙古', '呼和浩特', '示意图']) expect(svg).toContain(text);
      expect(svg).not.toContain('全国（中央层面）');
      expect(summarize(drilled.problems)).toBe('none');
    } finally {
      await drilled.close();
    }
  });
});

describe('dashboard image', () => {
  it('export-dashboard gives a 16:9 PNG at least 1920 px wide', async () => {
    const { bytes } = await download('export-dashboard');
    const { width, height } = pngSize(bytes);
    expect(width).toBeGreaterThanOrEqual(1920);
    expect(width * 9).toBe(height * 16);
  });

  it('draws it at 3840×2160 when asked', async () => {
    await page.getByTestId('export-settings').click();
    await page.getByTestId('export-dashboard-size').selectOption('2');
    await page.getByTestId('export-settings').click();
    expect(pngSize((await download('export-dashboard')).bytes)).toEqual({ width: 3840, height: 2160 });
  });
});

describe('CSV out', () => {
  it('export-csv starts with a BOM and has a header and rows of figures with their evidence', async () => {
    const { bytes } = await download('export-csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toContain('证据句');
    expect(lines[0]).toContain('文章标题');
    expect(lines.length).toBeGreaterThan(1);
  });
});

describe('CSV in', () => {
  const csv = [
    'region,date,metric,value,source',
    '西藏自治区,2021-06,issues_found,4321,自治区巡视办',
    'Atlantis,2021,issues_found,5,x',
    '拉萨市,2021-07,问题线索,12,市委巡察办',
    '北京,2021,issues_found,many,x',
    '上海,2021,happiness,3,x',
  ].join('\n');

  it('lists exactly the three rows it cannot use, by line number', async () => {
    await page.getByTestId('import-csv').setInputFiles({ name: 'own-figures.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    const report = page.getByTestId('import-report');
    await report.waitFor();
    const lines = await report.locator('li[data-line]').evaluateAll((items) => items.map((li) => Number(li.getAttribute('data-line'))));
    expect(lines).toEqual([3, 5, 6]);
    await expect.poll(() => report.innerText()).toContain('own-figures.csv');
  });

  it('draws the imported figures with the extracted ones (the region table CSV has them)', async () => {
    expect(await page.getByTestId('layer').inputValue()).toBe('both');
    const { bytes } = await download('export-csv-regions');
    const tibet = bytes.toString('utf8').split('\r\n').find((l) => l.startsWith('西藏,'));
    expect(tibet).toBeDefined();
    expect(tibet).toContain('4321');
  });
});

describe('presentation mode', () => {
  it('goes dark, steps the years with the arrow keys and leaves on Esc', async () => {
    await page.getByTestId('present').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('presenting'))).toBe(true);
    const year = page.getByTestId('present-year');
    await expect.poll(async () => /^\d{4}$/.test(await year.innerText())).toBe(true);
    const first = Number(await year.innerText());
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Number(await year.innerText())).not.toBe(first);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => Number(await year.innerText())).toBe(first);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('presenting'))).toBe(false);
    await page.getByTestId('present').waitFor();
  });

  it('left no errors in the page', () => {
    expect(summarize(opened.problems)).toBe('none');
  });
});
