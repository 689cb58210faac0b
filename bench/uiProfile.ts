// Where the time of one brush goes: builds the app unminified for a data dir, brushes a year the way
// bench/uiBrush.ts does, and prints (1) the brush timings, (2) the main thread's time between release and
// the last view's update by trace category (script, style/layout, paint, GC …), (3) the functions with the
// most self and total time in a CPU profile of the same interval.
//   npx tsx bench/uiProfile.ts --data /tmp/xunshi-bench-ui/data-100000-synth [--viewport 1280x800]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import type { CDPSession } from 'playwright-core';
import { REPO_ROOT } from '../test/e2e/support/build';
import { serveStatic } from '../test/e2e/support/serve';
import { launchChromium } from '../test/e2e/support/browser';
import { brushYear } from './uiBrush';

/** The handler the release of the button runs (RangeDrag.tsx): where the profile's interval starts. */
const START_FRAME = 'onPointerUp';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  cat: string;
}

function buildUnminified(dataDir: string, outDir: string): void {
  const viteBin = path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const r = spawnSync(process.execPath, [viteBin, 'build', '--outDir', outDir, '--emptyOutDir', '--minify', 'false', '--logLevel', 'warn'], {
    cwd: REPO_ROOT,
    env: { ...process.env, XUNSHI_DATA: dataDir },
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('build failed');
}

const frameName = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

/**
 * Self and total (inclusive, counted once per sample) milliseconds per function, over the samples from the
 * first one inside `startFrame` (the button's release), skipping `skipMs`, up to `windowMs`.
 */
function summariseProfile(p: Profile, top: number, startFrame: string, windowMs: number, skipMs = 0): { self: [string, number][]; total: [string, number][] } {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stackHas = (id: number, name: string) => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) if (byId.get(at)!.callFrame.functionName === name) return true;
    return false;
  };
  const times: number[] = [];
  p.timeDeltas.reduce((t, d, k) => (times[k] = t + d), p.startTime);
  const first = p.samples.findIndex((id) => stackHas(id, startFrame));
  const from = times[Math.max(0, first)];
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  p.samples.forEach((id, k) => {
    if (times[k] < from + skipMs * 1000 || times[k] > from + windowMs * 1000) return;
    const ms = (p.timeDeltas[k + 1] ?? 0) / 1000;
    const leaf = byId.get(id)!;
    self.set(frameName(leaf), (self.get(frameName(leaf)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = frameName(byId.get(at)!);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + ms);
    }
  });
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => [k, Number(v.toFixed(1))] as [string, number]);
  return { self: sorted(self), total: sorted(total) };
}

/**
 * ECharts' frames after the release, one per chart: each chart's zrender loop runs a `step` per animation
 * frame, so a run of consecutive samples inside `step` is one chart's update and paint, named by the series
 * view it rendered (MapView, LineView → timeline, BarView → a bar chart).
 */
function chartSteps(p: Profile, startFrame: string, windowMs: number): string[] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const names = (id: number) => {
    const out: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) out.push(byId.get(at)!.callFrame.functionName);
    return out;
  };
  const times: number[] = [];
  p.timeDeltas.reduce((t, d, k) => (times[k] = t + d), p.startTime);
  const first = p.samples.findIndex((id) => names(id).includes(startFrame));
  const runs: { from: number; ms: number; views: Set<string> }[] = [];
  let current: (typeof runs)[number] | null = null;
  for (let k = Math.max(0, first); k < p.samples.length && times[k] <= times[first] + windowMs * 1000; k++) {
    const stack = names(p.samples[k]);
    if (!stack.includes('step')) {
      current = null;
      continue;
    }
    if (!current) runs.push((current = { from: (times[k] - times[first]) / 1000, ms: 0, views: new Set() }));
    current.ms += (p.timeDeltas[k + 1] ?? 0) / 1000;
    for (const f of stack) if (/^(MapView|LineView|BarView|CanvasPainter)\.(render|refresh)$/.test(f)) current.views.add(f.split('.')[0]);
  }
  return runs.filter((r) => r.ms >= 1).map((r) => `+${r.from.toFixed(0)} ms  ${r.ms.toFixed(1)} ms  ${[...r.views].join(' ')}`);
}

/** Top-level main-thread tasks' time by trace event name, between two timestamps (µs). */
function summariseTrace(events: TraceEvent[], from: number, to: number): Record<string, number> {
  const main = events.find((e) => e.name === 'thread_name' && (e as unknown as { args: { name: string } }).args.name === 'CrRendererMain')?.tid;
  const out: Record<string, number> = {};
  const wanted = ['FunctionCall', 'EventDispatch', 'TimerFire', 'FireAnimationFrame', 'v8.callFunction', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'ParseHTML', 'RunMicrotasks', 'RunTask'];
  for (const e of events) {
    if (e.ph !== 'X' || e.tid !== main || e.ts < from || e.ts > to || !wanted.includes(e.name)) continue;
    out[e.name] = Number(((out[e.name] ?? 0) + (e.dur ?? 0) / 1000).toFixed(1));
  }
  return out;
}

/** The main thread's tasks of 2 ms or more in the interval: start (ms after `from`), duration, what ran. */
function taskList(events: TraceEvent[], from: number, to: number): string[] {
  const main = events.find((e) => e.name === 'thread_name' && (e as unknown as { args: { name: string } }).args.name === 'CrRendererMain')?.tid;
  const inMain = events.filter((e) => e.ph === 'X' && e.tid === main && e.ts >= from && e.ts <= to);
  return inMain
    .filter((e) => e.name === 'RunTask' && (e.dur ?? 0) >= 2000)
    .map((task) => {
      const end = task.ts + (task.dur ?? 0);
      const kids = inMain.filter((e) => e !== task && e.ts >= task.ts && e.ts < end && (e.dur ?? 0) >= 1000 && e.name !== 'RunTask');
      const parts = kids.map((k) => `${k.name}${(k as unknown as { args?: { data?: { type?: string } } }).args?.data?.type ? `(${(k as unknown as { args: { data: { type: string } } }).args.data.type})` : ''} ${((k.dur ?? 0) / 1000).toFixed(1)}`);
      return `+${((task.ts - from) / 1000).toFixed(1)} ms  ${((task.dur ?? 0) / 1000).toFixed(1)} ms: ${parts.slice(0, 8).join(', ')}`;
    });
}

async function main() {
  const { values } = parseArgs({ options: { data: { type: 'string' }, viewport: { type: 'string', default: '1280x800' }, top: { type: 'string', default: '25' }, match: { type: 'string' }, window: { type: 'string' } } });
  if (!values.data) throw new Error('usage: tsx bench/uiProfile.ts --data DIR');
  const outDir = path.join(os.tmpdir(), 'xunshi-bench-ui', `profile-${path.basename(values.data)}`);
  buildUnminified(path.resolve(values.data), outDir);
  const browser = await launchChromium();
  const server = await serveStatic(outDir);
  const [width, height] = values.viewport!.split('x').map(Number);
  try {
    const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(server.url, { waitUntil: 'load' });
    await page.locator('#articles').waitFor();
    await page.locator('[data-testid=chart-map] canvas').first().waitFor();
    await page.locator('[data-testid=region-table]').waitFor();
    await page.waitForTimeout(1000);
    const cdp: CDPSession = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (d) => {
      events.push(...(d.value as unknown as TraceEvent[]));
    });
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
    await cdp.send('Profiler.start');
    const timing = await brushYear(page);
    await page.waitForTimeout(300);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    const up = events.find((e) => e.name === 'EventDispatch' && (e as unknown as { args?: { data?: { type?: string } } }).args?.data?.type === 'pointerup');
    const from = up?.ts ?? 0;
    const to = from + timing.allViewsMs * 1000;
    console.log(JSON.stringify({ timing, traceFromPointerUpToAllViews: summariseTrace(events, from, to) }, null, 2));
    console.log('\nmain-thread tasks ≥ 2 ms after the release:');
    for (const line of taskList(events, from, to + 50_000)) console.log(line);
    console.log('\nECharts frames after the release (one chart each):');
    for (const line of chartSteps(profile, START_FRAME, timing.allViewsMs + 100)) console.log(line);
    const [skipMs, windowMs] = values.window ? values.window.split(',').map(Number) : [0, timing.allViewsMs];
    const { self, total } = summariseProfile(profile, Number(values.top), START_FRAME, windowMs, skipMs);
    console.log('\nself ms (from the release of the button to every view updated):');
    for (const [k, v] of self) console.log(`${String(v).padStart(8)}  ${k}`);
    console.log('\ntotal ms:');
    for (const [k, v] of total) console.log(`${String(v).padStart(8)}  ${k}`);
    if (values.match) {
      const re = new RegExp(values.match);
      console.log(`\ntotal ms of functions matching ${re}:`);
      for (const [k, v] of summariseProfile(profile, 100000, START_FRAME, windowMs, skipMs).total.filter(([k]) => re.test(k))) console.log(`${String(v).padStart(8)}  ${k}`);
    }
    fs.writeFileSync(path.join(outDir, 'brush.cpuprofile'), JSON.stringify(profile));
    await context.close();
  } finally {
    await server.close();
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
