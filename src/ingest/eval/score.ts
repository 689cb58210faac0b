// Scoring predictions against labels (pure). Matching rules:
// - a predicted figure is the key file + province + metric + value; repeats of the same key in a file count once
//   (an article that states 216 twice states one figure);
// - it matches a required or optional label with the same key; optional labels neither reward nor punish;
// - an unmatched prediction is a false positive, and a "forbidden figure taken" when it matches a forbidden label
//   (metric or *, value or *, and the label's province when it names one);
// - recall counts the distinct required keys found.
import { METRIC_KEYS, METRICS, type MetricKey } from '../../core/metrics';
import { labelTopic, type FileLabel, type LabelFact, type LabelSet } from './labels';

export interface PredictedFact {
  province: string;
  metric: string;
  value: number;
  approx: boolean;
  sentence: string;
}

export interface FilePrediction {
  date: string | null;
  topic: boolean;
  provinces: string[];
  facts: PredictedFact[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Finding {
  file: string;
  province: string;
  metric: string;
  value: number;
  sentence?: string;
  why?: string;
}

export interface EvalReport {
  files: number;
  unlabelledFiles: string[];
  perMetric: Record<string, Counts>;
  all: Counts;
  core: Counts;
  falsePositives: Finding[];
  misses: Finding[];
  forbiddenTaken: Finding[];
  date: { right: number; total: number; wrong: { file: string; expected: string; got: string | null }[] };
  topic: { right: number; total: number; wrong: { file: string; expected: boolean; got: boolean }[] };
  provinces: Counts & { wrong: { file: string; missing: string[]; extra: string[] }[] };
}

const NO_PREDICTION: FilePrediction = { date: null, topic: false, provinces: [], facts: [] };

function valueKey(v: number): string {
  return (Math.round(v * 100) / 100).toString();
}

function key(province: string | undefined, metric: string, value: number): string {
  return `${province ?? ''}|${metric}|${valueKey(value)}`;
}

function labelKeys(facts: LabelFact[] | undefined): Set<string> {
  const out = new Set<string>();
  for (const f of facts ?? []) if (typeof f.value === 'number') out.add(key(f.province, f.metric, f.value));
  return out;
}

function forbiddenMatch(forbidden: LabelFact[] | undefined, p: PredictedFact): LabelFact | undefined {
  return forbidden?.find(
    (f) =>
      (f.metric === '*' || f.metric === p.metric) &&
      (f.value === '*' || valueKey(f.value) === valueKey(p.value)) &&
      (!f.province || f.province === p.province),
  );
}

function emptyCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

export function precision(c: Counts): number {
  return c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
}
export function recall(c: Counts): number {
  return c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
}

function scoreFacts(file: string, label: FileLabel, pred: FilePrediction, report: EvalReport): void {
  const required = labelKeys(label.required);
  const optional = labelKeys(label.optional);
  const seen = new Map<string, PredictedFact>();
  for (const p of pred.facts) if (!seen.has(key(p.province, p.metric, p.value))) seen.set(key(p.province, p.metric, p.value), p);
  const bump = (metric: string, field: keyof Counts) => {
    const m = (report.perMetric[metric] ??= emptyCounts());
    m[field]++;
    report.all[field]++;
    if (METRICS[metric as MetricKey]?.core) report.core[field]++;
  };
  for (const [k, p] of seen) {
    if (required.has(k)) bump(p.metric, 'tp');
    else if (!optional.has(k)) {
      bump(p.metric, 'fp');
      const finding = { file, province: p.province, metric: p.metric, value: p.value, sentence: p.sentence };
      report.falsePositives.push(finding);
      const f = forbiddenMatch(label.forbidden, p);
      if (f) report.forbiddenTaken.push({ ...finding, why: f.why });
    }
  }
  for (const f of label.required ?? []) {
    if (typeof f.value !== 'number') continue;
    const k = key(f.province, f.metric, f.value);
    if (seen.has(k) || report.misses.some((m) => m.file === file && key(m.province, m.metric, m.value) === k)) continue;
    bump(f.metric, 'fn');
    report.misses.push({ file, province: f.province ?? '', metric: f.metric, value: f.value, sentence: f.evidence });
  }
}

function scoreProvinces(file: string, label: FileLabel, pred: FilePrediction, report: EvalReport): void {
  const expected = new Set(label.provinces ?? []);
  const got = new Set(pred.topic ? pred.provinces : []);
  const missing = [...expected].filter((p) => !got.has(p));
  const extra = [...got].filter((p) => !expected.has(p));
  report.provinces.tp += expected.size - missing.length;
  report.provinces.fn += missing.length;
  report.provinces.fp += extra.length;
  if (missing.length || extra.length) report.provinces.wrong.push({ file, missing, extra });
}

/** Scores `predictions` (by file key) against `labels`. */
export function scoreAll(labels: LabelSet, predictions: Map<string, FilePrediction>): EvalReport {
  const report: EvalReport = {
    files: labels.size,
    unlabelledFiles: [...predictions.keys()].filter((k) => !labels.has(k)).sort(),
    perMetric: Object.fromEntries(METRIC_KEYS.map((m) => [m, emptyCounts()])),
    all: emptyCounts(),
    core: emptyCounts(),
    falsePositives: [],
    misses: [],
    forbiddenTaken: [],
    date: { right: 0, total: 0, wrong: [] },
    topic: { right: 0, total: 0, wrong: [] },
    provinces: { ...emptyCounts(), wrong: [] },
  };
  for (const [file, label] of [...labels].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const pred = predictions.get(file) ?? NO_PREDICTION;
    const topic = labelTopic(label);
    report.topic.total++;
    if (pred.topic === topic) report.topic.right++;
    else report.topic.wrong.push({ file, expected: topic, got: pred.topic });
    if (topic && label.date) {
      report.date.total++;
      if (pred.date === label.date) report.date.right++;
      else report.date.wrong.push({ file, expected: label.date, got: pred.date });
    }
    scoreFacts(file, label, topic ? pred : { ...pred, facts: pred.facts }, report);
    scoreProvinces(file, label, pred, report);
  }
  return report;
}
