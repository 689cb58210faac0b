// Replacing an output folder so that a kill at any moment leaves the previous output whole: everything is written
// to a temporary folder beside it, flushed to disk (files and folder entries), then swapped in with two renames,
// and the parent folder is flushed so the renames last too. A run killed between those two renames leaves the
// previous folder under its ".old-" name; the next run puts it back before doing anything else.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { FlushBehind, type Flusher } from './flushBehind';

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

/**
 * A file written by another thread: `start` begins writing it at the path given and returns a function that blocks
 * until it is written and flushed to disk (and throws what went wrong). Such files are started before the others
 * are written; the thread writing one flushes it too, while this one is still busy with the rest.
 */
export interface WrittenElsewhere {
  start(path: string): () => void;
}

/** A file's content: its text, a function giving it in pieces of text or bytes (never held whole), or another thread's. */
export type FileContent = string | (() => Iterable<string | Buffer>) | WrittenElsewhere;

function isElsewhere(content: FileContent): content is WrittenElsewhere {
  return typeof content === 'object';
}

/** Pieces are written in batches of about this many characters: few system calls, and still young-generation strings. */
const FLUSH_CHARS = 1 << 15;
/** A file growing past this many more bytes is flushed so far while it is written, so its final flush has little left. */
const WRITEBACK_BYTES = 16 << 20;
/** Windows cannot open a folder to flush it (and NTFS journals its entries itself). */
const FOLDERS_FLUSHABLE = process.platform !== 'win32';

/** Writes the content, then has it flushed to disk behind the caller's back (waited for before the renames). */
function writeFile(path: string, content: string | (() => Iterable<string | Buffer>), flusher: Flusher): void {
  const fd = openSync(path, 'w');
  try {
    if (typeof content === 'string') {
      writeSync(fd, content);
    } else {
      let pending: string[] = [];
      let size = 0;
      let unflushedBytes = 0;
      const write = (data: string | Buffer) => {
        unflushedBytes += typeof data === 'string' ? writeSync(fd, data) : writeSync(fd, data);
        if (unflushedBytes >= WRITEBACK_BYTES) {
          flusher.flush(path);
          unflushedBytes = 0;
        }
      };
      const flush = () => {
        if (pending.length) write(pending.join(''));
        pending = [];
        size = 0;
      };
      for (const piece of content()) {
        if (typeof piece !== 'string') {
          flush();
          write(piece);
          continue;
        }
        pending.push(piece);
        size += piece.length;
        if (size >= FLUSH_CHARS) flush();
      }
      flush();
    }
  } finally {
    closeSync(fd);
  }
  flusher.flush(path);
}

/** Flushes a folder's entries (names created or renamed in it) to disk. */
function fsyncFolder(dir: string): void {
  if (!FOLDERS_FLUSHABLE) return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes every file into `tmp` and returns once all of them, and the folders holding them, are on disk. */
function writeAllDurably(tmp: string, files: Map<string, FileContent>, flusher: Flusher): void {
  /** Other threads' files: each one's wait until it is written and flushed. */
  const started: (() => void)[] = [];
  try {
    const folders = new Set<string>([tmp]);
    const entries = [...files.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([rel, content]) => {
      if (rel.split(/[\\/]/).includes('..') || isAbsolute(rel)) throw new Error(`Refusing to write outside the output folder: ${rel}`);
      const path = join(tmp, rel);
      for (let dir = dirname(path); dir.length > tmp.length; dir = dirname(dir)) folders.add(dir);
      mkdirSync(dirname(path), { recursive: true });
      return { path, content };
    });
    // Other threads' files first, so they are written while this thread writes the rest.
    for (const { path, content } of entries) if (isElsewhere(content)) started.push(content.start(path));
    for (const { path, content } of entries) if (!isElsewhere(content)) writeFile(path, content, flusher);
    while (started.length > 0) started.shift()!();
    if (FOLDERS_FLUSHABLE) for (const dir of folders) flusher.flush(dir, true);
    flusher.waitAll();
  } finally {
    // On the way out after a failure, threads still writing finish before their folder is removed.
    for (const written of started) {
      try {
        written();
      } catch {
        // the failure being reported already stops the write
      }
    }
    flusher.close();
  }
}

/**
 * The empty temporary folder beside outDir that replaceDirAtomically fills and swaps in (after undoing what a killed
 * run left). Made beforehand, a file can be started in it before the others are ready (output/bankedFiles).
 */
export function prepareTemporaryDir(outDir: string): string {
  recoverOutputDir(outDir);
  mkdirSync(dirname(outDir), { recursive: true });
  const tmp = join(dirname(outDir), `.${basename(outDir)}${TMP_TAG}${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  return tmp;
}

/**
 * Writes files (relative path → content) as the new content of outDir, atomically replacing what was there.
 * `makeFlusher` is for tests (to watch which paths are flushed, and when); `tmp` is the folder prepareTemporaryDir
 * made, when some files were started in it already.
 */
export function replaceDirAtomically(
  outDir: string,
  files: Map<string, FileContent>,
  makeFlusher: () => Flusher = () => new FlushBehind(),
  tmp: string = prepareTemporaryDir(outDir),
): void {
  try {
    writeAllDurably(tmp, files, makeFlusher());
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  const old = existsSync(outDir) ? join(dirname(outDir), `.${basename(outDir)}${OLD_TAG}${process.pid}`) : null;
  if (old) renameSync(outDir, old);
  renameSync(tmp, outDir);
  // The renames reach the disk before the previous output is deleted.
  fsyncFolder(dirname(outDir));
  if (old) rmSync(old, { recursive: true, force: true });
}
