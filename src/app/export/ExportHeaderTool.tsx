// Header controls for the whole view: the 16:9 dashboard image, CSV of the figures and of the region table,
// and the export settings (slide size, sharpness, background, dashboard size).
import { usePresenterWords } from '../present/words';
import { useStore } from '../state/store';
import type { ExportSettings } from './slice';
import { useAction } from './useAction';

function ExportSettingsMenu() {
  const w = usePresenterWords();
  const settings = useStore((s) => s.exportSettings);
  const set = useStore((s) => s.setExportSettings);
  return (
    <details className="export-settings">
      <summary data-testid="export-settings">{w.options}</summary>
      <div className="export-settings-body">
        <label className="control">
          <span>{w.slideSize}</span>
          <select data-testid="export-slide" value={settings.slide} onChange={(e) => set({ slide: e.target.value as ExportSettings['slide'] })}>
            <option value="1920x1080">1920 × 1080</option>
            <option value="1280x720">1280 × 720</option>
          </select>
        </label>
        <label className="control">
          <span>{w.pixelRatio}</span>
          <select data-testid="export-ratio" value={settings.pixelRatio} onChange={(e) => set({ pixelRatio: Number(e.target.value) as 2 | 3 })}>
            <option value={2}>2×</option>
            <option value={3}>3×</option>
          </select>
        </label>
        <label className="control">
          <span>{w.background}</span>
          <select data-testid="export-background" value={settings.background} onChange={(e) => set({ background: e.target.value as ExportSettings['background'] })}>
            <option value="white">{w.white}</option>
            <option value="transparent">{w.transparent}</option>
          </select>
        </label>
        <label className="control">
          <span>{w.dashboardSize}</span>
          <select data-testid="export-dashboard-size" value={settings.dashboardScale} onChange={(e) => set({ dashboardScale: Number(e.target.value) as 1 | 2 })}>
            <option value={1}>1920 × 1080</option>
            <option value={2}>3840 × 2160</option>
          </select>
        </label>
      </div>
    </details>
  );
}

export function ExportHeaderTool() {
  const w = usePresenterWords();
  const action = useAction(w.failed);
  const dashboard = () => action.run(async () => (await import('./chartExport')).downloadDashboardImage(useStore.getState()));
  const figures = () =>
    action.run(async (progress) => {
      const { downloadFiguresCsv } = await import('./csvFigures');
      await downloadFiguresCsv(useStore.getState(), (done, total) => progress(`${w.working} ${Math.round((100 * done) / total)}%`));
      return null;
    });
  const regions = () => action.run(async () => (await import('./csvRegions')).downloadRegionTableCsv(useStore.getState()));
  return (
    <span className="export-tool" role="group" aria-label={w.options}>
      <button type="button" data-testid="export-dashboard" title={w.exportDashboard} disabled={action.busy} onClick={dashboard}>
        {w.dashboard}
      </button>
      <button type="button" data-testid="export-csv" title={w.exportCsv} disabled={action.busy} onClick={figures}>
        {w.csv}
      </button>
      <button type="button" data-testid="export-csv-regions" title={w.exportRegionsCsv} disabled={action.busy} onClick={regions}>
        {w.regionsCsv}
      </button>
      <ExportSettingsMenu />
      {action.busy && !action.message && <span className="export-status">{w.working}</span>}
      {action.message && (
        <span className="export-status" role="status">
          {action.message}
        </span>
      )}
    </span>
  );
}
