// Loads and validates the data once; shows a loading note, the explanation of a bad data file, or the app.
import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { APP_INDEX_PATH } from '../../core/schema';
import { asProblem, loadData } from '../data/loadData';
import type { DataProblem } from '../data/loadData';
import { useT } from '../i18n';
import type { MessageKey } from '../i18n';
import { compileColumns } from '../state/columns';
import { useStore } from '../state/store';

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

export function startLoading(load = loadData): Promise<void> {
  const { setData } = useStore.getState();
  return load().then(
    ({ manifest, index }) => setData({ status: 'ready', manifest, columns: compileColumns(index) }),
    (e: unknown) => setData({ status: 'error', problem: asProblem(e, APP_INDEX_PATH) }),
  );
}

export function DataGate({ children, load = loadData }: { children: ReactNode; load?: typeof loadData }) {
  const data = useStore((s) => s.data);
  const t = useT();
  useEffect(() => {
    if (useStore.getState().data.status === 'loading') void startLoading(load);
  }, [load]);
  if (data.status === 'loading') return <div className="explain" data-testid="data-loading">{t.loading}</div>;
  if (data.status === 'error') return <DataProblemPanel problem={data.problem} />;
  return <>{children}</>;
}
