// Runs an export on click: one at a time, with "working" and failure shown where the button is.
import { useCallback, useState } from 'react';

/** Lets a long action say how far it has got ("42%"), shown while it runs. */
export type Progress = (message: string) => void;

export interface ActionState {
  busy: boolean;
  message: string | null;
  run: (action: (progress: Progress) => Promise<string | null | void>) => void;
}

export function useAction(failedPrefix: string): ActionState {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const run = useCallback(
    (action: (progress: Progress) => Promise<string | null | void>) => {
      if (busy) return;
      setBusy(true);
      setMessage(null);
      action(setMessage)
        .then((done) => setMessage(done || null))
        .catch((e: unknown) => setMessage(failedPrefix + (e instanceof Error ? e.message : String(e))))
        .finally(() => setBusy(false));
    },
    [busy, failedPrefix],
  );
  return { busy, message, run };
}
