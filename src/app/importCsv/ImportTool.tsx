// CSV in: the file input, the choice of layer (extracted, imported, both), and the report of every row that
// could not be used. Parsing and the gazetteer are loaded when a file is chosen.
import { useState } from 'react';
import type { ChangeEvent } from 'react';
import { usePresenterWords } from '../present/words';
import { useStore } from '../state/store';
import type { LayerMode } from './slice';
import { ImportReport } from './ImportReport';
import { ChoiceSelect } from '../components/ChoiceSelect';

function LayerSelect() {
  const w = usePresenterWords();
  const layer = useStore((s) => s.layer);
  const setLayer = useStore((s) => s.setLayer);
  const choices = [
    { value: 'extracted' as const, text: w.layerExtracted },
    { value: 'imported' as const, text: w.layerImported },
    { value: 'both' as const, text: w.layerBoth },
  ];
  return <ChoiceSelect<LayerMode> label={w.layer} testId="layer" value={layer} choices={choices} onChange={setLayer} />;
}

export function ImportTool() {
  const w = usePresenterWords();
  const imported = useStore((s) => s.imported);
  const setImported = useStore((s) => s.setImported);
  const [busy, setBusy] = useState(false);
  const [reportOpen, setReportOpen] = useState(true);
  const [failure, setFailure] = useState<string | null>(null);
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setFailure(null);
    try {
      const { importCsvFile } = await import('./importFile');
      setImported(await importCsvFile(file));
      setReportOpen(true);
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
      input.value = ''; // choosing the same file again imports it again
    }
  };
  return (
    <span className="import-tool">
      <label className="control import-file" title={w.importHelp}>
        <span>{w.importCsv}</span>
        <input type="file" accept=".csv,text/csv,text/plain" data-testid="import-csv" disabled={busy} onChange={onFile} />
      </label>
      {busy && <span className="export-status">{w.importing}</span>}
      {failure && <span className="export-status" role="alert">{failure}</span>}
      {imported && (
        <>
          <LayerSelect />
          {!reportOpen && (
            <button type="button" onClick={() => setReportOpen(true)}>
              {w.showReport}
            </button>
          )}
        </>
      )}
      {imported && reportOpen && <ImportReport layer={imported} onHide={() => setReportOpen(false)} onRemove={() => setImported(null)} />}
    </span>
  );
}
