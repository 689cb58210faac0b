// A full garbage collection on request, to keep peak memory near what is live on large corpora: V8 otherwise lets
// the heap grow well past the live data before collecting, which on 100,000 articles costs hundreds of megabytes.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

/** Runs a full collection when the runtime allows it; does nothing otherwise. */
export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
