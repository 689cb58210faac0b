// The metric catalogue (see LABELING.md in the corpus guide). One entry per figure kind the ingest can
// extract and the dashboard can draw. Adding a metric = one entry here + rules in src/ingest/facts/.

export const METRIC_KEYS = [
  'issues_found',
  'problem_clues',
  'accountability',
  'rectification_measures',
  'institutional_fixes',
  'units_inspected',
  'inspection_teams',
  'rounds',
  'staff',
  'petitions',
  'transferred_issues',
  'recovered_funds',
  'reports',
  'common_issues',
] as const;

/** A metric key's place in METRIC_KEYS (the number the packed and indexed data use for it). */
export const METRIC_INDEX: ReadonlyMap<string, number> = new Map(METRIC_KEYS.map((k, i) => [k, i]));

export type MetricKey = (typeof METRIC_KEYS)[number];

export interface MetricInfo {
  key: MetricKey;
  zh: string;
  en: string;
  /** Unit word as written after the number in Chinese, for labels (个, 件, 人次 …). */
  unitZh: string;
  unitEn: string;
  /** The "core four" whose precision and recall bars are highest. */
  core: boolean;
}

export const METRICS: Record<MetricKey, MetricInfo> = {
  issues_found: { key: 'issues_found', zh: '发现问题', en: 'Issues found', unitZh: '个', unitEn: 'issues', core: true },
  problem_clues: { key: 'problem_clues', zh: '问题线索', en: 'Problem clues', unitZh: '件', unitEn: 'clues', core: true },
  accountability: { key: 'accountability', zh: '追责问责', en: 'Held to account', unitZh: '人', unitEn: 'people', core: true },
  rectification_measures: { key: 'rectification_measures', zh: '整改措施', en: 'Rectification measures', unitZh: '项', unitEn: 'measures', core: true },
  institutional_fixes: { key: 'institutional_fixes', zh: '完善制度', en: 'Rules made or improved', unitZh: '项', unitEn: 'rules', core: false },
  units_inspected: { key: 'units_inspected', zh: '被巡视巡察单位', en: 'Units inspected', unitZh: '个', unitEn: 'units', core: false },
  inspection_teams: { key: 'inspection_teams', zh: '巡视巡察组', en: 'Inspection teams', unitZh: '个', unitEn: 'teams', core: false },
  rounds: { key: 'rounds', zh: '巡视巡察轮次', en: 'Rounds', unitZh: '轮', unitEn: 'rounds', core: false },
  staff: { key: 'staff', zh: '抽调人员', en: 'Staff drawn in', unitZh: '人', unitEn: 'people', core: false },
  petitions: { key: 'petitions', zh: '信访件次', en: 'Letters, calls and visits', unitZh: '件次', unitEn: 'items', core: false },
  transferred_issues: { key: 'transferred_issues', zh: '移交问题', en: 'Issues handed over', unitZh: '个', unitEn: 'issues', core: false },
  recovered_funds: { key: 'recovered_funds', zh: '挽回损失', en: 'Funds recovered', unitZh: '元', unitEn: 'yuan', core: false },
  reports: { key: 'reports', zh: '专题报告', en: 'Thematic reports', unitZh: '份', unitEn: 'reports', core: false },
  common_issues: { key: 'common_issues', zh: '共性问题', en: 'Common issue types', unitZh: '类', unitEn: 'types', core: false },
};

export const INSPECTION_TYPES = ['常规', '专项', '机动', '回头看', '提级', '交叉', '点穴式', '上下联动'] as const;
export type InspectionType = (typeof INSPECTION_TYPES)[number];

export const INSPECTION_TYPE_EN: Record<InspectionType, string> = {
  常规: 'Regular',
  专项: 'Thematic',
  机动: 'Ad hoc',
  回头看: 'Follow-up',
  提级: 'Escalated',
  交叉: 'Cross',
  点穴式: 'Targeted',
  上下联动: 'Joint (up-down)',
};

export function isMetricKey(x: unknown): x is MetricKey {
  return typeof x === 'string' && (METRIC_KEYS as readonly string[]).includes(x);
}
