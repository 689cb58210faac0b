// Articles and the metric per month. Dragging across months (the brush) sets the date range every view
// filters by; the play button steps the range through the years.
import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import type { EChartsType } from 'echarts/core';
import { buildTimelineOption } from '../charts/timelineOption';
import { useT } from '../i18n';
import { useChartFilters, useChartSelection, useColumns } from '../state/hooks';
import { selectMonthly, yearsOf } from '../state/selectors';
import { useStore } from '../state/store';
import { AfterMap } from './AfterMap';
import { useLayeredMonthly } from '../importCsv/useLayer';
import { Chart } from './Chart';
import { WhenIndexed } from './DataGate';
import { Panel } from './Panel';

export const PLAY_STEP_MS = 1500;

interface BrushEnd {
  areas: { coordRange?: [number, number] }[];
}

/** Steps the range through the years while playing; stops after the last. */
function usePlayer(years: number[]) {
  const setRange = useStore((s) => s.setRange);
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing || !years.length) return;
    let k = 0;
    const show = () => setRange([`${years[k]}-01`, `${years[k]}-12`]);
    show();
    const timer = setInterval(() => {
      k += 1;
      if (k >= years.length) {
        setPlaying(false);
        return;
      }
      show();
    }, PLAY_STEP_MS);
    return () => clearInterval(timer);
  }, [playing, years, setRange]);
  return { playing, toggle: () => setPlaying((p) => !p) };
}

function TimelineChart() {
  const t = useT();
  const columns = useColumns();
  const filters = useChartFilters();
  const metric = useStore((s) => s.view.metric);
  const selection = useChartSelection();
  const range = useStore((s) => s.view.range);
  const lang = useStore((s) => s.view.lang);
  const setRange = useStore((s) => s.setRange);
  const series = useLayeredMonthly(selectMonthly(columns, filters, metric, selection), selection);
  const years = useMemo(() => yearsOf(columns), [columns]);
  const player = usePlayer(years);
  const option = useMemo(() => buildTimelineOption({ series, metric, range, lang }), [series, metric, range, lang]);
  const [chart, setChart] = useState<EChartsType | null>(null);
  const onReady = useCallback((c: EChartsType) => setChart(c), []);
  useEffect(() => {
    // Dragging on the plot draws a range without a toolbox button.
    chart?.dispatchAction({ type: 'takeGlobalCursor', key: 'brush', brushOption: { brushType: 'lineX', brushMode: 'single' } });
  }, [chart, option]);
  const onEvents = useMemo(
    () => ({
      brushEnd: (p: BrushEnd) => {
        const [i0, i1] = p.areas[0]?.coordRange ?? [];
        if (i0 === undefined || i1 === undefined) return;
        const months = series.months;
        const from = months[Math.max(0, Math.min(i0, i1))];
        const to = months[Math.min(months.length - 1, Math.max(i0, i1))];
        // One render for every view (a transition) rather than the list first and the charts after.
        if (from && to) startTransition(() => setRange([from, to]));
        // The range is drawn from the state (markArea); clear the brush's own area after this frame.
        requestAnimationFrame(() => chart?.dispatchAction({ type: 'brush', areas: [] }));
      },
    }),
    [series.months, setRange, chart],
  );
  const tools = (
    <>
      <button type="button" data-testid="play" aria-pressed={player.playing} onClick={player.toggle}>
        {player.playing ? `❚❚ ${t.pause}` : `▶ ${t.play}`}
      </button>
      <button type="button" data-testid="reset-range" disabled={!range} onClick={() => setRange(null)}>
        {range ? `${range[0]} – ${range[1]} ×` : t.allTime}
      </button>
    </>
  );
  return (
    <Panel id="timeline" title={t.timeline} charts={['timeline']} tools={tools}>
      <AfterMap>
        <div className="timeline-box" data-testid="timeline" data-months={series.months.join(',')}>
          <Chart id="timeline" option={option} onEvents={onEvents} onReady={onReady} label={t.timeline} style={{ height: '100%' }} />
        </div>
      </AfterMap>
    </Panel>
  );
}

export function Timeline() {
  const t = useT();
  return (
    <WhenIndexed id="timeline" title={t.timeline}>
      <TimelineChart />
    </WhenIndexed>
  );
}
