// One ECharts chart (tree-shaken core through echarts-for-react), registered under its id while mounted.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { CSSProperties } from 'react';
import { useCallback, useEffect } from 'react';
import type { EChartsType } from 'echarts/core';
import { echarts } from '../charts/echarts';
import type { EChartsCoreOption } from '../charts/echarts';
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

export function Chart({ id, option, onEvents, onReady, style, notMerge, label }: ChartProps) {
  const ready = useCallback(
    (chart: EChartsType) => {
      registerChart(id, chart);
      onReady?.(chart);
    },
    [id, onReady],
  );
  useEffect(() => () => registerChart(id, null), [id]);
  const presented = usePresentedOption(option); // large type in presentation mode
  return (
    <div className="chart" data-testid={`chart-${id}`} role="img" aria-label={label} style={style}>
      <ReactEChartsCore
        key={presented.key}
        echarts={echarts}
        option={presented.option}
        notMerge={notMerge}
        lazyUpdate
        onEvents={onEvents as Record<string, () => void>}
        onChartReady={ready as never}
        style={{ width: '100%', height: '100%' }}
        opts={{ renderer: 'canvas' }}
      />
    </div>
  );
}
