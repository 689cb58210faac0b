// Three bar charts: top regions for the metric (a click selects the region), the selection's figures by
// metric (a click switches the metric), and its articles by inspection type (a click filters by the type).
import { useMemo, type ReactNode } from 'react';
import type { InspectionType, MetricKey } from '../../core/metrics';
import { buildBarsOption, metricBars, topRegionBars, typeBars } from '../charts/barsOption';
import { metricLabel, regionName } from '../charts/format';
import { useT } from '../i18n';
import { useChartFilters, useChartSelection, useColumns } from '../state/hooks';
import { selectArticleOrdinals, selectMetricFigures, selectTypeCounts } from '../state/selectors';
import { useStore } from '../state/store';
import { AfterMap } from './AfterMap';
import { useLayeredMetricFigures } from '../importCsv/useLayer';
import { Chart, type ChartProps } from './Chart';
import { IndexGate } from './DataGate';
import { Panel } from './Panel';
import { useGeo } from './useGeo';
import { useRegionFigures } from './useRegionFigures';

/** One bar chart under its heading; the chart fills what the heading leaves. */
function BarBlock({ heading, ...chart }: Pick<ChartProps, 'id' | 'option' | 'onEvents' | 'label'> & { heading: ReactNode }) {
  return (
    <div className="bar-block">
      <h3>{heading}</h3>
      <Chart {...chart} style={{ height: 'calc(100% - 24px)' }} />
    </div>
  );
}

interface BarClick {
  name: string;
}

function TopRegions() {
  const t = useT();
  const lang = useStore((s) => s.view.lang);
  const metric = useStore((s) => s.view.metric);
  const selection = useChartSelection();
  const drill = useStore((s) => s.view.drill);
  const toggleSelection = useStore((s) => s.toggleSelection);
  const geo = useGeo(drill);
  const names = geo.status === 'ready' ? geo.geo.names : undefined;
  const figures = useRegionFigures(geo.status === 'ready' ? geo.geo : null);
  const option = useMemo(() => buildBarsOption(topRegionBars(figures ?? new Map(), selection, lang, names)), [figures, selection, lang, names]);
  const onEvents = useMemo(() => ({ click: (p: BarClick) => toggleSelection(Number(p.name)) }), [toggleSelection]);
  return <BarBlock id="bars-top" heading={<>{t.topRegions}: {metricLabel(metric, lang)}</>} label={t.topRegions} option={option} onEvents={onEvents} />;
}

function SelectionMetrics() {
  const t = useT();
  const columns = useColumns();
  const filters = useChartFilters();
  const lang = useStore((s) => s.view.lang);
  const metric = useStore((s) => s.view.metric);
  const selection = useChartSelection();
  const setMetric = useStore((s) => s.setMetric);
  const geo = useGeo(useStore((s) => s.view.drill));
  const names = geo.status === 'ready' ? geo.geo.names : undefined;
  const figures = useLayeredMetricFigures(selectMetricFigures(columns, filters, selection), selection);
  const option = useMemo(() => buildBarsOption(metricBars(figures, metric, lang)), [figures, metric, lang]);
  const onEvents = useMemo(() => ({ click: (p: BarClick) => setMetric(p.name as MetricKey) }), [setMetric]);
  return <BarBlock id="bars-metrics" heading={<>{t.selectionMetrics}: {selection === null ? t.allRegions : regionName(selection, lang, names)}</>} label={t.selectionMetrics} option={option} onEvents={onEvents} />;
}

function SelectionTypes() {
  const t = useT();
  const columns = useColumns();
  const filters = useChartFilters();
  const lang = useStore((s) => s.view.lang);
  const types = useStore((s) => s.view.types);
  const selection = useChartSelection();
  const toggleType = useStore((s) => s.toggleType);
  const counts = selectTypeCounts(columns, selectArticleOrdinals(columns, filters, selection));
  const option = useMemo(() => buildBarsOption(typeBars(counts, types, lang)), [counts, types, lang]);
  const onEvents = useMemo(() => ({ click: (p: BarClick) => toggleType(p.name as InspectionType) }), [toggleType]);
  return <BarBlock id="bars-types" heading={t.selectionTypes} label={t.selectionTypes} option={option} onEvents={onEvents} />;
}

export function Bars() {
  const t = useT();
  return (
    <Panel id="bars" title={t.topRegions} charts={['bars-top', 'bars-metrics', 'bars-types']}>
      <div className="bars">
        <IndexGate>
          <AfterMap>
            <TopRegions />
            <SelectionMetrics />
            <SelectionTypes />
          </AfterMap>
        </IndexGate>
      </div>
    </Panel>
  );
}
