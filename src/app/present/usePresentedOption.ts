// What a dashboard chart draws while presenting: its option with large type. The key changes when presenting
// starts or stops, so the chart is drawn afresh rather than merged (no large sizes left behind).
import { useMemo } from 'react';
import type { EChartsCoreOption } from '../charts/echarts';
import { useStore } from '../state/store';
import { enlargeType } from './largeType';

/** How much larger the charts' type is on a presentation screen. */
export const PRESENTATION_TYPE_SCALE = 1.6;

export function usePresentedOption(option: EChartsCoreOption): { option: EChartsCoreOption; key: string } {
  const presenting = useStore((s) => s.presenting);
  const shown = useMemo(
    () => (presenting ? (enlargeType(option as Record<string, unknown>, PRESENTATION_TYPE_SCALE) as EChartsCoreOption) : option),
    [presenting, option],
  );
  return { option: shown, key: presenting ? 'presenting' : 'dashboard' };
}
