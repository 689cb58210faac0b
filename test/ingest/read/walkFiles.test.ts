import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { walkFiles } from '../../../src/ingest/read/walkFiles';

const root = mkdtempSync(join(tmpdir(), 'walk-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('walkFiles', () => {
  it('lists supported files recursively in a stable order, rejects the rest, and survives a symlink loop', () => {
    mkdirSync(join(root, 'b/deeper'), { recursive: true });
    writeFileSync(join(root, 'b/deeper/z.txt'), '巡视');
    writeFileSync(join(root, 'a.md'), '巡视');
    writeFileSync(join(root, 'B.JSON'), '[]');
    writeFileSync(join(root, 'photo.jpg'), 'x');
    writeFileSync(join(root, '-dash name "q".html'), '<p>x</p>');
    symlinkSync(root, join(root, 'b/deeper/loop'));
    symlinkSync(join(root, 'a.md'), join(root, 'b/alias.md'));

    const { files, rejects } = walkFiles(root);
    expect(files.map((f) => f.rel)).toEqual(['-dash name "q".html', 'B.JSON', 'a.md', 'b/deeper/z.txt']);
    const byFile = Object.fromEntries(rejects.map((r) => [r.source.file, r.code]));
    expect(byFile).toEqual({ 'photo.jpg': 'unsupported', 'b/deeper/loop': 'symlink-loop', 'b/alias.md': 'duplicate-file' });
    for (const r of rejects) expect(r.reason.length).toBeGreaterThan(20);
  });
});
