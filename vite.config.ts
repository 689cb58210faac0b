/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import fs from 'node:fs';
import path from 'node:path';

// The data dir the dashboard reads (what `npm run ingest` wrote), chosen at build time: XUNSHI_DATA=<dir>.
// It and the map geometry are served under /data/ and /geo/ in dev and copied into dist/ at build, so the
// app fetches them at run time from its own origin and the same app serves any corpus.
const DATA_DIR = path.resolve(process.env.XUNSHI_DATA ?? 'data');
const GEO_DIR = path.resolve('geo/echarts-4.9.0');
const STATIC_DIRS: Record<string, string> = { data: DATA_DIR, geo: GEO_DIR };

function servedDataDirs(): Plugin {
  let outDir = 'dist';
  let building = false;
  return {
    name: 'xunshi-data-dirs',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      building = config.command === 'build';
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = decodeURIComponent((req.url ?? '').split('?')[0]);
        const [, mount, ...rest] = url.split('/');
        const root = STATIC_DIRS[mount];
        const file = root && path.resolve(root, rest.join('/'));
        if (!file || !file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return next();
        res.setHeader('Content-Type', file.endsWith('.json') ? 'application/json' : 'application/octet-stream');
        fs.createReadStream(file).pipe(res);
      });
    },
    closeBundle() {
      if (!building) return;
      for (const [mount, dir] of Object.entries(STATIC_DIRS)) {
        if (fs.existsSync(dir)) fs.cpSync(dir, path.join(outDir, mount), { recursive: true, filter: (f) => !f.endsWith('.md') });
      }
    },
  };
}

// Content-Security-Policy of the built app, as a <meta> tag placed before any script: no inline or foreign
// script, no plugins or frames, no request to any host but the page's own (article text is data, never code).
// Inline styles stay allowed because ECharts and React set element styles. Only for builds: the dev server
// injects an inline script of its own (React refresh).
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'xunshi-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), servedDataDirs()],
  test: {
    globals: true,
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
});
