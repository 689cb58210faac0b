// Brushes one year on the dashboard's timeline with the real mouse and times it: from releasing the button
// to the frame after the article list changed. Shared by bench/ui.ts and the end-to-end tests.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { TIMELINE_GRID } from '../src/app/charts/timelineOption';

/** Screen x of the middle of each month's category on the timeline, and the months themselves. */
export async function timelineMonths(page: Page): Promise<{ months: string[]; x: (k: number) => number; y: number }> {
  const box = page.locator('[data-testid=timeline]');
  await box.waitFor({ state: 'visible' });
  await page.locator('[data-testid=chart-timeline] canvas').first().waitFor();
  const months = ((await box.getAttribute('data-months')) ?? '').split(',').filter(Boolean);
  const rect = (await box.boundingBox())!;
  const plotWidth = rect.width - TIMELINE_GRID.left - TIMELINE_GRID.right;
  const step = plotWidth / months.length;
  return {
    months,
    x: (k: number) => rect.x + TIMELINE_GRID.left + (k + 0.5) * step,
    y: rect.y + TIMELINE_GRID.top + (rect.height - TIMELINE_GRID.top - TIMELINE_GRID.bottom) / 2,
  };
}

/** Arms two timers in the page: pointer release → list changed (+1 frame), → region table changed (+2 frames). */
const ARM_BRUSH_TIMERS = `(() => {
  const state = { up: 0 };
  window.__brush = state;
  window.addEventListener('pointerup', () => { state.up = performance.now(); }, { capture: true, once: true });
  function after(selector, frames) {
    return new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        observer.disconnect();
        (function wait(n) {
          if (n === 0) setTimeout(() => resolve(performance.now() - state.up), 0);
          else requestAnimationFrame(() => wait(n - 1));
        })(frames);
      });
      observer.observe(document.querySelector(selector), { childList: true, subtree: true, attributes: true, characterData: true });
    });
  }
  state.list = after('#articles', 1);
  state.all = after('[data-testid=region-table]', 2);
})()`;

export interface BrushTiming {
  year: string;
  /** Button released → the frame after the article list changed. */
  ms: number;
  /** Button released → two frames after the region table (rendered with the charts) changed: the charts
   *  draw their new options on ECharts' next frame, so by then every view shows the range. */
  allViewsMs: number;
}

/** Drags across the months of `year` (default: the middle year) and times the list and every view. */
export async function brushYear(page: Page, year?: string): Promise<BrushTiming> {
  const { months, x, y } = await timelineMonths(page);
  const years = [...new Set(months.map((m) => m.slice(0, 4)))];
  const chosen = year ?? years[Math.floor(years.length / 2)];
  const first = months.findIndex((m) => m.startsWith(chosen));
  const last = months.length - 1 - [...months].reverse().findIndex((m) => m.startsWith(chosen));
  // A string, not a function: the page must not depend on helpers the TypeScript runner adds to functions.
  await page.evaluate(ARM_BRUSH_TIMERS);
  await page.mouse.move(x(first) - 2, y);
  await page.mouse.down();
  await page.mouse.move(x(last) + 2, y, { steps: 8 });
  await page.mouse.up();
  const [ms, allViewsMs] = (await page.evaluate('Promise.all([window.__brush.list, window.__brush.all])')) as [number, number];
  return { ms, allViewsMs, year: chosen };
}

/** A cold page of the dashboard in its own browser context, loaded until the article list and region table show. */
export async function openDashboard(browser: Browser, url: string, viewport: string): Promise<{ context: BrowserContext; page: Page }> {
  const [width, height] = viewport.split('x').map(Number);
  const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.locator('#articles').waitFor();
  await page.locator('[data-testid=region-table]').waitFor();
  return { context, page };
}

export async function measureBrush(browser: Browser, url: string, viewport: string): Promise<BrushTiming> {
  const { context, page } = await openDashboard(browser, url, viewport);
  try {
    await page.locator('[data-testid=chart-map] canvas').first().waitFor();
    await page.waitForTimeout(500);
    return await brushYear(page);
  } finally {
    await context.close();
  }
}
