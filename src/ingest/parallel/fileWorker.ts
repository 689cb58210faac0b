// Worker thread body: runs the per-file steps on batches of files sent by the pool and posts the outcomes back.
import { parentPort } from 'node:worker_threads';
import { processFile, type FileOutcome, type ProcessOptions } from '../processFile';
import type { InputFile } from '../read/walkFiles';

export interface BatchRequest {
  batch: number;
  files: InputFile[];
  options: ProcessOptions;
}

export interface BatchResponse {
  batch: number;
  outcomes: FileOutcome[];
}

parentPort?.on('message', (req: BatchRequest) => {
  // Posting copies every string, so the receiving side need not detach them from the files' texts.
  const outcomes = req.files.map((f) => ({ ...processFile(f, req.options), detached: true }));
  parentPort!.postMessage({ batch: req.batch, outcomes } satisfies BatchResponse);
});
