// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chartEvents, serveFixtures, WRONG_VERSION } from './harness';
import { App } from '../../../src/app/App';
import { usePaintGate } from '../../../src/app/components/AfterMap';
import { TIMELINE_GRID } from '../../../src/app/charts/timelineOption';
import { DEFAULT_VIEW, useStore } from '../../../src/app/state/store';
import { SCHEMA_VERSION } from '../../../src/core/contract';

function reset() {
  useStore.setState({ view: DEFAULT_VIEW, data: { status: 'loading' }, search: { status: 'idle' } });
  usePaintGate.setState({ mapPainted: true });
}

async function renderApp() {
  render(<App />);
  await screen.findByTestId('articles');
  await waitFor(() => expect(screen.getByTestId('articles').querySelectorAll('.article-row').length).toBeGreaterThan(0));
}

const titles = () => [...screen.getByTestId('articles').querySelectorAll('.article-title')].map((e) => e.textContent);

beforeEach(reset);
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('loading', () => {
  it('explains a missing data file', async () => {
    serveFixtures({ 'app/index.json': undefined });
    render(<App />);
    const panel = await screen.findByTestId('data-error');
    expect(panel.dataset.problem).toBe('missing');
    expect(panel.textContent).toContain('app/index.json');
  });

  it('explains a truncated file', async () => {
    serveFixtures({ 'manifest.json': '{"schemaVersion": 1, "gener' });
    render(<App />);
    expect((await screen.findByTestId('data-error')).dataset.problem).toBe('truncated');
  });

  it('explains a file of another schema version', async () => {
    serveFixtures({ 'manifest.json': WRONG_VERSION });
    render(<App />);
    const panel = await screen.findByTestId('data-error');
    expect(panel.dataset.problem).toBe('version');
    expect(panel.textContent).toContain(`schemaVersion ${SCHEMA_VERSION + 1}`);
  });
});

describe('dashboard', () => {
  beforeEach(() => {
    serveFixtures();
  });

  it('lists articles newest first, with figures, highlighted numbers and only http(s) links', async () => {
    await renderApp();
    expect(titles()[0]).toContain('a4');
    const list = screen.getByTestId('articles');
    const marks = [...list.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toContain('15000余个');
    const a2 = list.querySelector('[data-article-id=a2]')!;
    expect(a2.querySelector('a')?.getAttribute('href')).toBe('https://example.org/a2');
    const a3 = list.querySelector('[data-article-id=a3]')!;
    expect(a3.querySelector('a')).toBeNull();
  });

  it('a region click selects it and the list follows; clicking again or Esc clears', async () => {
    await renderApp();
    const table = screen.getByTestId('region-table');
    fireEvent.click(within(table).getByRole('button', { name: '内蒙古' }));
    await waitFor(() => expect(titles()).toHaveLength(3));
    expect(titles().every((t) => t?.includes('内蒙古'))).toBe(true);
    act(() => chartEvents.get('chart-map')!.click({ name: '内蒙古' }));
    await waitFor(() => expect(titles()).toHaveLength(6));
    act(() => chartEvents.get('chart-map')!.click({ name: '广东' }));
    await waitFor(() => expect(titles()).toHaveLength(2));
    fireEvent.keyDown(window, { key: 'Escape' });
    await waitFor(() => expect(titles()).toHaveLength(6));
  });

  it('selects 全国 from its tile', async () => {
    await renderApp();
    fireEvent.click(screen.getByTestId('national-tile'));
    await waitFor(() => expect(titles()).toHaveLength(1));
    expect(screen.getByTestId('national-tile').getAttribute('aria-pressed')).toBe('true');
  });

  it('a drag across the timeline sets the date range every view filters by', async () => {
    await renderApp();
    const months = screen.getByTestId('timeline').dataset.months!.split(',');
    const from = months.indexOf('2022-01');
    const to = months.indexOf('2022-12');
    // jsdom lays nothing out: the plot is given 10 px per month between the timeline's margins.
    const drag = screen.getByTestId('range-drag');
    const width = TIMELINE_GRID.left + TIMELINE_GRID.right + 10 * months.length;
    drag.getBoundingClientRect = () => ({ left: 0, top: 0, width, height: 200, right: width, bottom: 200, x: 0, y: 0, toJSON: () => ({}) });
    const x = (k: number) => TIMELINE_GRID.left + 10 * k + 5;
    fireEvent.pointerDown(drag, { clientX: x(to), button: 0, pointerId: 1 });
    fireEvent.pointerMove(drag, { clientX: x(from + 3), pointerId: 1 });
    expect(screen.queryByTestId('range-shade-drag')).not.toBeNull();
    fireEvent.pointerUp(drag, { clientX: x(from), pointerId: 1 });
    expect(screen.queryByTestId('range-shade-drag')).toBeNull();
    await waitFor(() => expect(titles()).toHaveLength(2));
    expect(useStore.getState().view.range).toEqual(['2022-01', '2022-12']);
    expect(screen.getByTestId('range').textContent).toContain('2022-01');
    // The chosen range is shaded over the timeline: 12 of its months, from January 2022.
    const shade = screen.getByTestId('range-shade-range');
    expect(shade.style.left).toContain(String(from / months.length));
    expect(shade.style.width).toContain(String(12 / months.length));
  });

  it('a press on the timeline without a drag picks no range', async () => {
    await renderApp();
    const drag = screen.getByTestId('range-drag');
    fireEvent.pointerDown(drag, { clientX: 100, button: 0, pointerId: 1 });
    fireEvent.pointerUp(drag, { clientX: 102, pointerId: 1 });
    expect(useStore.getState().view.range).toBeNull();
  });

  it('drills into a province and back', async () => {
    await renderApp();
    act(() => chartEvents.get('chart-map')!.dblclick({ name: '内蒙古' }));
    expect(await screen.findByTestId('drill-name')).toHaveProperty('textContent', '内蒙古');
    await waitFor(() => expect(within(screen.getByTestId('region-table')).getByRole('button', { name: '呼和浩特市' })).toBeTruthy());
    fireEvent.click(screen.getByTestId('drill-up'));
    await waitFor(() => expect(screen.queryByTestId('drill-name')).toBeNull());
    expect(useStore.getState().view.selection).toBe(150000);
  });

  it('searches titles and evidence once the search text has loaded', async () => {
    await renderApp();
    fireEvent.change(screen.getByTestId('search'), { target: { value: '15000余' } });
    await waitFor(() => expect(titles()).toHaveLength(1));
    expect(titles()[0]).toContain('a2');
  });

  it('switches every label to English', async () => {
    await renderApp();
    fireEvent.click(screen.getByTestId('lang'));
    expect(await screen.findByText('Xunshi Atlas')).toBeTruthy();
    expect(within(screen.getByTestId('region-table')).getByRole('button', { name: 'Inner Mongolia' })).toBeTruthy();
    expect(screen.getByTestId('national-tile').textContent).toContain('National');
  });

  it('sorts the region table by a column', async () => {
    await renderApp();
    const firstRow = () => screen.getByTestId('region-table').querySelector('tbody tr')!.getAttribute('data-adcode');
    expect(firstRow()).toBe('150000');
    fireEvent.click(screen.getByTestId('sort-value'));
    expect(firstRow()).not.toBe('150000');
  });
});

describe('before the index arrives', () => {
  it('draws the map and the 全国 tile from the summary, and the list once the index is in', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    const { sampleFiles } = await import('../fixtures');
    const index = sampleFiles()['app/index.json'];
    serveFixtures({ 'app/index.json': () => new Response(JSON.stringify(index)) });
    const fetchMock = globalThis.fetch as unknown as { getMockImplementation(): (u: string) => Promise<Response> };
    const serve = fetchMock.getMockImplementation();
    vi.stubGlobal('fetch', async (u: string) => (String(u).endsWith('app/index.json') ? held.then(() => serve(u)) : serve(u)));
    render(<App />);
    await waitFor(() => expect(screen.getByTestId('chart-map')).toBeTruthy());
    expect(screen.getByTestId('national-tile').textContent).toContain('个数字');
    expect(screen.queryByTestId('articles')).toBeNull();
    release();
    await screen.findByTestId('articles');
  });
});

describe('search text in parts', () => {
  it('searches the parts as they arrive, saying how far it is, and finds the rest when the last arrives', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    const { sampleFiles } = await import('../fixtures');
    const files = sampleFiles();
    const all = (files['app/text-0000.json'] as { text: string[] }).text;
    const index = { ...(files['app/index.json'] as object), textShards: ['app/t0.json', 'app/t1.json'], textShardSize: 3 };
    const part = (start: number) => ({ schemaVersion: SCHEMA_VERSION, start, text: all.slice(start, start + 3) });
    serveFixtures({ 'app/index.json': index, 'app/t0.json': part(0), 'app/t1.json': () => held.then(() => new Response(JSON.stringify(part(3)))) });
    await renderApp();
    fireEvent.change(screen.getByTestId('search'), { target: { value: '巡察情况通报' } });
    await waitFor(() => expect(titles()).toHaveLength(3));
    expect(screen.getByTestId('search-progress').textContent).toContain('1/2');
    release();
    await waitFor(() => expect(titles()).toHaveLength(6));
    expect(screen.queryByTestId('search-progress')).toBeNull();
  });

  it('searches a data dir written before the text was sharded (one text file)', async () => {
    const { sampleFiles } = await import('../fixtures');
    const files = sampleFiles();
    const all = (files['app/text-0000.json'] as { text: string[] }).text;
    const { textShards: _shards, textShardSize: _size, ...older } = files['app/index.json'] as Record<string, unknown>;
    serveFixtures({ 'app/index.json': { ...older, text: 'app/text.json' }, 'app/text.json': { schemaVersion: SCHEMA_VERSION, text: all }, 'app/text-0000.json': undefined });
    await renderApp();
    fireEvent.change(screen.getByTestId('search'), { target: { value: '15000余' } });
    await waitFor(() => expect(titles()).toHaveLength(1));
  });

  it('says it is still searching, not that nothing matches, while the parts to come may hold matches', async () => {
    const { sampleFiles } = await import('../fixtures');
    const files = sampleFiles();
    const all = (files['app/text-0000.json'] as { text: string[] }).text;
    const index = { ...(files['app/index.json'] as object), textShards: ['app/t0.json', 'app/t1.json'], textShardSize: 3 };
    serveFixtures({ 'app/index.json': index, 'app/t0.json': { schemaVersion: SCHEMA_VERSION, start: 0, text: all.slice(0, 3) }, 'app/t1.json': () => new Promise<Response>(() => {}) });
    await renderApp();
    fireEvent.change(screen.getByTestId('search'), { target: { value: '15000余' } });
    await waitFor(() => expect(screen.getByTestId('articles').textContent).toContain('1/2'));
    expect(titles()).toHaveLength(0);
  });
});

describe('a data dir without the summary', () => {
  it('still loads, from the index alone', async () => {
    serveFixtures({ 'app/summary.json': undefined });
    await renderApp();
    expect(titles()).toHaveLength(6);
  });
});

describe('a summary left over from an earlier ingest', () => {
  it('is ignored: the page explains it is loading until the index arrives, then shows the index’s figures', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    const { sampleFiles } = await import('../fixtures');
    const stale = { ...(sampleFiles()['app/summary.json'] as object), count: 99 };
    serveFixtures({ 'app/summary.json': stale });
    const fetchMock = globalThis.fetch as unknown as { getMockImplementation(): (u: string) => Promise<Response> };
    const serve = fetchMock.getMockImplementation();
    vi.stubGlobal('fetch', async (u: string) => (String(u).endsWith('app/index.json') ? held.then(() => serve(u)) : serve(u)));
    render(<App />);
    expect((await screen.findByTestId('data-loading')).textContent).not.toBe('');
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByTestId('chart-map')).toBeNull();
    release();
    await waitFor(() => expect(titles()).toHaveLength(6));
  });
});

describe('a manifest that does not list the summary', () => {
  it('never asks for it', async () => {
    const { sampleManifest } = await import('../fixtures');
    const manifest = sampleManifest();
    delete manifest.files['app/summary'];
    const fetchMock = serveFixtures({ 'manifest.json': manifest });
    await renderApp();
    expect(fetchMock.mock.calls.map((c) => String(c[0]))).not.toContain('/data/app/summary.json');
  });
});

describe('play', () => {
  it('steps the date range through the years, then stops', async () => {
    serveFixtures();
    await renderApp();
    vi.useFakeTimers();
    try {
      fireEvent.click(screen.getByTestId('play'));
      expect(useStore.getState().view.range).toEqual(['2021-01', '2021-12']);
      act(() => vi.advanceTimersByTime(1500));
      expect(useStore.getState().view.range).toEqual(['2022-01', '2022-12']);
      act(() => vi.advanceTimersByTime(1500));
      expect(useStore.getState().view.range).toEqual(['2023-01', '2023-12']);
      act(() => vi.advanceTimersByTime(1500));
      expect(screen.getByTestId('play').getAttribute('aria-pressed')).toBe('false');
    } finally {
      vi.useRealTimers();
    }
  });
});
