// Drive the dashboard the way a curious user would, without knowing its exact layout: hover and click across
// every chart (tooltips, selections), search, and open whatever the article list lets one open, so that
// every field of every article gets rendered somewhere.
import type { Locator, Page } from 'playwright-core';

/** Buttons that start downloads, imports or full-screen modes are not part of reading the data. */
const SKIP_CONTROLS = /export|import|present|fullscreen|download/i;

async function isHarmless(control: Locator): Promise<boolean> {
  const label = [await control.getAttribute('data-testid'), await control.getAttribute('aria-label'), await control.getAttribute('title')]
    .filter(Boolean)
    .join(' ');
  return !SKIP_CONTROLS.test(label);
}

/** Moves the mouse over a grid of points on each chart, clicking on some, so tooltips and selections render. */
export async function hoverCharts(page: Page, grid = 5): Promise<number> {
  const charts = page.locator('[_echarts_instance_]');
  const count = await charts.count();
  for (let c = 0; c < count; c += 1) {
    const box = await charts.nth(c).boundingBox();
    if (!box || box.width < 10 || box.height < 10) continue;
    for (let i = 1; i <= grid; i += 1) {
      for (let j = 1; j <= grid; j += 1) {
        const x = box.x + (box.width * i) / (grid + 1);
        const y = box.y + (box.height * j) / (grid + 1);
        await page.mouse.move(x, y);
        await page.waitForTimeout(30);
        if ((i + j) % 4 === 0) await page.mouse.click(x, y);
      }
    }
  }
  await page.mouse.move(0, 0);
  return count;
}

/** Types into the first search box, if the page has one; returns whether it did. */
export async function search(page: Page, query: string): Promise<boolean> {
  const box = page.locator('input[type="search"], [role="searchbox"], input[placeholder*="搜索"], input[placeholder*="earch"]').first();
  if ((await box.count()) === 0) return false;
  await box.fill(query);
  await box.press('Enter');
  await page.waitForTimeout(600);
  return true;
}

/** Clicks the buttons, disclosure widgets and summaries inside the article list (up to `limit`). */
export async function openArticleDetails(page: Page, listSelector = '#articles', limit = 30): Promise<number> {
  const controls = page.locator(`${listSelector} button, ${listSelector} summary, ${listSelector} [aria-expanded="false"]`);
  const count = Math.min(await controls.count(), limit);
  let clicked = 0;
  for (let i = 0; i < count; i += 1) {
    const control = controls.nth(i);
    if (!(await control.isVisible()) || !(await isHarmless(control))) continue;
    await control.click({ timeout: 2000 }).catch(() => undefined);
    clicked += 1;
  }
  await page.waitForTimeout(300);
  return clicked;
}
