// Flushing written files to disk behind the writer's back: fsync waits for the disk, not the processor, so a
// helper thread asks for each file's flush (several at once, in libuv's thread pool) while the writer goes on
// producing the next file. The writer stays synchronous: `waitAll` blocks on a shared counter until every
// requested flush is done, which is the one moment the caller needs them (before publishing by rename).
import { receiveMessageOnPort, MessageChannel, Worker, type MessagePort } from 'node:worker_threads';

/** Slots of the shared counter: flushes finished (done or failed). */
const DONE = 0;
/** waitAll gives up after this long without a flush finishing (a disk that hangs should not hang the run silently). */
const STALL_MS = 120_000;

// Plain JavaScript (an eval'd worker needs no loader). For each path: open it (read-write, which Windows needs
// to flush a file; directories read-only), fsync, close; a path asked for again while its flush runs is flushed
// once more afterwards (the first flush may have missed what was written since). Failures are posted before the
// count goes up, so the waiting side finds them once it wakes.
const FLUSHER_SOURCE = `
const { workerData } = require('node:worker_threads');
const fs = require('node:fs');
const counter = new Int32Array(workerData.counter);
const { requests, failures } = workerData;
const running = new Map();
function finish(path, err) {
  if (err) failures.postMessage(path + ': ' + err.message);
  Atomics.add(counter, ${DONE}, 1);
  Atomics.notify(counter, ${DONE});
}
function flush(path, isDir, times) {
  running.set(path, 0);
  fs.open(path, isDir ? 'r' : 'r+', (openErr, fd) => {
    const done = (err) => {
      const again = running.get(path);
      running.delete(path);
      for (let i = 0; i < times; i++) finish(path, err);
      if (again > 0) flush(path, isDir, again);
    };
    if (openErr) return done(openErr);
    fs.fsync(fd, (syncErr) => fs.close(fd, (closeErr) => done(syncErr || closeErr)));
  });
}
requests.on('message', ({ path, isDir }) => {
  if (running.has(path)) running.set(path, running.get(path) + 1);
  else flush(path, isDir, 1);
});
`;

/** Flushes files to disk: asked for one by one, waited for all at once. */
export interface Flusher {
  /** Asks for the file (or, with isDir, the folder's entries) at `path` to be flushed to disk. */
  flush(path: string, isDir?: boolean): void;
  /** Returns once every flush asked for so far is done; throws the first failure. */
  waitAll(): void;
  close(): void;
}

export class FlushBehind implements Flusher {
  private readonly worker: Worker;
  private readonly counter = new Int32Array(new SharedArrayBuffer(4));
  private readonly requests: MessagePort;
  private readonly failures: MessagePort;
  private requested = 0;

  constructor() {
    const requests = new MessageChannel();
    const failures = new MessageChannel();
    this.requests = requests.port1;
    this.failures = failures.port1;
    this.worker = new Worker(FLUSHER_SOURCE, {
      eval: true,
      workerData: { counter: this.counter.buffer, requests: requests.port2, failures: failures.port2 },
      transferList: [requests.port2, failures.port2],
    });
    // The helper thread never keeps the process alive; close() ends it.
    this.worker.unref();
  }

  /** Asks for the file (or, with isDir, the folder's entries) at `path` to be flushed to disk; returns at once. */
  flush(path: string, isDir = false): void {
    this.requested++;
    this.requests.postMessage({ path, isDir });
  }

  /** Blocks until every flush asked for so far is done; throws the first failure. */
  waitAll(): void {
    for (;;) {
      const done = Atomics.load(this.counter, DONE);
      if (done >= this.requested) break;
      if (Atomics.wait(this.counter, DONE, done, STALL_MS) === 'timed-out') {
        throw new Error(`Flushing output files to disk stalled (${this.requested - done} of ${this.requested} waiting)`);
      }
    }
    const failure = receiveMessageOnPort(this.failures);
    if (failure) throw new Error(`Could not flush to disk: ${String(failure.message)}`);
  }

  /** Ends the helper thread (flushes still running finish in the kernel; nothing waits for them). */
  close(): void {
    this.requests.close();
    this.failures.close();
    void this.worker.terminate();
  }
}
