// Crash safety: killing the ingest at any moment leaves the previous output whole (byte for byte), and a re-run
// then gives the same bytes as a clean run.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, snapshot, startCli } from './runCli';

const tmp = mkdtempSync(join(tmpdir(), 'ingest-crash-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function writeCorpus(dir: string, files: number, tag: string): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < files; i++) {
    const lines = Array.from({ length: 30 }, (_, k) => `${tag}第${i}篇第${k}段：某县委第${(k % 9) + 1}巡察组发现问题${i + k}个，移交问题线索${k}件。`);
    writeFileSync(join(dir, `${tag}-${String(i).padStart(5, '0')}.txt`), `${tag}巡察通报${i}\n日期:2021-03-${String((i % 28) + 1).padStart(2, '0')}\n\n${lines.join('\n')}\n`);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts an ingest and SIGKILLs it after `ms`, or as soon as its temporary output folder appears (ms = 'write'). */
async function killDuring(input: string, out: string, when: number | 'write'): Promise<NodeJS.Signals | null> {
  const child = startCli([input, '--out', out]);
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  const parent = join(out, '..');
  const started = Date.now();
  let done = false;
  void exited.then(() => (done = true));
  while (!done) {
    const writing = readdirSync(parent).some((n) => n.startsWith('.data.tmp-'));
    if ((when === 'write' && writing) || (typeof when === 'number' && Date.now() - started >= when)) {
      child.kill('SIGKILL');
      break;
    }
    await sleep(when === 'write' ? 1 : 10);
  }
  return exited;
}

describe('ingest crash safety', () => {
  it('leaves the previous output whole when killed at any moment, and re-runs to identical bytes', async () => {
    const previousInput = join(tmp, 'previous');
    const nextInput = join(tmp, 'next');
    writeCorpus(previousInput, 5, '甲');
    writeCorpus(nextInput, 1500, '乙');
    const out = join(tmp, 'out', 'data');
    mkdirSync(join(tmp, 'out'));
    expect(runCli([previousInput, '--out', out]).status).toBe(0);
    const previous = snapshot(out);

    let killedMidRun = 0;
    let killedWhileWriting = 0;
    for (const when of [300, 1200, 2500, 'write', 'write', 'write'] as const) {
      const signal = await killDuring(nextInput, out, when);
      if (signal === 'SIGKILL') {
        killedMidRun++;
        if (when === 'write') killedWhileWriting++;
        expect(snapshot(out)).toEqual(previous);
      } else {
        // The run finished before the kill: put the previous output back for the next attempt.
        expect(runCli([previousInput, '--out', out]).status).toBe(0);
      }
    }
    expect(killedMidRun).toBeGreaterThanOrEqual(3);
    expect(killedWhileWriting).toBeGreaterThanOrEqual(1);

    expect(runCli([nextInput, '--out', out]).status).toBe(0);
    const clean = join(tmp, 'clean', 'data');
    expect(runCli([nextInput, '--out', clean]).status).toBe(0);
    expect(snapshot(out)).toEqual(snapshot(clean));
    expect(readdirSync(join(tmp, 'out'))).toEqual(['data']);
    expect(existsSync(join(out, 'manifest.json'))).toBe(true);
  }, 300_000);
});
