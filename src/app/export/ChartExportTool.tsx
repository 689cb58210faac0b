// Export buttons in a chart panel's toolbar: PNG (slide size at 2×/3×), SVG (vector), copy to clipboard.
// On the map's panel the buttons are export-png / export-svg; elsewhere they carry the panel's id.
import { useState } from 'react';
import type { ChartId } from '../charts/registry';
import type { PanelToolProps } from '../extensions';
import { usePresenterWords } from '../present/words';
import { useStore } from '../state/store';
import { canCopyImages } from './clipboardSupport';
import { useAction } from './useAction';

const loadActions = () => import('./chartExport');

export function ChartExportTool({ panel, charts }: PanelToolProps) {
  const w = usePresenterWords();
  const [chosen, setChosen] = useState<ChartId | undefined>(charts[0]);
  const action = useAction(w.failed);
  const chart = chosen && charts.includes(chosen) ? chosen : charts[0];
  if (!chart) return null;
  const suffix = panel === 'map' ? '' : `-${panel}`;
  const download = (format: 'png' | 'svg') =>
    action.run(async () => (await loadActions()).downloadChartImage(chart, format, useStore.getState()));
  const copy = () =>
    action.run(async () => ((await (await loadActions()).copyChartImage(chart, useStore.getState())) ? w.copied : w.copyRefused));
  return (
    <span className="export-tool" role="group" aria-label={w.exportPng}>
      {charts.length > 1 && (
        <select aria-label={w.chart} value={chart} onChange={(e) => setChosen(e.target.value as ChartId)} data-testid={`export-chart${suffix}`}>
          {charts.map((id) => (
            <option key={id} value={id}>
              {w.chartNames[id]}
            </option>
          ))}
        </select>
      )}
      <button type="button" data-testid={`export-png${suffix}`} title={w.exportPng} disabled={action.busy} onClick={() => download('png')}>
        {w.png}
      </button>
      <button type="button" data-testid={`export-svg${suffix}`} title={w.exportSvg} disabled={action.busy} onClick={() => download('svg')}>
        {w.svg}
      </button>
      {canCopyImages() && (
        <button type="button" data-testid={`export-copy${suffix}`} title={w.copyPng} disabled={action.busy} onClick={copy}>
          {w.copy}
        </button>
      )}
      {action.busy && <span className="export-status">{w.working}</span>}
      {action.message && (
        <span className="export-status" role="status">
          {action.message}
        </span>
      )}
    </span>
  );
}
