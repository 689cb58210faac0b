// Scoring rules on tiny label sets written for the test.
import { describe, expect, it } from 'vitest';
import { parseLabels } from '../../../src/ingest/eval/labels';
import { precision, recall, scoreAll, type FilePrediction } from '../../../src/ingest/eval/score';
import { checkBars, formatReport } from '../../../src/ingest/eval/format';

const labels = parseLabels(
  JSON.stringify({
    'a.txt': {
      date: '2021-05-01',
      topic: true,
      provinces: ['宁夏'],
      required: [
        { province: '宁夏', metric: 'issues_found', value: 216 },
        { province: '宁夏', metric: 'inspection_teams', value: 2 },
      ],
      optional: [{ province: '宁夏', metric: 'common_issues', value: 38 }],
      forbidden: [{ metric: 'rounds', value: 1, why: '第一轮 is an ordinal' }, { metric: '*', value: 420, why: 'interviews' }],
    },
    'b.json': { date: '2016-06-17', topic: false, provinces: [], required: [], optional: [], forbidden: [] },
    'c.txt': { date: null, topic: true, provinces: ['全国'], required: [{ province: '全国', metric: 'rounds', value: 3 }] },
  }),
);

const fact = (province: string, metric: string, value: number) => ({ province, metric, value, approx: false, sentence: `…${value}…` });

function predictions(entries: Record<string, FilePrediction>) {
  return new Map(Object.entries(entries));
}

describe('scoreAll', () => {
  const report = scoreAll(
    labels,
    predictions({
      'a.txt': {
        date: '2021-05-01',
        topic: true,
        provinces: ['宁夏', '甘肃'],
        facts: [
          fact('宁夏', 'issues_found', 216),
          fact('宁夏', 'issues_found', 216), // stated twice: one figure
          fact('宁夏', 'common_issues', 38), // optional: neither rewarded nor punished
          fact('宁夏', 'rounds', 1), // forbidden
          fact('宁夏', 'petitions', 420), // forbidden by *
          fact('甘肃', 'inspection_teams', 2), // right number, wrong province
        ],
      },
      'b.json': { date: '2016-06-17', topic: true, provinces: ['全国'], facts: [] },
      'z.txt': { date: null, topic: true, provinces: [], facts: [] },
    }),
  );

  it('counts true positives once per key and ignores optional labels', () => {
    expect(report.perMetric.issues_found).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(report.perMetric.common_issues).toEqual({ tp: 0, fp: 0, fn: 0 });
  });

  it('counts a figure for the wrong province as a false positive and a miss', () => {
    expect(report.perMetric.inspection_teams).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('lists forbidden figures taken, by metric or by *', () => {
    expect(report.forbiddenTaken.map((f) => `${f.metric}=${f.value}`).sort()).toEqual(['petitions=420', 'rounds=1']);
  });

  it('counts a labelled file with no prediction as missed', () => {
    expect(report.perMetric.rounds.fn).toBe(1);
    expect(report.misses.some((m) => m.file === 'c.txt')).toBe(true);
  });

  it('sums overall and core-four counts', () => {
    expect(report.all).toEqual({ tp: 1, fp: 3, fn: 2 });
    expect(report.core).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(precision(report.all)).toBeCloseTo(0.25);
    expect(recall(report.all)).toBeCloseTo(1 / 3);
  });

  it('scores topic, dates of dated on-topic files, and provinces', () => {
    expect(report.topic).toMatchObject({ right: 1, total: 3 });
    expect(report.date).toMatchObject({ right: 1, total: 1 });
    expect(report.provinces).toMatchObject({ tp: 1, fp: 2, fn: 1 });
    expect(report.unlabelledFiles).toEqual(['z.txt']);
  });

  it('prints a report with the per-metric lines and, on request, the misses', () => {
    const text = formatReport(report, true);
    expect(text).toMatch(/issues_found \*\s+P 1\.000\s+R 1\.000/);
    expect(text).toMatch(/forbidden figures taken: 2/);
    expect(text).toMatch(/misses \(2\)/);
    expect(formatReport(report, false)).not.toMatch(/misses/);
  });

  it('checks the acceptance bars', () => {
    const failed = checkBars(report).filter((b) => !b.ok).map((b) => b.bar);
    expect(failed).toContain('all figures P ≥ 0.90');
    expect(failed).toContain('no forbidden figure taken');
    expect(failed).not.toContain('dates right ≥ 0.95');
    expect(formatReport(report, false)).toMatch(/bars: \d\/8 met — not met: /);
  });
});

describe('parseLabels', () => {
  it('rejects a malformed entry naming its file', () => {
    expect(() => parseLabels(JSON.stringify({ 'x.txt': { required: [{ metric: 'rounds' }] } }))).toThrow(/x\.txt/);
  });
});
