// Thread body for writing banked files (see bankedFiles): writes each file handed over, then says so through the
// shared status word of its slot, which the main thread waits on (1 written, 2 failed, with the reason posted first).
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

parentPort?.on('message', ({ slot, path, file }: { slot: number; path: string; file: BankedFile }) => {
  try {
    if (!writer) throw new Error(broken ?? 'no writer');
    writer.write(path, file);
    Atomics.store(word, slot, 1);
  } catch (e) {
    errors.postMessage(e instanceof Error ? e.message : String(e));
    Atomics.store(word, slot, 2);
  }
  Atomics.notify(word, slot);
});
