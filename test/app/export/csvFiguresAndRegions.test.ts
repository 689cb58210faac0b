import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { figuresCsvParts } from '../../../src/app/export/csvFigures';
import { regionTableRows } from '../../../src/app/export/csvRegions';
import { compileColumns } from '../../../src/app/state/columns';
import { DEFAULT_VIEW, useStore, type Store, type ViewState } from '../../../src/app/state/store';
import { sampleFiles, sampleIndex, sampleManifest } from '../fixtures';

function serve(files: Record<string, unknown>) {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const body = files[String(input).replace(/^\/data\//, '')];
    return body === undefined ? new Response('no', { status: 404 }) : new Response(JSON.stringify(body), { status: 200 });
  });
}

function stateWith(view: Partial<ViewState>, extra: Partial<Store> = {}): Store {
  return { ...useStore.getState(), view: { ...DEFAULT_VIEW, ...view }, ...extra };
}

const rowsOf = (parts: string[]) => Papa.parse<string[]>(parts.join('').slice(1), { skipEmptyLines: true }).data;

beforeEach(() => {
  serve(sampleFiles());
  useStore.setState({ data: { status: 'ready', manifest: sampleManifest(), columns: compileColumns(sampleIndex()) }, imported: null, layer: 'extracted' });
});
afterEach(() => vi.unstubAllGlobals());

describe('figuresCsvParts', () => {
  it('writes every figure of the listed articles, newest article first, with its title and evidence', async () => {
    const progress: number[] = [];
    const [header, ...rows] = rowsOf(await figuresCsvParts(stateWith({}), (done) => progress.push(done)));
    expect(header[0]).toBe('地区');
    expect(rows).toHaveLength(7);
    const col = (name: string) => header.indexOf(name);
    expect(rows.map((r) => r[col('文章编号')])).toEqual(['a4', 'a3', 'a3', 'a2', 'a2', 'a1', 'a6']);
    expect(rows[0][col('证据句')]).toContain('42');
    expect(rows[0][col('地区')]).toBe('全国');
    expect(progress.at(-1)).toBe(1);
  });

  it('keeps only the selected region’s figures and the brushed dates', async () => {
    const inner = rowsOf(await figuresCsvParts(stateWith({ selection: 150000, range: ['2022-01', '2022-12'] })));
    expect(inner.slice(1).map((r) => [r[0], r[3]])).toEqual([
      ['内蒙古', '15000'],
      ['内蒙古', '30'],
    ]);
    const city = rowsOf(await figuresCsvParts(stateWith({ selection: 150100 })));
    expect(city.slice(1).map((r) => [r[0], r[3]])).toEqual([['呼和浩特市', '120']]);
  });

  it('refuses a shard of another schema version, naming it', async () => {
    const files = sampleFiles();
    serve({ ...files, 'app/articles-0000.json': { ...(files['app/articles-0000.json'] as object), schemaVersion: 99 } });
    await expect(figuresCsvParts(stateWith({}))).rejects.toThrow(/articles-0000\.json: schema version 99/);
  });
});

describe('regionTableRows', () => {
  it('gives each region its articles and every metric, with the imported layer when shown', async () => {
    const rows = await regionTableRows(stateWith({}));
    const mongolia = rows.find((r) => r.adcode === 150000)!;
    expect(mongolia.name).toBe('内蒙古');
    expect(mongolia.totals.issues_found).toEqual({ value: 15127, approx: true, facts: 3 });
    expect(mongolia.totals.problem_clues?.value).toBe(30);
    const figures = [{ line: 2, province: '西藏', adcode: 540000, date: null, metric: 'issues_found' as const, value: 9, approx: false, source: '' }];
    const layered = await regionTableRows(stateWith({}, { imported: { fileName: 'x.csv', figures, problems: [], rows: 1 }, layer: 'both' }));
    expect(layered.find((r) => r.adcode === 540000)?.totals.issues_found?.value).toBe(9);
  });
});
