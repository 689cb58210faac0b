// The built dashboard declares its Content-Security-Policy and works under it: the map paints, nothing is
// blocked, and no request goes to any host but the page's own (offline and intranet ready).
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  declaredCsp,
  ensureDefaultBuild,
  launchChromium,
  openApp,
  parseCsp,
  serveStatic,
  waitForChartPaint,
  type StaticServer,
} from './harness';

/** What the policy must say (each directive's sources, as a set). */
const REQUIRED_POLICY: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'connect-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'base-uri': ["'none'"],
};

let dist: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  dist = ensureDefaultBuild();
  server = await serveStatic(dist);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Content-Security-Policy of the built page', () => {
  it('is declared in index.html before any script, with the required directives', () => {
    const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
    const metaAt = html.search(/<meta[^>]+http-equiv=["']?Content-Security-Policy/i);
    const firstScriptAt = html.search(/<script/i);
    expect(metaAt).toBeGreaterThan(-1);
    expect(firstScriptAt === -1 || metaAt < firstScriptAt).toBe(true);
  });

  it('forbids inline script, plugins, frames, <base> and other hosts', async () => {
    const opened = await openApp(browser, server.url);
    try {
      const policy = await declaredCsp(opened.page);
      expect(policy).not.toBeNull();
      const directives = parseCsp(policy ?? '');
      for (const [name, sources] of Object.entries(REQUIRED_POLICY)) {
        expect(new Set(directives[name]), name).toEqual(new Set(sources));
      }
      const styleSources = directives['style-src'] ?? directives['default-src'];
      expect(styleSources.filter((s) => !["'self'", "'unsafe-inline'"].includes(s)), 'style-src extra sources').toEqual([]);
      const scriptSources = directives['script-src'];
      expect(scriptSources).not.toContain("'unsafe-inline'");
      expect(scriptSources).not.toContain("'unsafe-eval'");
    } finally {
      await opened.close();
    }
  });

  it('has no inline script and loads nothing from another host in index.html', () => {
    const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
    const inlineScripts = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[0]);
    expect(inlineScripts).toEqual([]);
    const foreignUrls = [...html.matchAll(/\b(?:src|href)=["']?((?:https?:)?\/\/[^"'\s>]+)/gi)].map((m) => m[1]);
    expect(foreignUrls).toEqual([]);
  });
});

describe('the bundled dashboard under its CSP', () => {
  it('paints the map with no error, no blocked resource and no request to another host', async () => {
    const opened = await openApp(browser, server.url, { waitFor: '#articles' });
    try {
      await waitForChartPaint(opened.page);
      await opened.page.waitForTimeout(1000);
      expect(await opened.cspViolations(), 'CSP violations').toEqual([]);
      expect(opened.problems.consoleErrors, 'console errors').toEqual([]);
      expect(opened.problems.pageErrors, 'uncaught errors').toEqual([]);
      expect(opened.problems.foreignRequests, 'requests to other hosts').toEqual([]);
      expect(opened.problems.failedRequests, 'failed requests').toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
