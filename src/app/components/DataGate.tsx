// Loads and validates the data once; shows a loading note, the explanation of a bad data file, or the app.
import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { APP_INDEX_PATH } from '../../core/schema';
import { asProblem, loadData } from '../data/loadData';
import type { DataProblem } from '../data/loadData';
import { useT } from '../i18n';
import type { MessageKey } from '../i18n';
import { compileColumns } from '../state/columns';
import { prepareCube } from '../state/selectors';
import { useStore } from '../state/store';
import type { PanelId } from '../extensions';
import { Panel } from './Panel';

const PROBLEM_TEXT: Record<DataProblem['kind'], MessageKey> = {
  missing: 'dataMissing',
  truncated: 'dataTruncated',
  version: 'dataVersion',
  shape: 'dataShape',
};

export function DataProblemPanel({ problem }: { problem: DataProblem }) {
  const t = useT();
  return (
    <div className="explain" role="alert" data-testid="data-error" data-problem={problem.kind}>
      <h1>{t.dataErrorTitle}</h1>
      <p>
        {t[PROBLEM_TEXT[problem.kind]]}
        <code>{problem.file}</code>
      </p>
      <pre>{problem.detail}</pre>
      <p>{t.dataHelp}</p>
    </div>
  );
}

/** Runs `task` when the page has nothing else to do (or soon, where the browser cannot say). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}

/** Loads the data; once the index is in, sums the date-range cube in idle time, before the first brush. */
export function startLoading(load = loadData): Promise<void> {
  const { setData, setPreview } = useStore.getState();
  const { preview, index } = load();
  const fail = (e: unknown) => setData({ status: 'error', problem: asProblem(e, APP_INDEX_PATH) });
  preview.then(setPreview, fail);
  return Promise.all([preview, index]).then(([{ manifest }, idx]) => {
    const columns = compileColumns(idx);
    setData({ status: 'ready', manifest, columns });
    whenIdle(() => prepareCube(columns));
  }, fail);
}

/** Renders its children once the article index is loaded; a placeholder until then. */
export function IndexGate({ children, fallback }: { children: ReactNode; fallback?: ReactNode }) {
  const ready = useStore((s) => s.data.status === 'ready');
  const t = useT();
  if (ready) return <>{children}</>;
  return fallback ?? <p className="loading-row" data-testid="index-loading">{t.loading}</p>;
}

/** A panel whose body needs the index: until it arrives, the same panel, empty but for the loading note. */
export function WhenIndexed({ id, title, children }: { id: PanelId; title: ReactNode; children: ReactNode }) {
  const waiting = (
    <Panel id={id} title={title}>
      <IndexGate>{null}</IndexGate>
    </Panel>
  );
  return <IndexGate fallback={waiting}>{children}</IndexGate>;
}

export function DataGate({ children, load = loadData }: { children: ReactNode; load?: typeof loadData }) {
  const data = useStore((s) => s.data);
  const previewReady = useStore((s) => !!s.preview?.summary);
  const t = useT();
  useEffect(() => {
    if (useStore.getState().data.status === 'loading') void startLoading(load);
  }, [load]);
  const summaryProblem = useStore((s) => s.preview?.summaryProblem);
  if (data.status === 'error') return <DataProblemPanel problem={data.problem} />;
  if (data.status === 'loading' && !previewReady && !summaryProblem) return <div className="explain" data-testid="data-loading">{t.loading}</div>;
  return (
    <>
      {summaryProblem && <DataProblemPanel problem={summaryProblem} />}
      {children}
    </>
  );
}
