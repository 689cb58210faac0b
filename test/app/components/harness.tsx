// Component-test set-up: ECharts' React wrapper replaced by a div (jsdom has no canvas) that records its
// option and lets a test fire chart events; fetch served from the fixture files and geo/.
import fs from 'node:fs';
import path from 'node:path';
import { vi } from 'vitest';
import { SCHEMA_VERSION } from '../../../src/core/contract';
import { sampleFiles, sampleManifest } from '../fixtures';

export const chartEvents = new Map<string, Record<string, (p: unknown) => void>>();

vi.mock('echarts-for-react/esm/core', async () => {
  const React = await import('react');
  return {
    default: function FakeChart(props: { option: unknown; onEvents?: Record<string, (p: unknown) => void> }) {
      const ref = React.useRef<HTMLDivElement>(null);
      React.useEffect(() => {
        const id = ref.current?.parentElement?.getAttribute('data-testid') ?? '';
        chartEvents.set(id, props.onEvents ?? {});
      });
      return React.createElement('div', { ref, 'data-fake-chart': true, 'data-series': JSON.stringify((props.option as { series?: { type: string }[] }).series?.map((s) => s.type)) });
    },
  };
});

const GEO = path.resolve(import.meta.dirname, '../../../geo/echarts-4.9.0');

export function serveFixtures(overrides: Record<string, unknown | ((url: string) => Response)> = {}) {
  const files: Record<string, unknown> = { 'manifest.json': sampleManifest(), ...sampleFiles(), ...overrides };
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = String(input);
    if (url.startsWith('/geo/')) return new Response(fs.readFileSync(path.join(GEO, url.slice(5)), 'utf8'), { status: 200 });
    const rel = url.replace(/^\/data\//, '');
    const body = files[rel];
    if (typeof body === 'function') return (body as (u: string) => Response)(url);
    if (body === undefined) return new Response('not found', { status: 404 });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status: 200 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export const WRONG_VERSION = { ...sampleManifest(), schemaVersion: SCHEMA_VERSION + 1 };

// jsdom lays nothing out: give elements a size so the virtualised list renders rows.
Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 800 });
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 600 });
