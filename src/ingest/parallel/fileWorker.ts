// Worker thread body: runs the per-file steps on batches of files sent by the pool and posts the outcomes back.
// When the run writes output, the figures, article records and search texts are banked here (output/bankFigures,
// bankArticles, bankSearchTexts): their JSON bytes go to this thread's spill file, and the figures cross to the
// main thread packed in one typed array, which is moved, not copied.
import { parentPort, threadId } from 'node:worker_threads';
import { bankArticles } from '../output/bankArticles';
import { bankFigures, packBlocks, type PackedFigures } from '../output/bankFigures';
import { bankSearchTexts } from '../output/bankSearchTexts';
import { FactBlockWriter } from '../output/factBlocks';
import { processFiles, type FileOutcome, type ProcessOptions } from '../processFile';
import type { InputFile } from '../read/walkFiles';
import type { FactCore } from '../types';

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
  /** The outcomes' figures, when banked (their drafts' `facts` are then empty: the figures go into the figure table). */
  packed?: PackedFigures;
}

let spill: FactBlockWriter | null = null;

parentPort?.on('message', (req: BatchRequest) => {
  // Posting copies every string, so the receiving side need not detach them from the files' texts.
  const outcomes = processFiles(req.files, req.options);
  for (const o of outcomes) o.detached = true;
  if (req.spillDir === undefined) {
    parentPort!.postMessage({ batch: req.batch, outcomes } satisfies BatchResponse);
    return;
  }
  const file = `facts-${threadId}.bin`;
  spill ??= new FactBlockWriter(req.spillDir, file);
  const packed = bankFigures(outcomes, spill);
  bankArticles(outcomes as FileOutcome<FactCore>[], spill);
  bankSearchTexts(outcomes as FileOutcome<FactCore>[], spill);
  spill.close();
  // Where each draft's bytes went crosses as numbers too: objects would be rebuilt one property at a time there.
  packed.blocks = packBlocks(outcomes as FileOutcome<FactCore>[], file);
  packed.file = file;
  parentPort!.postMessage({ batch: req.batch, outcomes, packed } satisfies BatchResponse, [packed.numbers.buffer as ArrayBuffer, packed.blocks.buffer as ArrayBuffer]);
});
