// Flushing behind the writer: every file handed over is flushed before the output folder is swapped in, and
// a flush that fails stops the swap.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { replaceDirAtomically, type FileContent } from '../../../src/ingest/output/atomicDir';
import { FlushBehind, type Flusher } from '../../../src/ingest/output/flushBehind';

const root = mkdtempSync(join(tmpdir(), 'flush-behind-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('FlushBehind', () => {
  it('flushes files and folders, the same file many times over, and returns once all are done', () => {
    const dir = join(root, 'many');
    mkdirSync(dir);
    const flusher = new FlushBehind();
    try {
      for (let i = 0; i < 50; i++) {
        writeFileSync(join(dir, `${i}.json`), `[${i}]`);
        flusher.flush(join(dir, `${i}.json`));
      }
      // A file still growing is flushed again and again while it is written; the requests overlap.
      for (let i = 0; i < 200; i++) flusher.flush(join(dir, '7.json'));
      flusher.flush(dir, true);
      flusher.waitAll();
      flusher.waitAll(); // nothing new asked for: returns at once
    } finally {
      flusher.close();
    }
  });

  it('throws, naming the file, when a flush fails', () => {
    const flusher = new FlushBehind();
    try {
      writeFileSync(join(root, 'fine.json'), '{}');
      flusher.flush(join(root, 'fine.json'));
      flusher.flush(join(root, 'never-written.json'));
      expect(() => flusher.waitAll()).toThrow(/never-written\.json/);
    } finally {
      flusher.close();
    }
  });
});

/** A flusher that records what it was asked and, when waited on, what the output folder looked like then. */
function recordingFlusher(outDir: string) {
  const asked: { path: string; isDir: boolean }[] = [];
  const atWait: { outDirContent: string | null; asked: number }[] = [];
  const flusher: Flusher = {
    flush: (path, isDir = false) => asked.push({ path, isDir }),
    waitAll: () => atWait.push({ outDirContent: existsSync(join(outDir, 'a.json')) ? readFileSync(join(outDir, 'a.json'), 'utf8') : null, asked: asked.length }),
    close: () => {},
  };
  return { flusher, asked, atWait };
}

describe('replaceDirAtomically flushing', () => {
  it('has every file and every folder of the new output flushed before the previous output is replaced', () => {
    const out = join(root, 'data');
    mkdirSync(out);
    writeFileSync(join(out, 'a.json'), 'previous');
    const { flusher, asked, atWait } = recordingFlusher(out);
    const files = new Map<string, FileContent>([
      ['a.json', 'new'],
      ['app/b.json', () => ['[', '1', ']']],
      ['app/deep/c.json', '3'],
    ]);
    replaceDirAtomically(out, files, () => flusher);

    // Waited on once, after everything was asked for, while the previous output was still in place.
    expect(atWait).toEqual([{ outDirContent: 'previous', asked: asked.length }]);
    const tmpName = (p: string) => relative(root, p).split(/[\\/]/)[0];
    const tmp = tmpName(asked[0].path);
    expect(tmp).toMatch(/^\.data\.tmp-/);
    const flushedFiles = asked.filter((a) => !a.isDir).map((a) => relative(join(root, tmp), a.path).replaceAll('\\', '/'));
    expect(new Set(flushedFiles)).toEqual(new Set(['a.json', 'app/b.json', 'app/deep/c.json']));
    if (process.platform !== 'win32') {
      const flushedFolders = asked.filter((a) => a.isDir).map((a) => relative(join(root, tmp), a.path).replaceAll('\\', '/'));
      expect(new Set(flushedFolders)).toEqual(new Set(['', 'app', 'app/deep']));
    }
    expect(readFileSync(join(out, 'a.json'), 'utf8')).toBe('new');
    expect(readFileSync(join(out, 'app/b.json'), 'utf8')).toBe('[1]');
    expect(readdirSync(root).filter((n) => n.startsWith('.data'))).toEqual([]);
  });

  it('flushes a large file while it is still being written, not only at the end', () => {
    const out = join(root, 'big');
    const { flusher, asked } = recordingFlusher(out);
    const row = `${'巡视'.repeat(500)}\n`; // 3,001 bytes of UTF-8
    const rows = 12_000; // about 36 MB
    replaceDirAtomically(out, new Map<string, FileContent>([['facts.json', function* () {
      for (let i = 0; i < rows; i++) yield row;
    }]]), () => flusher);
    const bigFlushes = asked.filter((a) => a.path.endsWith('facts.json')).length;
    expect(bigFlushes).toBeGreaterThanOrEqual(3);
    expect(readFileSync(join(out, 'facts.json')).length).toBe(Buffer.byteLength(row) * rows);
  });

  it('keeps the previous output whole when a flush fails', () => {
    const out = join(root, 'kept');
    mkdirSync(out);
    writeFileSync(join(out, 'a.json'), 'previous');
    const failing: Flusher = {
      flush: () => {},
      waitAll: () => {
        throw new Error('Could not flush to disk: a.json: EIO');
      },
      close: () => {},
    };
    expect(() => replaceDirAtomically(out, new Map([['a.json', 'new']]), () => failing)).toThrow(/EIO/);
    expect(readdirSync(out)).toEqual(['a.json']);
    expect(readFileSync(join(out, 'a.json'), 'utf8')).toBe('previous');
    expect(readdirSync(root).filter((n) => n.startsWith('.kept'))).toEqual([]);
  });
});
