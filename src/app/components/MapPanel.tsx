// The map panel: breadcrumb, the China (or prefecture) choropleth, the 全国 tile and the region table.
import { useMemo } from 'react';
import type { EChartsType } from 'echarts/core';
import { NATIONAL, PROVINCE_BY_ADCODE } from '../../core/regions';
import { adcodeOfRegion, buildMapOption } from '../charts/mapOption';
import { formatValue, metricLabel, regionName } from '../charts/format';
import type { PreparedGeo } from '../geo/geoJson';
import { mapNameOf } from '../geo/geoJson';
import { useT } from '../i18n';
import { useChartSelection } from '../state/hooks';
import { useStore } from '../state/store';
import { markMapPainted } from './AfterMap';
import { Chart } from './Chart';
import { IndexGate } from './DataGate';
import { Panel } from './Panel';
import { RegionTable } from './RegionTable';
import { useGeo } from './useGeo';
import { useRegionFigures } from './useRegionFigures';

function Breadcrumb() {
  const t = useT();
  const drill = useStore((s) => s.view.drill);
  const selection = useStore((s) => s.view.selection);
  const lang = useStore((s) => s.view.lang);
  const drillUp = useStore((s) => s.drillUp);
  const drillInto = useStore((s) => s.drillInto);
  const canDrill = drill === null && selection !== null && PROVINCE_BY_ADCODE.has(selection);
  return (
    <nav className="breadcrumb" aria-label="breadcrumb" data-testid="breadcrumb">
      {drill === null ? (
        <span>{t.backToChina}</span>
      ) : (
        <>
          <button type="button" data-testid="drill-up" onClick={drillUp}>
            {t.backToChina}
          </button>
          <span aria-hidden="true"> › </span>
          <span data-testid="drill-name">{regionName(drill, lang)}</span>
        </>
      )}
      {canDrill && (
        <button type="button" className="drill" data-testid="drill-down" onClick={() => drillInto(selection)}>
          {t.drillDown}: {regionName(selection, lang)}
        </button>
      )}
    </nav>
  );
}

function NationalTile() {
  const t = useT();
  const lang = useStore((s) => s.view.lang);
  const selected = useStore((s) => s.view.selection === NATIONAL.adcode);
  const toggleSelection = useStore((s) => s.toggleSelection);
  const figures = useRegionFigures(null);
  const drill = useStore((s) => s.view.drill);
  if (drill !== null) return null;
  const f = figures?.get(NATIONAL.adcode);
  return (
    <button
      type="button"
      className="national-tile"
      data-testid="national-tile"
      aria-pressed={selected}
      onClick={() => toggleSelection(NATIONAL.adcode)}
    >
      <strong>{t.national}</strong>
      <span className="tile-value">{f && f.facts > 0 ? formatValue(f.value, f.approx, lang) : t.noFigures}</span>
      <small>
        {f?.facts ?? 0} {t.figures} · {f?.articles ?? 0} {t.articles}
      </small>
    </button>
  );
}

/**
 * Writes where each region's centre is on screen, keyed by adcode, into the map container
 * (data-region-centres), so browser tests and benchmarks can click a province the way a user does
 * without reaching into the chart.
 */
function recordRegionCentres(chart: EChartsType, geo: PreparedGeo): void {
  const host = chart.getDom().closest<HTMLElement>('[data-testid=chart-map]');
  if (!host) return;
  const centres: Record<string, [number, number]> = {};
  for (const [adcode, name] of geo.names) {
    const point = chart.convertToPixel({ seriesIndex: 0 }, name) as unknown as number[] | undefined;
    if (point && Number.isFinite(point[0])) centres[adcode] = [Math.round(point[0]), Math.round(point[1])];
  }
  host.dataset.regionCentres = JSON.stringify(centres);
}

function LoadingNote() {
  const t = useT();
  return <div className="explain small">{t.loading}</div>;
}

function MapChart({ geo }: { geo: PreparedGeo }) {
  const drill = useStore((s) => s.view.drill);
  const metric = useStore((s) => s.view.metric);
  const selection = useChartSelection();
  const scale = useStore((s) => s.view.scale);
  const lang = useStore((s) => s.view.lang);
  const toggleSelection = useStore((s) => s.toggleSelection);
  const drillInto = useStore((s) => s.drillInto);
  const figures = useRegionFigures(geo);
  const option = useMemo(
    () =>
      figures &&
      buildMapOption({
        mapName: mapNameOf(drill),
        geo,
        figures,
        metric,
        selection,
        scale,
        lang,
        labels: drill !== null,
      }),
    [drill, geo, figures, metric, selection, scale, lang],
  );
  const onEvents = useMemo(
    () => ({
      click: (p: { name: string }) => {
        const adcode = adcodeOfRegion(p.name, geo);
        if (adcode !== null) toggleSelection(adcode);
      },
      finished: (_: unknown, chart: EChartsType) => {
        requestAnimationFrame(markMapPainted);
        recordRegionCentres(chart, geo);
      },
      dblclick: (p: { name: string }) => {
        const adcode = adcodeOfRegion(p.name, geo);
        if (drill === null && adcode !== null && PROVINCE_BY_ADCODE.has(adcode)) drillInto(adcode);
      },
    }),
    [toggleSelection, drillInto, drill, geo],
  );
  if (!option) return <LoadingNote />;
  return <Chart id="map" key={`${drill}-${scale}`} option={option} onEvents={onEvents} label={regionName(drill ?? NATIONAL.adcode, lang)} style={{ height: '100%' }} />;
}

export function MapPanel() {
  const t = useT();
  const drill = useStore((s) => s.view.drill);
  const metric = useStore((s) => s.view.metric);
  const lang = useStore((s) => s.view.lang);
  const geo = useGeo(drill);
  const title = `${metricLabel(metric, lang)} · ${drill === null ? t.backToChina : regionName(drill, lang)}`;
  return (
    <Panel id="map" title={title} charts={['map']} tools={<Breadcrumb />}>
      <div className="map-area">
        <div className="map-box">
          {geo.status === 'ready' ? <MapChart geo={geo.geo} /> : <div className="explain small">{geo.status === 'error' ? geo.message : t.loading}</div>}
          <NationalTile />
        </div>
      </div>
    </Panel>
  );
}

export function RegionTablePanel() {
  const t = useT();
  const drill = useStore((s) => s.view.drill);
  const geo = useGeo(drill);
  const ready = geo.status === 'ready' ? geo.geo : null;
  return (
    <Panel id="table" title={t.regionTable}>
      <IndexGate>
        <RegionTable geo={ready} />
      </IndexGate>
    </Panel>
  );
}
