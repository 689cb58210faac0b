// The evaluation report as text: per-metric precision/recall, the core-four and overall lines, forbidden
// figures taken, date / topic / province accuracy, and optionally the misses and false positives.
import { METRIC_KEYS, METRICS, type MetricKey } from '../../core/metrics';
import { precision, recall, type Counts, type EvalReport, type Finding } from './score';

const pct = (x: number) => x.toFixed(3);

function line(name: string, c: Counts): string {
  return `${name.padEnd(24)} P ${pct(precision(c))}  R ${pct(recall(c))}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
}

function finding(f: Finding): string {
  const s = f.sentence ? `  «${f.sentence.length > 120 ? f.sentence.slice(0, 120) + '…' : f.sentence}»` : '';
  return `  ${f.file}  ${f.province} ${f.metric}=${f.value}${f.why ? ` (${f.why})` : ''}${s}`;
}

/** The project's acceptance bars (issue 2), each with whether the report meets it. */
export function checkBars(r: EvalReport): { bar: string; ok: boolean }[] {
  const dateRate = r.date.total ? r.date.right / r.date.total : 1;
  return [
    { bar: 'all figures P ≥ 0.90', ok: precision(r.all) >= 0.9 },
    { bar: 'all figures R ≥ 0.85', ok: recall(r.all) >= 0.85 },
    { bar: 'core four P ≥ 0.90', ok: precision(r.core) >= 0.9 },
    { bar: 'core four R ≥ 0.90', ok: recall(r.core) >= 0.9 },
    { bar: 'no forbidden figure taken', ok: r.forbiddenTaken.length === 0 },
    { bar: 'dates right ≥ 0.95', ok: dateRate >= 0.95 },
    { bar: 'provinces P ≥ 0.90', ok: precision(r.provinces) >= 0.9 },
    { bar: 'provinces R ≥ 0.90', ok: recall(r.provinces) >= 0.9 },
  ];
}

export function formatReport(r: EvalReport, details: boolean): string {
  const out: string[] = [];
  out.push(`files labelled: ${r.files}${r.unlabelledFiles.length ? `, unlabelled files seen: ${r.unlabelledFiles.length}` : ''}`);
  out.push('', 'per metric:');
  for (const m of METRIC_KEYS) {
    const c = r.perMetric[m];
    if (c.tp + c.fp + c.fn > 0) out.push('  ' + line(m + (METRICS[m as MetricKey].core ? ' *' : ''), c));
  }
  out.push('', line('ALL FIGURES', r.all), line('CORE FOUR *', r.core));
  out.push(`forbidden figures taken: ${r.forbiddenTaken.length}`);
  for (const f of r.forbiddenTaken) out.push(finding(f));
  out.push(`date accuracy (dated on-topic files): ${r.date.right}/${r.date.total} = ${pct(r.date.total ? r.date.right / r.date.total : 1)}`);
  out.push(`topic accuracy: ${r.topic.right}/${r.topic.total} = ${pct(r.topic.total ? r.topic.right / r.topic.total : 1)}`);
  out.push(line('provinces', r.provinces));
  const bars = checkBars(r);
  out.push(`bars: ${bars.filter((b) => b.ok).length}/${bars.length} met${bars.some((b) => !b.ok) ? ` — not met: ${bars.filter((b) => !b.ok).map((b) => b.bar).join('; ')}` : ''}`);
  if (details) {
    out.push('', `misses (${r.misses.length}):`, ...r.misses.map(finding));
    out.push('', `false positives (${r.falsePositives.length}):`, ...r.falsePositives.map(finding));
    out.push('', 'date errors:', ...r.date.wrong.map((w) => `  ${w.file}  expected ${w.expected}, got ${w.got}`));
    out.push('', 'topic errors:', ...r.topic.wrong.map((w) => `  ${w.file}  expected ${w.expected}, got ${w.got}`));
    out.push('', 'province errors:', ...r.provinces.wrong.map((w) => `  ${w.file}  missing [${w.missing.join(' ')}] extra [${w.extra.join(' ')}]`));
  }
  return out.join('\n');
}
