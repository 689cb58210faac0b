// What the import did with each row: how many figures came in, and every row that could not be used with its
// line number and reason. Cell text is shown as text (React escapes it), never as markup.
import { usePresenterWords } from '../present/words';
import { useStore } from '../state/store';
import { describeProblems } from './problemText';
import type { ImportedLayer } from './slice';

export interface ImportReportProps {
  layer: ImportedLayer;
  onHide: () => void;
  onRemove: () => void;
}

export function ImportReport({ layer, onHide, onRemove }: ImportReportProps) {
  const w = usePresenterWords();
  const lang = useStore((s) => s.view.lang);
  const undated = layer.figures.filter((f) => f.date === null).length;
  const yearOnly = layer.figures.filter((f) => f.date?.length === 4).length;
  return (
    <section className="import-report" data-testid="import-report" aria-label={w.reportTitle} role="status">
      <header>
        <strong>{w.reportTitle}</strong>
        <button type="button" onClick={onHide}>
          {w.hideReport}
        </button>
        <button type="button" data-testid="import-remove" onClick={onRemove}>
          {w.removeImport}
        </button>
      </header>
      <p data-testid="import-summary">{w.reportSummary(layer.fileName, layer.rows, layer.figures.length, layer.problems.length)}</p>
      {undated > 0 && <p data-testid="import-undated">{w.undatedNote(undated)}</p>}
      {yearOnly > 0 && <p data-testid="import-year-only">{w.yearOnlyNote(yearOnly)}</p>}
      {layer.problems.length > 0 && (
        <ol className="import-problems">
          {layer.problems.map((p) => (
            <li key={p.line} data-line={p.line}>
              <b>{w.line(p.line)}</b> {describeProblems(p.problems, lang)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
