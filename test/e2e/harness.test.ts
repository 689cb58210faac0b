// The harness itself: what the static server answers (the broken-data test depends on a missing data file
// being a 404, not the page), the CSP parser, and the payload planting of the security test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isBuildFresh, mimeTypeOf, parseCsp, serveStatic, type StaticServer } from './harness';
import { markupPayload, plantPayloads, scriptUrl } from './support/payloads';

let root: string;
let server: StaticServer;
/** A file beside the served folder that a path-traversal request would reach. */
const OUTSIDE = path.join(os.tmpdir(), 'xunshi-harness-secret.txt');

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'xunshi-harness-'));
  fs.mkdirSync(path.join(root, 'data'));
  fs.mkdirSync(path.join(root, 'assets'));
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>app</title>');
  fs.writeFileSync(path.join(root, 'data', 'manifest.json'), '{"schemaVersion":1}');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'export {};');
  fs.writeFileSync(OUTSIDE, 'outside');
  server = await serveStatic(root);
});

afterAll(async () => {
  await server?.close();
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(OUTSIDE, { force: true });
});

async function get(urlPath: string): Promise<{ status: number; type: string | null; body: string }> {
  const response = await fetch(server.origin + urlPath);
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
}

describe('static server', () => {
  it('serves files with their MIME types', async () => {
    expect(await get('/data/manifest.json')).toMatchObject({ status: 200, type: 'application/json; charset=utf-8' });
    expect(await get('/assets/app.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect(await get('/')).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
  });

  it('falls back to index.html for page routes only; a missing file is a 404', async () => {
    expect((await get('/province/150000')).body).toContain('<title>app</title>');
    expect((await get('/data/regions.json')).status).toBe(404);
    expect((await get('/assets/missing.js')).status).toBe(404);
  });

  it('never serves a file outside its folder', async () => {
    // URL parsing removes plain ../ segments; an encoded slash survives it and must be refused.
    const escaped = await get('/..%2Fxunshi-harness-secret.txt');
    expect(escaped.status).toBe(403);
    expect(escaped.body).not.toContain('outside');
  });

  it('answers an overridden path with the override until it is cleared', async () => {
    server.override('/data/manifest.json', { status: 200, body: '{"schemaVersion":' });
    expect((await get('/data/manifest.json')).body).toBe('{"schemaVersion":');
    server.override('/data/manifest.json', undefined);
    expect((await get('/data/manifest.json')).body).toBe('{"schemaVersion":1}');
    expect(server.requested).toContain('/data/manifest.json');
  });

  it('knows the MIME types of the built app', () => {
    expect(mimeTypeOf('a/b.woff2')).toBe('font/woff2');
    expect(mimeTypeOf('x.SVG')).toBe('image/svg+xml');
    expect(mimeTypeOf('x.unknown')).toBe('application/octet-stream');
  });
});

describe('build freshness', () => {
  it('calls a folder without index.html stale', () => {
    expect(isBuildFresh(path.join(root, 'data'))).toBe(false);
  });
});

describe('parseCsp', () => {
  it('splits a policy into directives and their sources', () => {
    expect(parseCsp("default-src 'self'; img-src 'self' data: blob: ;object-src 'none'")).toEqual({
      'default-src': ["'self'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'object-src': ["'none'"],
    });
  });
});

describe('plantPayloads', () => {
  it('puts payloads in text fields, a script URL in every article and keeps evidence offsets right', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xunshi-plant-'));
    const article = { id: 'a1', title: '标题', topic: true, provinces: ['内蒙古'] };
    const fact = { id: 'f1', province: '内蒙古', evidence: { sentence: '发现问题12个。', start: 4, end: 7 } };
    fs.mkdirSync(path.join(dir, 'app'));
    fs.writeFileSync(path.join(dir, 'app', 'shard.json'), JSON.stringify({ articles: [article], facts: [[fact]] }));
    try {
      expect(plantPayloads(dir)).toBe(1);
      const planted = JSON.parse(fs.readFileSync(path.join(dir, 'app', 'shard.json'), 'utf8'));
      expect(planted.articles[0].title).toBe(`${markupPayload('planted-title')}标题`);
      expect(planted.articles[0].url).toBe(scriptUrl('planted-url'));
      expect(planted.articles[0].provinces).toEqual(['内蒙古']);
      const evidence = planted.facts[0][0].evidence;
      expect(evidence.sentence.slice(evidence.start, evidence.end)).toBe('12个');
      expect(planted.facts[0][0].province).toBe('内蒙古');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
