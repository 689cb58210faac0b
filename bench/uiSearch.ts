// The first search on a cold page: types a query into the article list's search box and times it to the
// first filtered list and to the last part of the search text, with the bytes of search text fetched by then.
import type { Browser, Request } from 'playwright-core';
import { openDashboard } from './uiBrush';

export interface SearchTiming {
  query: string;
  /** Typing → the list shows its first matches. */
  firstResultsMs: number;
  /** Search-text bytes fetched before the first matches showed. */
  bytesBeforeFirstResults: number;
  /** Typing → every part of the search text searched. */
  allPartsMs: number;
  /** Search-text files and bytes fetched in all. */
  files: number;
  bytes: number;
}

const isSearchText = (url: string) => /\/data\/app\/text(-\d+)?\.json$/.test(url);

export async function measureSearch(browser: Browser, url: string, viewport: string, query = '内蒙古'): Promise<SearchTiming> {
  const { context, page } = await openDashboard(browser, url, viewport);
  try {
    const total = await page.locator('#articles').getAttribute('data-count');
    const fetched: { at: number; bytes: number }[] = [];
    page.on('requestfinished', (request: Request) => {
      if (!isSearchText(request.url())) return;
      const at = Date.now();
      void request.sizes().then((s) => fetched.push({ at, bytes: s.responseBodySize }));
    });
    const started = Date.now();
    await page.getByTestId('search').fill(query);
    await page.waitForFunction((n) => document.querySelector('#articles')?.getAttribute('data-count') !== n, total);
    const firstAt = Date.now();
    await page.waitForFunction(() => !document.querySelector('[data-testid=search-progress]'), undefined, { timeout: 120_000 });
    const doneAt = Date.now();
    await page.waitForTimeout(100);
    const sum = (xs: { bytes: number }[]) => xs.reduce((s, x) => s + x.bytes, 0);
    return {
      query,
      firstResultsMs: firstAt - started,
      bytesBeforeFirstResults: sum(fetched.filter((f) => f.at <= firstAt)),
      allPartsMs: doneAt - started,
      files: fetched.length,
      bytes: sum(fetched),
    };
  } finally {
    await context.close();
  }
}
