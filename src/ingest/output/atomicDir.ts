// Replacing an output folder so that a kill at any moment leaves the previous output whole: everything is written
// to a temporary folder beside it, then swapped in with two renames. A run killed between those two renames leaves
// the previous folder under its ".old-" name; the next run puts it back before doing anything else.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';

const TMP_TAG = '.tmp-';
const OLD_TAG = '.old-';
/** Working files of a run beside the output (the ingest's figure bytes); a killed run's are removed by the next. */
export const SPILL_TAG = '.spill-';

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
  // This run's own spill folder (named with its process id) is still in use.
  const staleSpills = siblings(outDir, SPILL_TAG).filter((d) => !d.endsWith(`${SPILL_TAG}${process.pid}`));
  for (const dir of [...siblings(outDir, OLD_TAG), ...siblings(outDir, TMP_TAG), ...staleSpills]) rmSync(dir, { recursive: true, force: true });
}

/** A file's content: its text, or a function giving it in pieces of text or bytes (never held whole). */
export type FileContent = string | (() => Iterable<string | Buffer>);

/** Pieces are written in batches of about this many characters: few system calls, and still young-generation strings. */
const FLUSH_CHARS = 1 << 15;

/** Writes the content and flushes it to disk before returning, so a rename after it publishes whole files. */
function writeDurably(path: string, content: FileContent): void {
  const fd = openSync(path, 'w');
  try {
    if (typeof content === 'string') {
      writeSync(fd, content);
    } else {
      let pending: string[] = [];
      let size = 0;
      const flush = () => {
        if (pending.length) writeSync(fd, pending.join(''));
        pending = [];
        size = 0;
      };
      for (const piece of content()) {
        if (typeof piece !== 'string') {
          flush();
          writeSync(fd, piece);
          continue;
        }
        pending.push(piece);
        size += piece.length;
        if (size >= FLUSH_CHARS) flush();
      }
      flush();
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes files (relative path → content) as the new content of outDir, atomically replacing what was there. */
export function replaceDirAtomically(outDir: string, files: Map<string, FileContent>): void {
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
