// Worker thread body: runs the per-file steps on batches of files sent by the pool and posts the outcomes back.
import { parentPort, threadId } from 'node:worker_threads';
import { FactBlockWriter } from '../output/factBlocks';
import { processFile, type FileOutcome, type ProcessOptions } from '../processFile';
import type { InputFile } from '../read/walkFiles';

export interface BatchRequest {
  batch: number;
  files: InputFile[];
  options: ProcessOptions;
  /** Where to write each article's figures as JSON bytes for the writer (see output/factBlocks). */
  spillDir?: string;
}

export interface BatchResponse {
  batch: number;
  outcomes: FileOutcome[];
}

let spill: FactBlockWriter | null = null;

parentPort?.on('message', (req: BatchRequest) => {
  // Posting copies every string, so the receiving side need not detach them from the files' texts.
  const outcomes = req.files.map((f) => ({ ...processFile(f, req.options), detached: true }));
  if (req.spillDir !== undefined) {
    spill ??= new FactBlockWriter(req.spillDir, `facts-${threadId}.bin`);
    for (const o of outcomes) for (const d of o.drafts) if (d.facts.length > 0) d.factBytes = spill.append(d.facts);
    spill.close();
  }
  parentPort!.postMessage({ batch: req.batch, outcomes } satisfies BatchResponse);
});
