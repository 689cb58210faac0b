// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChartExportTool } from '../../../src/app/export/ChartExportTool';
import { ExportHeaderTool } from '../../../src/app/export/ExportHeaderTool';
import { DEFAULT_EXPORT_SETTINGS } from '../../../src/app/export/slice';
import { useStore } from '../../../src/app/state/store';

afterEach(() => {
  cleanup();
  useStore.setState({ exportSettings: DEFAULT_EXPORT_SETTINGS });
});

describe('ChartExportTool', () => {
  it('gives the map panel the export-png and export-svg controls', () => {
    render(<ChartExportTool panel="map" charts={['map']} />);
    expect(screen.getByTestId('export-png').textContent).toBe('PNG');
    expect(screen.getByTestId('export-svg').textContent).toBe('SVG');
    expect(screen.queryByTestId('export-chart')).toBeNull();
  });

  it('lets a panel with several charts choose one, under its own test ids', () => {
    render(<ChartExportTool panel="bars" charts={['bars-top', 'bars-metrics', 'bars-types']} />);
    const select = screen.getByTestId('export-chart-bars') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['地区排名', '各项指标', '巡视类型']);
    expect(screen.getByTestId('export-png-bars')).toBeTruthy();
    expect(screen.queryByTestId('export-png')).toBeNull();
  });

  it('draws nothing in a panel without charts', () => {
    const { container } = render(<ChartExportTool panel="articles" charts={[]} />);
    expect(container.textContent).toBe('');
  });
});

describe('ExportHeaderTool', () => {
  it('keeps the slide size, sharpness, background and dashboard size in the store', () => {
    render(<ExportHeaderTool />);
    fireEvent.change(screen.getByTestId('export-slide'), { target: { value: '1920x1080' } });
    fireEvent.change(screen.getByTestId('export-ratio'), { target: { value: '3' } });
    fireEvent.change(screen.getByTestId('export-background'), { target: { value: 'transparent' } });
    fireEvent.change(screen.getByTestId('export-dashboard-size'), { target: { value: '2' } });
    expect(useStore.getState().exportSettings).toEqual({ slide: '1920x1080', pixelRatio: 3, background: 'transparent', dashboardScale: 2 });
    for (const id of ['export-dashboard', 'export-csv', 'export-csv-regions']) expect(screen.getByTestId(id)).toBeTruthy();
  });
});
