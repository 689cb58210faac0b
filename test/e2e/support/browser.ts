// Debian's Chromium driven through playwright-core, and a page that records everything a test may want
// to fail on: console errors, uncaught page errors, dialogs (alert/confirm/prompt), Content-Security-Policy
// violations and any request to a host other than the page's own (those are also aborted, so a test never
// reaches the network).
import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`no Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH)`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
  /** Requests to any origin but the page's own (data: and blob: URLs are not requests to a host). */
  foreignRequests: string[];
  /** Same-origin responses with status >= 400 and requests that failed. */
  failedRequests: string[];
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
  /** CSP violations reported by the page (securitypolicyviolation events). */
  cspViolations(): Promise<string[]>;
  close(): Promise<void>;
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** Console errors matching these are not counted (e.g. the 404 a broken-data test causes on purpose). */
  ignoreConsole?: RegExp[];
  /** Wait until this selector is attached before returning. */
  waitFor?: string;
  timeoutMs?: number;
  /** Ignore the page's Content-Security-Policy, to test what the app itself does without that second wall. */
  bypassCsp?: boolean;
}

/** The problems in a few lines: the first line of each message, at most 300 characters. */
export function summarize(problems: PageProblems): string {
  const short = (text: string) => text.split('\n')[0].slice(0, 300);
  return Object.entries(problems)
    .filter(([, list]) => list.length > 0)
    .map(([kind, list]: [string, string[]]) => `${kind}: ${list.map(short).join(' | ')}`)
    .join('\n') || 'none';
}

const NON_NETWORK_SCHEMES = new Set(['data:', 'blob:', 'about:']);

/** Listens for CSP violations from the first script on, before the app's own code runs. */
const RECORD_CSP_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' (' + (e.sample || '') + ')');
  });
`;

export async function openApp(browser: Browser, url: string, options: OpenOptions = {}): Promise<OpenedPage> {
  const origin = new URL(url).origin;
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
    bypassCSP: options.bypassCsp ?? false,
  });
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], dialogs: [], foreignRequests: [], failedRequests: [] };
  const ignored = (text: string) => (options.ignoreConsole ?? []).some((pattern) => pattern.test(text));

  await context.route(
    (requestUrl) => !NON_NETWORK_SCHEMES.has(requestUrl.protocol) && requestUrl.origin !== origin,
    async (route) => {
      problems.foreignRequests.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  await context.addInitScript({ content: RECORD_CSP_VIOLATIONS });

  const page = await context.newPage();
  page.setDefaultTimeout(options.timeoutMs ?? 20_000);
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // "Failed to load resource" says which resource only in its location.
    const where = message.location().url;
    const text = where && !message.text().includes(where) ? `${message.text()} (${where})` : message.text();
    if (!ignored(text)) problems.consoleErrors.push(text);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(`${error.name}: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('requestfailed', (request) => {
    const failedUrl = new URL(request.url());
    if (failedUrl.origin === origin) problems.failedRequests.push(`${request.url()} ${request.failure()?.errorText ?? ''}`);
  });
  page.on('response', (response) => {
    // Chromium asks for /favicon.ico by itself when a page declares no icon; that is not the app's request.
    const own = !response.url().endsWith('/favicon.ico');
    if (own && response.status() >= 400 && !ignored(response.url())) problems.failedRequests.push(`${response.url()} ${response.status()}`);
  });

  await page.goto(url, { waitUntil: 'load' });
  if (options.waitFor) {
    try {
      await page.locator(options.waitFor).first().waitFor({ state: 'attached' });
    } catch (error) {
      // Say what the page showed and what went wrong in it, not only that a selector never appeared.
      const shown = (await page.locator('body').innerText().catch(() => '')).slice(0, 500);
      throw new Error(`${options.waitFor} never appeared at ${url}\npage text: ${shown}\nproblems: ${summarize(problems)}`, {
        cause: error,
      });
    }
  }

  return {
    context,
    page,
    problems,
    cspViolations: () => page.evaluate(() => [...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])]),
    close: () => context.close(),
  };
}

/** The CSP a page declares in its <meta http-equiv> tag, or null. */
export async function declaredCsp(page: Page): Promise<string | null> {
  return page.evaluate(
    () => document.querySelector('meta[http-equiv="Content-Security-Policy" i]')?.getAttribute('content') ?? null,
  );
}

/** Parses "default-src 'self'; img-src data:" into { 'default-src': ["'self'"], 'img-src': ['data:'] }. */
export function parseCsp(policy: string): Record<string, string[]> {
  const directives: Record<string, string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives[name.toLowerCase()] = values;
  }
  return directives;
}

/** Waits until an ECharts instance has drawn something (a canvas with pixels, or SVG shapes). */
export async function waitForChartPaint(page: Page, timeoutMs = 20_000): Promise<void> {
  await page.waitForFunction(
    () => {
      for (const container of document.querySelectorAll('[_echarts_instance_]')) {
        if (container.querySelector('svg path')) return true;
        for (const canvas of container.querySelectorAll('canvas')) {
          const context = canvas.getContext('2d');
          if (!context || canvas.width === 0 || canvas.height === 0) continue;
          const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
          for (let i = 3; i < pixels.length; i += 4 * 97) if (pixels[i] !== 0) return true;
        }
      }
      return false;
    },
    undefined,
    { timeout: timeoutMs, polling: 100 },
  );
}
