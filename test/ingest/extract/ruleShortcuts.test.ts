// A rule's mayHold is a shortcut that passes over numbers without running the rule's regexes. It must never
// pass over a number the rule takes: on generated sentences built from the rules' own words, wherever `test`
// holds, `mayHold` holds too.
import { describe, expect, it } from 'vitest';
import { ruleReadsUnitAfter } from '../../../src/ingest/extract/facts';
import { classifyNumber, METRIC_RULES } from '../../../src/ingest/extract/metricRules';
import { numberContext, type NumberContext } from '../../../src/ingest/extract/numberContext';
import { findNumbers } from '../../../src/ingest/extract/numbers';
import { seededRandom } from '../../helpers/seededRandom';

const WORDS = [
  '整改', '措施', '任务', '立行立改', '问题', '销号', '的', '已', '完成整改', '整改完成', '整改到位', '解决', '推动', '督促',
  '发现', '反馈', '共', '累计', '共计', '达', '线索', '问题线索', '移交', '移送', '转交', '给', '了', '县纪委监委', '反馈意见',
  '巡视', '巡察', '尚有', '仍', '未', '需', '其中', '涉及', '群众身边', '“硬骨头”', '具体', '方面',
  '专题报告', '专题汇报', '报送', '共性问题', '类', '中央', '省委', '派出', '巡视组', '巡察组', '第二', '工作组、', '专项',
  '制度', '机制', '完善', '建立', '建章立制', '制定', '法规',
  // whole clauses for the readings that need a clause of their own before the count
  '发现群众身边问题214个，已推动解决', '查找问题9条，解决', '，向县纪委监委移交', '问题线索的，已移送',
];
const NUMBERS = ['12', '3', '二十', '近百', '1.5万', '7'];
const UNITS = ['个', '件', '条', '项', '处', '批', '件次', '份', '篇', '类', '部', '起', '户', ''];
const MARKS = ['，', '、', '；', ''];


function generatedContexts(count: number): NumberContext[] {
  const { next: random, pick } = seededRandom(987654);
  const out: NumberContext[] = [];
  for (let k = 0; k < count; k++) {
    let sentence = '';
    const parts = 3 + Math.floor(random() * 12);
    for (let p = 0; p < parts; p++) {
      const r = random();
      if (r < 0.6) sentence += pick(WORDS);
      else if (r < 0.85) sentence += pick(NUMBERS) + pick(UNITS);
      else sentence += pick(MARKS);
    }
    sentence += '。';
    for (const span of findNumbers(sentence)) {
      const ctx = numberContext(sentence, span);
      if (ctx) out.push(ctx);
    }
  }
  return out;
}

const contexts = generatedContexts(30000);
const shortcut = METRIC_RULES.filter((r) => r.mayHold !== undefined);

describe('rule shortcuts (mayHold)', () => {
  it('some rules have one', () => {
    expect(shortcut.map((r) => r.metric)).toEqual(
      expect.arrayContaining(['rectification_measures', 'issues_found', 'problem_clues', 'inspection_teams', 'reports', 'common_issues', 'institutional_fixes']),
    );
  });

  for (const rule of shortcut) {
    it(`${rule.metric}: the generated numbers include ones it takes and ones it passes over`, () => {
      expect(contexts.filter((c) => rule.units.includes(c.unit) && rule.test(c)).length).toBeGreaterThan(20);
      expect(contexts.filter((c) => rule.units.includes(c.unit) && !rule.mayHold!(c)).length).toBeGreaterThan(20);
    });

    it(`${rule.metric}: never passes over a number the rule takes`, () => {
      for (const c of contexts) {
        if (rule.test(c)) expect(rule.mayHold!(c), `${c.sentence} @${c.span.start}`).toBe(true);
      }
    });
  }

  it('a number no rule unit follows is never classified (extractFacts does not build its context outside a list)', () => {
    const without = contexts.filter((c) => !ruleReadsUnitAfter(c.sentence, c.span));
    expect(without.length).toBeGreaterThan(100);
    for (const c of without) expect(classifyNumber(c), `${c.sentence} @${c.span.start}`).toBeNull();
    for (const c of contexts) if (classifyNumber(c) !== null) expect(ruleReadsUnitAfter(c.sentence, c.span)).toBe(true);
  });
});
