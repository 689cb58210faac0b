// Replacing an output folder so that a kill at any moment leaves the previous output whole: everything is written
// to a temporary folder beside it, then swapped in with two renames. A run killed between those two renames leaves
// the previous folder under its ".old-" name; the next run puts it back before doing anything else.
import { existsSync, fsyncSync, mkdirSync, openSync, closeSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';

const TMP_TAG = '.tmp-';
const OLD_TAG = '.old-';

function siblings(outDir: string, tag: string): string[] {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return [];
  const prefix = `.${basename(outDir)}${tag}`;
  return readdirSync(parent).filter((n) => n.startsWith(prefix)).sort().map((n) => join(parent, n));
}

/** Undo what a killed run left: restore a displaced previous output, delete unfinished temporary folders. */
export function recoverOutputDir(outDir: string): void {
  const olds = siblings(outDir, OLD_TAG);
  if (!existsSync(outDir) && olds.length > 0) renameSync(olds[olds.length - 1], outDir);
  for (const dir of [...siblings(outDir, OLD_TAG), ...siblings(outDir, TMP_TAG)]) rmSync(dir, { recursive: true, force: true });
}

function writeDurably(path: string, content: string): void {
  writeFileSync(path, content);
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes files (relative path → content) as the new content of outDir, atomically replacing what was there. */
export function replaceDirAtomically(outDir: string, files: Map<string, string>): void {
  recoverOutputDir(outDir);
  mkdirSync(dirname(outDir), { recursive: true });
  const tmp = join(dirname(outDir), `.${basename(outDir)}${TMP_TAG}${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    for (const [rel, content] of [...files.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (rel.split(/[\\/]/).includes('..') || isAbsolute(rel)) throw new Error(`Refusing to write outside the output folder: ${rel}`);
      const path = join(tmp, rel);
      mkdirSync(dirname(path), { recursive: true });
      writeDurably(path, content);
    }
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  if (existsSync(outDir)) {
    const old = join(dirname(outDir), `.${basename(outDir)}${OLD_TAG}${process.pid}`);
    renameSync(outDir, old);
    renameSync(tmp, outDir);
    rmSync(old, { recursive: true, force: true });
  } else {
    renameSync(tmp, outDir);
  }
}
