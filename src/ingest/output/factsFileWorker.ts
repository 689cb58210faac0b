// Thread body for writing facts.json (see factsFile): writes the file by the plan it was started with, then says
// so through the shared status word the main thread waits on (1 written, 2 failed, with the reason posted first).
import { workerData, type MessagePort } from 'node:worker_threads';
import { writeFactsFile, type FactsFileJob } from './factsFile';

const { job, status, errors } = workerData as { job: FactsFileJob; status: SharedArrayBuffer; errors: MessagePort };
const word = new Int32Array(status);
try {
  writeFactsFile(job);
  Atomics.store(word, 0, 1);
} catch (e) {
  errors.postMessage(e instanceof Error ? e.message : String(e));
  Atomics.store(word, 0, 2);
}
Atomics.notify(word, 0);
errors.close();
