// The header: title, metric, colour scale, level, inspection types, date range and language.
import type { Level } from '../../core/contract';
import { INSPECTION_TYPES, INSPECTION_TYPE_EN, METRIC_KEYS } from '../../core/metrics';
import type { MetricKey } from '../../core/metrics';
import { metricLabel } from '../charts/format';
import { getHeaderTools } from '../extensions';
import { useT } from '../i18n';
import { useStore } from '../state/store';
import { ChoiceSelect } from './ChoiceSelect';
import type { ScaleMode } from '../state/store';

const LEVELS: Level[] = ['central', 'provincial', 'city-county'];

function MetricSelect() {
  const t = useT();
  const metric = useStore((s) => s.view.metric);
  const lang = useStore((s) => s.view.lang);
  const setMetric = useStore((s) => s.setMetric);
  const choices = METRIC_KEYS.map((k) => ({ value: k, text: metricLabel(k, lang) }));
  return <ChoiceSelect<MetricKey> label={t.metric} testId="metric" value={metric} choices={choices} onChange={setMetric} />;
}

function ScaleSelect() {
  const t = useT();
  const scale = useStore((s) => s.view.scale);
  const setScale = useStore((s) => s.setScale);
  const choices = [
    { value: 'continuous' as const, text: t.scaleContinuous },
    { value: 'quantile' as const, text: t.scaleQuantile },
  ];
  return <ChoiceSelect<ScaleMode> label={t.scale} testId="scale" value={scale} choices={choices} onChange={setScale} />;
}

function LevelSelect() {
  const t = useT();
  const level = useStore((s) => s.view.level);
  const setLevel = useStore((s) => s.setLevel);
  // '' stands for "every level" (null in the store).
  const choices = [{ value: '' as const, text: t.levelAll }, ...LEVELS.map((l) => ({ value: l, text: t[l] }))];
  return <ChoiceSelect<Level | ''> label={t.level} testId="level" value={level ?? ''} choices={choices} onChange={(v) => setLevel(v || null)} />;
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
