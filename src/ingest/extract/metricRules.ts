// How Chinese inspection reports state each metric of the catalogue (LABELING.md), as rules over a number's
// context: the measure word after it, the clause before it and the words after it. The first rule that holds
// decides the metric; a number no rule takes is not a figure. Order matters: narrower readings come first
// (问题线索 before 问题, 整改完成的问题 before 问题, 信访…人次 before …人).
import type { MetricKey } from '../../core/metrics';
import type { NumberContext } from './numberContext';

export interface MetricRule {
  metric: MetricKey;
  /** The wording the rule reads, in one line (printed by `npm run eval -- --rules`). */
  about: string;
  /** The measure words the rule reads (个, 件 …): a number with another one is never this metric. */
  units: readonly string[];
  /** Whether the context states the metric; only asked for a number with one of `units`. */
  test: (c: NumberContext) => boolean;
  /**
   * A cheap necessary condition of `test`: the words every reading of the rule contains, looked up with indexOf
   * (written out, no list of words allocated per call).
   * A number without them is passed over without running the rule's regexes (the tests check that `test` never
   * holds where this does not).
   */
  mayHold?: (c: NumberContext) => boolean;
}


const INSPECT = /巡视|巡察|回头看/;
const PLAN = /每年|每届|每组|每个组|一托|至少|力争|计划|拟|将于|要在|任期内|确保|再开展|再进行/;
/** Modifiers allowed between a count and 巡视组/巡察组 (15个中央巡视组, 17个省委专项巡视组). */
const TEAM_AFTER = /^(?:中央|省委|市委|县委|区委|州委|旗委|自治区党委|自治州党委|军委|专项|常规|机动|联动|交叉|提级|联合|省级|市级|县级|市县|“|”)*(?:巡视|巡察)(?:工作)?小?组(?!长|组长)/;
/** Clause openers of a previous-order number (新一轮, 再开展一轮, 本轮). */
const ROUND_NOT_COUNT_BEFORE = /[新再本首上下每这那前后一]$/;
const ORG_NOUN = /^[^，。；]{0,14}?(?:党组织|党委|党组|单位|地区|地方|县|市|区|省|州|盟|旗|乡|镇|村|部门|机关|高校|企业|国企|公司|集团|金融|机构|学校|大学|医院|银行|社区|街道|部委|中管|央企|中央)/;
/** The whole set the inspected are drawn from (全市19个镇（街道）中的7个, 4个市（州）所辖的24个县) is not inspected. */
const WHOLE_SET_AFTER = /^[^，。；]{0,10}?(?:中的|之中|当中)|^[^，。；及和与]{0,8}?(?:所辖|下辖)/;
/** Units whose inspection work is guided or checked (对所辖12个县市区的巡察工作开展指导督导) are not inspected. */
const GUIDED_AFTER = /^[^，。；]{0,30}?(?:的(?:巡视|巡察)(?:工作|整改)|指导|督导|督查|检查|考核|调研|观摩|评估)/;
const NOT_UNIT_NOUN = /^(?:方面|问题|巡视组|巡察组|工作组|组|轮|人|批|月|年|天|小时|类|项|条)/;
const FOUND = /发现|反馈|查摆|查找|查出|指出|梳理|排查|查实|发现并|找准|认领/;
const FOUND_ALL = new RegExp(FOUND.source, 'g');
/** Verbs that act on problems already known: a count after them is of problems handled, not found. */
const HANDLED_IN_CLAUSE = /查处|整治|纠治|解决|办理|化解|纠正|清理|处置|督办|推动/;

/** Words between a noun and its count: 发现问题共计1500个, 巡察组共有8个, 问题线索累计达320件. */
const C = '(?:共计|累计|总计|合计|共有|达到|共|达|有|为|数)?';
/** A regex from raw source with the connector C spliced in (compiled once, at load). */
function rx(strings: TemplateStringsArray, ...parts: string[]): RegExp {
  return new RegExp(String.raw({ raw: strings.raw }, ...parts));
}
const TEAM_BEFORE = rx`(?:巡视|巡察)组${C}$`;
const REPORT_BEFORE = rx`专题(?:报告|汇报)${C}$`;
const COMMON_BEFORE = rx`共性问题${C}$`;
const RECT_MEASURE_BEFORE = rx`整改(?:措施|任务)${C}[^，。；]{0,3}$`;
const RECT_IMMEDIATE_BEFORE = rx`立行立改[^，。；]{0,6}问题${C}$`;
/** Problems rectified (督促整改问题86个, 共整改问题1540个, 整改落实问题…), not those still to rectify (需整改问题). */
const RECT_PROBLEM_BEFORE = rx`(?<![需待未应尚要须])整改(?:落实|到位|完成)?(?:各类|相关)?问题${C}$`;
/** Problems closed: 已销号问题310个. */
const RECT_CLOSED_BEFORE = rx`销号(?:的)?问题${C}$`;
const FIX_BEFORE = rx`(?:制度|机制|建章立制)${C}[^，。；、]{0,3}$`;
const ACCOUNT_BEFORE = rx`(?:问责|处分|处理|诫勉|追责|立案|移送司法|查处|调整|免职|撤职|审查调查|留置|批评教育|谈话提醒|移送|移交)[^，。；]{0,10}${C}$`;
const ISSUE_BEFORE = rx`问题${C}$`;
/** 巡察党组织119个, 共巡察村（社区）党组织6120个, 巡察市级部门、区县和国有企业党组织168个: verb, noun phrase, count. */
const UNITS_AFTER_VERB_BEFORE = rx`(?:巡视|巡察|回头看”?)了?(?:(?:(?!问题|发现|线索|整改|巡视组|巡察组|工作)[^，。；\d]){0,24}?(?:单位|党组织|党委|党组|党工委|党支部|部门|企业|公司|学校|高校|医院|地方和单位))?${C}$`;

const has = (re: RegExp, s: string) => re.test(s);
/** Staff trained, hired or posted (组织312名巡察干部开展全员轮训) are not staff drawn into teams. */
const TRAINING = /新选调|编制|配备|参训|培训|轮训|集训|调训|研讨|考试|测试|比武|竞赛|学习班|讲座/;
/** A number the discipline body acts on (立案9件, 办结…): cases, not clues. */
const CASES_BEFORE = /(?:立案|办结|初核|了结|审结|查结)[^，。；]{0,2}$/;
/**
 * Progress of rectification after a finding: the problems fixed (已完成整改389个, 近百个问题完成整改销号) and those
 * still open (尚有17个问题整改不到位, 6个问题正在推进) are parts of the problems found, not findings.
 */
const PROGRESS_BETWEEN = /完成整改|整改完成|已整改|整改销号|整改到位|已完成|尚有|仍有|还有|剩余|正在|未完成|尚未|推进中/;
const PROGRESS_AFTER = /^[^，。；、]{0,12}问题[^，。；]{0,4}(?:整改|销号|正在|推进|未|尚|已|仍)/;
/** Problems reported done: N个…问题完成整改 / 整改销号 / 整改到位. */
const DONE_AFTER = /^[^，。；、]{0,12}问题[^，。；]{0,2}(?:已|均已|全部)?(?:完成整改|整改完成|整改销号|整改到位|销号)/;
/** A verb of inspection after the units' noun (not 被巡察 right after the count: 6个被巡察党组织 is a modifier). */
const UNITS_VERB_AFTER = /^(?!被)[^，。；]{0,40}?(?:开展|进行|实施|启动|完成|接受了?|被)[^，。；]{0,16}(?:巡视|巡察|回头看)/;
/** Organisations are inspected; cities and counties that 开展巡察 on their own are inspecting bodies. */
const ORGANISATION = /^[^，。；]{0,14}?(?:党组织|党委|党组|单位|部门|机关|高校|企业|国企|机构|学校|大学|医院|银行)/;

/**
 * N个… followed by an inspection verb: the units inspected when the verb is passive (分别接受了巡视), when they
 * are organisations (等32家单位党组织开展专项巡视), or when the sentence says who inspects them (对 …, 中央 …);
 * not 10个市同步开展巡察 (the cities inspect), nor 3个县已开展2轮巡察 (a count of rounds between).
 */
function verbThenInspection(c: NumberContext): boolean {
  const m = UNITS_VERB_AFTER.exec(c.post);
  if (!m || /(?<!第)[\d一二三四五六七八九十]+轮/.test(m[0])) return false;
  if (/接受|被/.test(m[0]) || ORGANISATION.test(c.post)) return true;
  const before = c.sentence.slice(0, c.span.start);
  return before.includes('对') || before.includes('中央');
}

/** A clause that is only 已推动解决 before its count: the problems of the clause before, solved. */
const SOLVED_BARE = /^(?:目前|现|均|已经|已|共|累计)*(?:推动|督促|帮助|协调)?(?:解决|整改)了?$/;
/** A count of problems found closing the clause before (发现群众身边问题214个). */
const FOUND_COUNT_BEFORE = new RegExp(`(?:${FOUND.source})[^，。；]{0,20}问题[^，。；]{0,6}[\\d.,零〇一二两三四五六七八九十百千万亿]+[余多]?[个条项件][，,]$`);

/**
 * Problems solved right after a count of problems found (发现群众身边问题214个，已推动解决186个): problems rectified,
 * like 已整改完成186个 (LABELING.md: 共推动解决问题40个 is read as rectification).
 */
function solvedAfterFinding(c: NumberContext): boolean {
  if (!SOLVED_BARE.test(c.pre)) return false;
  const clauseStart = c.span.start - c.pre.length;
  return FOUND_COUNT_BEFORE.test(c.sentence.slice(Math.max(0, clauseStart - 40), clauseStart));
}

/** A handing-over verb right before the count, the noun left out: …向市纪委监委移交9件. */
const HANDED_OVER_BARE = /(?:移交|移送|转交)(?:给)?(?:了)?$/;
/**
 * Clues named earlier in the sentence and handed over here with the noun left out (发现问题58个，其中涉及问题
 * 线索的，已向县纪委监委移交9件); not when the count has a noun of its own (移交被巡察单位问题12个).
 */
function cluesNamedBefore(c: NumberContext): boolean {
  if (!HANDED_OVER_BARE.test(c.pre) || /^[^，。；]{0,8}问题/.test(c.post)) return false;
  const before = c.sentence.slice(Math.max(0, c.span.start - c.pre.length - 40), c.span.start - c.pre.length);
  return before.indexOf('线索') >= 0;
}

/** Whether rectification progress is reported between the last finding verb and the number (…已完成整改389个，尚有17个). */
function afterProgress(c: NumberContext): boolean {
  const before = c.sentence.slice(Math.max(0, c.span.start - 60), c.span.start);
  let last = -1;
  FOUND_ALL.lastIndex = 0;
  for (let m = FOUND_ALL.exec(before); m; m = FOUND_ALL.exec(before)) last = m.index + m[0].length;
  return PROGRESS_BETWEEN.test(last < 0 ? before : before.slice(last));
}

export const METRIC_RULES: MetricRule[] = [
  {
    metric: 'rounds',
    about: 'N轮 巡视/巡察 (a cardinal; not 第N轮, 新一轮, plans)',
    units: ['轮'],
    test: (c) =>
      !c.post.startsWith('次') &&
      !ROUND_NOT_COUNT_BEFORE.test(c.pre) &&
      !has(PLAN, c.pre) &&
      !/将|准备|预计/.test(c.pre) &&
      has(INSPECT, c.sentence),
  },
  {
    metric: 'inspection_teams',
    about: 'N个(省委/专项)巡视组 / 巡察组; 派出巡察组N个',
    units: ['个'],
    // 巡视组 / 巡察组 after the count (巡), or …组 right before it
    mayHold: (c) => c.post.indexOf('巡') >= 0 || c.pre.indexOf('组') >= 0,
    test: (c) =>
      TEAM_AFTER.test(c.post) ||
      (TEAM_BEFORE.test(c.pre) && !/第[一二三四五六七八九十\d]+(?:巡视|巡察)组/.test(c.pre.slice(-8))) ||
      /^[^，。；]{0,3}(?:工作组、巡视组|组、巡视组)/.test(c.post),
  },
  {
    metric: 'staff',
    about: '抽调N人 / N名巡察干部 drawn into teams (not new hires, not posts)',
    units: ['人', '名'],
    test: (c) =>
      // the wording first, the exclusions after: the wording is rarely there, and the whole test is one conjunction
      (/抽调|选派|抽取/.test(c.pre) || /^(?:巡视|巡察)干部/.test(c.post)) &&
      !TRAINING.test(c.pre) &&
      !/人才库|编制/.test(c.post) &&
      !TRAINING.test(c.post),
  },
  {
    metric: 'problem_clues',
    about: '问题线索N件 / N件问题线索 / 移交线索N条',
    units: ['件', '条', '个', '件次', '批'],
    // 线索 before or after the count, or a handing-over verb (移交 / 移送 / 转交) right before it
    mayHold: (c) => c.pre.indexOf('线索') >= 0 || c.pre.indexOf('交') >= 0 || c.pre.indexOf('送') >= 0 || c.post.indexOf('线索') >= 0,
    test: (c) =>
      !/督办|交办|起底|纪检监察干部|处置/.test(c.pre) &&
      !CASES_BEFORE.test(c.pre) &&
      (/线索(?:[^，。；]{0,3})$/.test(c.pre) || /^[^，。；、]{0,12}线索/.test(c.post) || cluesNamedBefore(c)),
  },
  {
    metric: 'reports',
    about: '专题报告N份 / 专题汇报N件次',
    units: ['份', '件次', '篇', '件', '个'],
    mayHold: (c) => c.pre.indexOf('专题') >= 0 || c.post.indexOf('专题') >= 0,
    test: (c) =>
      (REPORT_BEFORE.test(c.pre) || /^[^，。；]{0,4}专题(?:报告|汇报)/.test(c.post)),
  },
  {
    metric: 'petitions',
    about: '受理信访N件次 / 来信来电来访N件次 / 接待群众信访N人次',
    units: ['件次', '人次', '件', '封', '个', '批次'],
    test: (c) =>
      (/信访|来信|来电|来访/.test(c.pre) || /^[^，。；]{0,6}信访/.test(c.post)),
  },
  {
    metric: 'common_issues',
    about: 'N类(共性)问题',
    units: ['类', '个', '项'],
    mayHold: (c) => c.unit === '类' || c.pre.indexOf('共性') >= 0 || c.post.indexOf('共性') >= 0,
    test: (c) =>
      (c.unit === '类' && /^[^，。；]{0,6}问题/.test(c.post)) || /^共性问题/.test(c.post) || COMMON_BEFORE.test(c.pre),
  },
  {
    metric: 'transferred_issues',
    about: '移交(督办)…问题N个 (problems handed over, not clues)',
    units: ['个', '件', '条', '项'],
    test: (c) =>
      /移交|转交/.test(c.pre) &&
      /问题/.test(c.pre + c.post.slice(0, 8)) &&
      !/线索|信访/.test(c.pre + c.post),
  },
  {
    metric: 'rectification_measures',
    about: '整改措施N项 / N条整改任务 / 已整改完成N个',
    units: ['项', '条', '个', '件'],
    // every reading names 整改 / 立行立改 (改), 销号 (销) or, before the count, 解决
    mayHold: (c) =>
      c.pre.indexOf('改') >= 0 || c.pre.indexOf('销') >= 0 || c.pre.indexOf('解决') >= 0 || c.post.indexOf('改') >= 0 || c.post.indexOf('销') >= 0,
    test: (c) =>
      !/仍|持续整改|正在整改|尚未|未完成/.test(c.pre) &&
      (RECT_MEASURE_BEFORE.test(c.pre) ||
        /^[^，。；]{0,4}整改(?:措施|任务)/.test(c.post) ||
        // 督促立行立改问题21个
        RECT_IMMEDIATE_BEFORE.test(c.pre) ||
        /(?:已?整改完成|完成整改|已?整改到位)[^，。；]{0,12}$/.test(c.pre) ||
        // 督促整改问题86个, 推动整改问题56个
        RECT_PROBLEM_BEFORE.test(c.pre) ||
        RECT_CLOSED_BEFORE.test(c.pre) ||
        // 已有近百个“硬骨头”问题完成整改销号
        (!/尚|仍|未/.test(c.pre.slice(-4)) && DONE_AFTER.test(c.post)) ||
        solvedAfterFinding(c)),
  },
  {
    metric: 'institutional_fixes',
    about: '完善/建立/制定制度(机制)N项; 建章立制N项',
    units: ['项', '个', '条', '件', '部'],
    // 制度 / 机制 / 建章立制 before the count, or 制度 / 机制 after it
    mayHold: (c) => c.pre.indexOf('制') >= 0 || c.post.indexOf('制') >= 0,
    test: (c) =>
      // the wording first: the exclusion reads the clause before and after joined, built only when needed
      ((/完善|建立|健全|制定|出台|修订|修改|新建|建章立制/.test(c.pre) && FIX_BEFORE.test(c.pre)) ||
        (/(?:完善|建立|健全|制定|出台|修订|新建)[^，。；]{0,6}$/.test(c.pre) && /^[^，。；]{0,4}(?:制度|机制)/.test(c.post))) &&
      !/法规|收录|条例/.test(c.pre + c.post),
  },
  {
    metric: 'recovered_funds',
    about: '挽回(经济)损失 / 追缴 / 追回 / 清退…N元',
    units: ['元'],
    test: (c) => /挽回|追缴|追回|收回|清退|清收|收缴|退赔|退还|返还|减少损失/.test(c.pre),
  },
  {
    metric: 'accountability',
    about: '问责 / 处分 / 组织处理 / 立案 / 移送司法 N人; N名干部被问责',
    units: ['人', '名', '人次'],
    test: (c) =>
      !/个别谈话|问卷|培训|参训|接待|走访|信访|出席|列席|谈话函询/.test(c.pre + c.post) &&
      !/件$/.test(c.pre) &&
      (ACCOUNT_BEFORE.test(c.pre) ||
        /^[^，。；]{0,20}(?:被|受到)[^，。；]{0,8}(?:问责|处分|处理|立案|诫勉|调查|查处|移交|调整)/.test(c.post) ||
        /^[^，。；]{0,8}(?:接受调查|被查)/.test(c.post) ||
        // 对21名党员干部进行了问责, 已对56名党员干部追责问责
        (/对$/.test(c.pre) && /^[^，。；]{0,16}?(?:问责|处分|处理|诫勉)/.test(c.post) && !/拟|将/.test(c.pre))),
  },
  {
    metric: 'issues_found',
    about: '发现/反馈/查摆 问题N个; N个(具体/突出)问题 with a finding verb; N条反馈意见',
    units: ['个', '条', '项', '件', '处'],
    // 问题 before or after the count, or 反馈意见 after it
    mayHold: (c) => c.pre.indexOf('问题') >= 0 || c.post.indexOf('问题') >= 0 || c.post.indexOf('反馈意见') >= 0,
    test: (c) =>
      // the wording first (问题 at the count, then a finding verb before it), the exclusions after: the test is
      // one conjunction, and this order spares the dearer reads for the numbers that are not problems at all
      (((ISSUE_BEFORE.test(c.pre) || /^[^，。；、\d一二三四五六七八九十共]{0,10}问题/.test(c.post)) &&
        FOUND.test(c.sentence.slice(0, c.span.start))) ||
        /^[^，。；]{0,4}(?:巡视|巡察)?反馈意见/.test(c.post)) &&
      !/线索|整改的问题|需整改|信访/.test(c.pre.slice(-12)) &&
      // a self-review of the inspection bodies (梳理出巡察机构存在的问题31个, 自查发现问题8个) is not a finding
      !/自查|自我检视|自我评估|(?:巡视|巡察)(?:工作|机构|干部|办|队伍)[^，。；]{0,8}(?:存在|自身)/.test(c.pre) &&
      !/^[^、，。；]{0,10}线索/.test(c.post) &&
      !PROGRESS_AFTER.test(c.post) &&
      !afterProgress(c) &&
      // 推动查处“蝇贪蚁腐”问题583个: the number's own clause acts on problems (查处, 解决) without finding them
      !(HANDLED_IN_CLAUSE.test(c.pre) && !FOUND.test(c.pre)),
  },
  {
    metric: 'units_inspected',
    about: '对N个(单位/党组织/县…)开展巡视; 巡视了N个党组织; 进驻/反馈N家单位; 常规巡察N家',
    units: ['个', '家', '所'],
    test: (c) => {
      if (has(PLAN, c.pre) || /建立|设立|成立|列入|试点|派出|组建|抽调|配备|编制/.test(c.post)) return false;
      // 剩余的39个 (a plan's remainder), 对整改不力的2个单位 (a follow-up of earlier inspections)
      if (/剩余|其余|尚未|未被|整改不力|整改不到位|未整改|整改滞后/.test(c.pre) || WHOLE_SET_AFTER.test(c.post) || GUIDED_AFTER.test(c.post)) return false;
      // 巡察党组织119个, 共巡察单位49个, 常规巡察26家, “回头看”10家, 延伸巡察的…数量达340个
      if (UNITS_AFTER_VERB_BEFORE.test(c.pre)) return !NOT_UNIT_NOUN.test(c.post) && !/^[“"]/.test(c.post);
      if (/(?:巡视|巡察)[^，。；]{0,20}(?:数量|总数)(?:达|为|共)?$/.test(c.pre)) return true;
      if (NOT_UNIT_NOUN.test(c.post) || !ORG_NOUN.test(c.post)) return false;
      const rest = c.sentence.slice(c.span.end);
      // 巡视了11个县,以及75个部门: a clause opening with 以及/和 continues the previous clause's verb
      const lead = /^(?:以及|及|和|还有|并对|还对|同时对)/.test(c.pre) ? c.sentence.slice(Math.max(0, c.span.start - 60), c.span.start).replace(/[，,]/g, '、') : c.pre;
      return (
        // 巡视了247个党组织, 进驻了26家, 覆盖了312个, 巡视了57家…、7家…
        /(?:进驻了?|巡视了?|巡察了?|覆盖了?|反馈了?)(?:(?!问题|发现|办|组|机构|干部|工作)[^，。；]){0,40}$/.test(lead) ||
        /(?:进驻了?|巡视了?|巡察了?)(?:(?!问题|发现|办|组|机构|干部|工作)[^，。；]){41,76}等$/.test(lead) ||
        // 对N个… 开展/进行 巡视, 向N家单位 反馈
        // (被巡察党组织 only describes the noun: 对6个被巡察党组织的整改情况开展督查 is a check, not an inspection)
        // (a long enumeration closed by 等 may sit between: 完成对甲、乙、丙…等26家单位党组织的进驻)
        (/(?:对|向)(?!巡视|巡察)(?:[^，。；]{0,40}|[^，。；]{41,76}等)$/.test(lead) && /(?<!被)(?:巡视|巡察)|回头看|反馈|进驻/.test(rest.slice(0, 60))) ||
        // 巡视对象包括…13个单位
        /(?:巡视|巡察)对象(?:包括|为|是|有)/.test(c.pre) ||
        // 所辖132个县(市、区)将实现巡视全覆盖
        /^[^，。；]{0,24}(?:实现|完成)[^，。；]{0,4}(?:巡视|巡察)全覆盖/.test(c.post) ||
        // …分别接受了巡视 (but not 3个县已开展2轮巡察: a count of rounds between)
        verbThenInspection(c)
      );
    },
  },
];

/** For each measure word, the rules that read it, in the catalogue's order: a number is tried on these only. */
const RULES_BY_UNIT = new Map<string, MetricRule[]>();
for (const rule of METRIC_RULES) {
  for (const unit of rule.units) {
    const list = RULES_BY_UNIT.get(unit);
    if (list) list.push(rule);
    else RULES_BY_UNIT.set(unit, [rule]);
  }
}

/** Every measure word some rule reads. */
export const RULE_UNITS: readonly string[] = [...RULES_BY_UNIT.keys()];

/** The metric a number states, or null. */
export function classifyNumber(c: NumberContext): MetricKey | null {
  if (c.ordinal) return null;
  const rules = RULES_BY_UNIT.get(c.unit);
  if (rules) for (const rule of rules) if ((rule.mayHold === undefined || rule.mayHold(c)) && rule.test(c)) return rule.metric;
  return null;
}
