// Thread body for writing banked files (see bankedFiles): writes each file handed over, then says so through the
// shared status word of its slot, which the main thread waits on (1 written and flushed, 2 failed, with the reason
// posted first).
import { close, fsync, open } from 'node:fs';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { BankedFileWriter, type BankedFile, type SpillFiles } from './bankedFiles';

const { spill, status, errors } = workerData as { spill: SpillFiles; status: SharedArrayBuffer; errors: MessagePort };
const word = new Int32Array(status);
let writer: BankedFileWriter | null = null;
let broken: string | null = null;
try {
  writer = new BankedFileWriter(spill);
} catch (e) {
  broken = e instanceof Error ? e.message : String(e);
}

function settle(slot: number, failure?: unknown): void {
  if (failure !== undefined) errors.postMessage(failure instanceof Error ? failure.message : String(failure));
  Atomics.store(word, slot, failure === undefined ? 1 : 2);
  Atomics.notify(word, slot);
}

// Each file is flushed to disk in libuv's thread pool while the next one is written; its slot says written only
// once it is on disk (the output folder is swapped in after that).
parentPort?.on('message', ({ slot, path, file }: { slot: number; path: string; file: BankedFile }) => {
  try {
    if (!writer) throw new Error(broken ?? 'no writer');
    writer.write(path, file);
  } catch (e) {
    settle(slot, e);
    return;
  }
  open(path, 'r+', (openFailure, fd) => {
    if (openFailure) return settle(slot, openFailure);
    fsync(fd, (flushFailure) => close(fd, (closeFailure) => settle(slot, flushFailure ?? closeFailure ?? undefined)));
  });
});
