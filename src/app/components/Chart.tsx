// One ECharts chart (tree-shaken core through echarts-for-react), registered under its id while mounted.
// echarts-for-react creates the instance with the first option, resizes it and binds its events; later
// options are handed to the instance as patches (charts/optionPatch.ts), so a brush step merges what
// changed (a shaded range, a series' data) rather than the whole option.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { CSSProperties } from 'react';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { EChartsType } from 'echarts/core';
import { echarts } from '../charts/echarts';
import type { EChartsCoreOption } from '../charts/echarts';
import { optionPatch } from '../charts/optionPatch';
import type { ChartId } from '../charts/registry';
import { registerChart } from '../charts/registry';
import { usePresentedOption } from '../present/usePresentedOption';

export interface ChartProps {
  id: ChartId;
  option: EChartsCoreOption;
  onEvents?: Record<string, (params: never, chart: EChartsType) => void>;
  onReady?: (chart: EChartsType) => void;
  style?: CSSProperties;
  /** Replace the whole option on update (else merged, keeping zoom/pan). */
  notMerge?: boolean;
  label: string;
}

type InstanceProps = Pick<ChartProps, 'option' | 'onEvents' | 'notMerge'> & { ready: (chart: EChartsType, restore: () => void) => void };

/**
 * The instance: created with the first option (echarts-for-react creates it once the element has a size,
 * a little later); every later option, and any that came while it was being created, applied as what
 * changed, on ECharts' next frame.
 */
function EChartsInstance({ option, onEvents, notMerge, ready }: InstanceProps) {
  const [first] = useState(option);
  const instance = useRef<EChartsType | null>(null);
  /** The newest option, and the one the instance has. */
  const latest = useRef({ option, notMerge });
  const applied = useRef(option);
  const sync = useCallback((lazyUpdate = true) => {
    const chart = instance.current;
    const next = latest.current;
    if (!chart || chart.isDisposed() || applied.current === next.option) return;
    const patch = next.notMerge ? next.option : optionPatch(applied.current as Record<string, unknown>, next.option as Record<string, unknown>);
    applied.current = next.option;
    if (patch) chart.setOption(patch, { notMerge: !!next.notMerge, lazyUpdate });
  }, []);
  const onChartReady = useCallback(
    (chart: EChartsType) => {
      instance.current = chart;
      // The instance has the first option; so it has again after ECharts rebuilds it (a theme change).
      const restore = () => {
        applied.current = first;
        sync(false);
      };
      restore();
      ready(chart, restore);
    },
    [first, sync, ready],
  );
  useLayoutEffect(() => {
    latest.current = { option, notMerge };
    sync();
  }, [option, notMerge, sync]);
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={first}
      lazyUpdate
      onEvents={onEvents as Record<string, () => void>}
      onChartReady={onChartReady as never}
      style={{ width: '100%', height: '100%' }}
      opts={{ renderer: 'canvas' }}
    />
  );
}

export function Chart({ id, option, onEvents, onReady, style, notMerge, label }: ChartProps) {
  const ready = useCallback(
    (chart: EChartsType, restore: () => void) => {
      registerChart(id, chart, restore);
      onReady?.(chart);
    },
    [id, onReady],
  );
  useEffect(() => () => registerChart(id, null), [id]);
  const presented = usePresentedOption(option); // large type in presentation mode
  return (
    <div className="chart" data-testid={`chart-${id}`} role="img" aria-label={label} style={style}>
      <EChartsInstance key={presented.key} option={presented.option} onEvents={onEvents} notMerge={notMerge} ready={ready} />
    </div>
  );
}
