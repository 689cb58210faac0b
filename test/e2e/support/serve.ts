// A tiny static server for a built app: files from one folder on 127.0.0.1, correct MIME types, and the
// single-page fallback to index.html for page routes (never for missing files such as data/*.json, which
// must stay 404 so that the app can say a file is missing). Tests may override single paths with their own
// responses (a truncated or missing data file) without copying the build.
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export function mimeTypeOf(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** A response that replaces whatever the folder holds at one URL path. */
export interface Override {
  status: number;
  body: string | Buffer;
  contentType?: string;
}

export interface StaticServer {
  /** Origin and base of the app, e.g. http://127.0.0.1:41234/ */
  url: string;
  origin: string;
  /** URL paths requested so far, in order. */
  requested: string[];
  /** Replace (or clear, with undefined) the response for one URL path such as /data/manifest.json. */
  override(urlPath: string, response: Override | undefined): void;
  close(): Promise<void>;
}

/** A page route (no file extension, or .html) falls back to index.html; a missing asset is a 404. */
function isPageRoute(urlPath: string): boolean {
  const ext = path.extname(urlPath);
  return ext === '' || ext === '.html';
}

async function readIfFile(filePath: string): Promise<Buffer | null> {
  try {
    const stat = await fs.stat(filePath);
    return stat.isFile() ? await fs.readFile(filePath) : null;
  } catch {
    return null;
  }
}

export async function serveStatic(rootDir: string): Promise<StaticServer> {
  const root = path.resolve(rootDir);
  const overrides = new Map<string, Override>();
  const requested: string[] = [];

  async function respond(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    requested.push(urlPath);
    const send = (status: number, body: string | Buffer, contentType: string) => {
      res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };

    const override = overrides.get(urlPath);
    if (override) return send(override.status, override.body, override.contentType ?? mimeTypeOf(urlPath));

    const filePath = path.resolve(root, '.' + urlPath);
    if (filePath !== root && !filePath.startsWith(root + path.sep)) return send(403, 'forbidden', 'text/plain');
    const target = urlPath.endsWith('/') ? path.join(filePath, 'index.html') : filePath;
    const body = await readIfFile(target);
    if (body) return send(200, body, mimeTypeOf(target));
    if (isPageRoute(urlPath)) {
      const index = await readIfFile(path.join(root, 'index.html'));
      if (index) return send(200, index, MIME_TYPES['.html']);
    }
    send(404, `not found: ${urlPath}`, 'text/plain; charset=utf-8');
  }

  const server = http.createServer((req, res) => {
    respond(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/`,
    origin,
    requested,
    override(urlPath, response) {
      if (response) overrides.set(urlPath, response);
      else overrides.delete(urlPath);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
