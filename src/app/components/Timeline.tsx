// Articles and the metric per month. Dragging across months (the brush, RangeDrag.tsx) sets the date range
// every view filters by; the play button steps the range through the years.
import { useEffect, useMemo, useState } from 'react';
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
import { RangeDrag } from './RangeDrag';

export const PLAY_STEP_MS = 1500;

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
  // The range is shaded over the chart (RangeDrag), not drawn in it: a brush leaves the timeline as it is.
  const option = useMemo(() => buildTimelineOption({ series, metric, range: null, lang }), [series, metric, lang]);
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
          <RangeDrag months={series.months} range={range} onPick={setRange}>
            <Chart id="timeline" option={option} label={t.timeline} style={{ height: '100%' }} />
          </RangeDrag>
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
