// The header: title, metric, colour scale, level, inspection types, date range and language.
import type { Level } from '../../core/contract';
import { INSPECTION_TYPES, INSPECTION_TYPE_EN, METRIC_KEYS } from '../../core/metrics';
import type { MetricKey } from '../../core/metrics';
import { metricLabel } from '../charts/format';
import { getHeaderTools } from '../extensions';
import { useT } from '../i18n';
import { useStore } from '../state/store';
import type { ScaleMode } from '../state/store';

const LEVELS: Level[] = ['central', 'provincial', 'city-county'];

function MetricSelect() {
  const t = useT();
  const metric = useStore((s) => s.view.metric);
  const lang = useStore((s) => s.view.lang);
  const setMetric = useStore((s) => s.setMetric);
  return (
    <label className="control">
      <span>{t.metric}</span>
      <select data-testid="metric" value={metric} onChange={(e) => setMetric(e.target.value as MetricKey)}>
        {METRIC_KEYS.map((k) => (
          <option key={k} value={k}>
            {metricLabel(k, lang)}
          </option>
        ))}
      </select>
    </label>
  );
}

function ScaleSelect() {
  const t = useT();
  const scale = useStore((s) => s.view.scale);
  const setScale = useStore((s) => s.setScale);
  return (
    <label className="control">
      <span>{t.scale}</span>
      <select data-testid="scale" value={scale} onChange={(e) => setScale(e.target.value as ScaleMode)}>
        <option value="continuous">{t.scaleContinuous}</option>
        <option value="quantile">{t.scaleQuantile}</option>
      </select>
    </label>
  );
}

function LevelSelect() {
  const t = useT();
  const level = useStore((s) => s.view.level);
  const setLevel = useStore((s) => s.setLevel);
  return (
    <label className="control">
      <span>{t.level}</span>
      <select data-testid="level" value={level ?? ''} onChange={(e) => setLevel((e.target.value || null) as Level | null)}>
        <option value="">{t.levelAll}</option>
        {LEVELS.map((l) => (
          <option key={l} value={l}>
            {t[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

function TypeChips() {
  const t = useT();
  const types = useStore((s) => s.view.types);
  const lang = useStore((s) => s.view.lang);
  const toggleType = useStore((s) => s.toggleType);
  return (
    <fieldset className="control chips" data-testid="types">
      <legend>{t.types}</legend>
      {INSPECTION_TYPES.map((type) => (
        <button key={type} type="button" aria-pressed={types.includes(type)} onClick={() => toggleType(type)}>
          {lang === 'en' ? INSPECTION_TYPE_EN[type] : type}
        </button>
      ))}
    </fieldset>
  );
}

function RangeNote() {
  const t = useT();
  const range = useStore((s) => s.view.range);
  const setRange = useStore((s) => s.setRange);
  if (!range) return null;
  return (
    <span className="control range-note" data-testid="range">
      {t.range}: {range[0]} – {range[1]}
      <button type="button" onClick={() => setRange(null)} aria-label={t.resetRange} title={t.resetRange}>
        ×
      </button>
    </span>
  );
}

function LanguageSwitch() {
  const t = useT();
  const lang = useStore((s) => s.view.lang);
  const setLang = useStore((s) => s.setLang);
  return (
    <button type="button" className="lang" data-testid="lang" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} lang={lang === 'zh' ? 'en' : 'zh'}>
      {t.language}
    </button>
  );
}

export function Controls() {
  const t = useT();
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t.appTitle}</h1>
        <p>{t.appSubtitle}</p>
      </div>
      <div className="controls">
        <MetricSelect />
        <ScaleSelect />
        <LevelSelect />
        <TypeChips />
        <RangeNote />
        {getHeaderTools().map((Tool, k) => (
          <Tool key={k} />
        ))}
        <LanguageSwitch />
      </div>
    </header>
  );
}
