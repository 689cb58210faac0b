// The charts in presentation mode use ECharts' built-in dark theme, switched on the live instances (ECharts 6
// setTheme), including charts that mount while presenting (the map remounts when drilled).
import { getChart, onChartsChange, setChartTheme, type ChartId } from '../charts/registry';

const CHART_IDS: readonly ChartId[] = ['map', 'timeline', 'bars-top', 'bars-metrics', 'bars-types'];

function applyTheme(theme: 'dark' | 'default', themed: WeakSet<object>): void {
  for (const id of CHART_IDS) {
    const chart = getChart(id);
    if (!chart || (theme === 'dark') === themed.has(chart)) continue;
    setChartTheme(id, theme);
    if (theme === 'dark') themed.add(chart);
    else themed.delete(chart);
  }
}

/** Turns the charts dark until the returned function is called, which turns them back. */
export function darkenCharts(): () => void {
  const themed = new WeakSet<object>();
  applyTheme('dark', themed);
  const stop = onChartsChange(() => applyTheme('dark', themed));
  return () => {
    stop();
    applyTheme('default', themed);
  };
}
