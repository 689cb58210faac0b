// Kinds of sentence that inspection reports and their neighbours write, which look like inspection figures and
// are not (or are, in a form the plain rules miss). Every text here is written for these tests.
import { describe, expect, it } from 'vitest';
import { analyzeDoc } from '../../../src/ingest/extract';
import { ownCommissionClauses } from '../../../src/ingest/extract/commissionClauses';
import { isSelfReview } from '../../../src/ingest/extract/eligibility';
import { classifyNumber } from '../../../src/ingest/extract/metricRules';
import { numberContext } from '../../../src/ingest/extract/numberContext';
import { findNumbers } from '../../../src/ingest/extract/numbers';
import { topicMentions } from '../../../src/ingest/extract/topic';
import type { DatedDoc } from '../../../src/ingest/types';
import { writtenDoc } from './writtenDoc';

const doc = (title: string, text: string, outlet?: string) => writtenDoc(title, text, { outlet });

const figures = (d: DatedDoc) => analyzeDoc(d).facts.map((f) => `${f.metric}=${f.value}`);

/** metric of every number in the sentence, as "value:metric". */
function read(sentence: string): string[] {
  return findNumbers(sentence).map((n) => {
    const c = numberContext(sentence, n);
    return `${n.value}:${c ? classifyNumber(c) : null}`;
  });
}

describe('the inspection bodies reviewing themselves', () => {
  it.each([
    '省委巡视办组织巡视机构开展自我检视，共查找自身问题17个，制定整改措施29条。',
    '市委巡察办带头开展自查，梳理巡察机构自身存在的问题9个，已整改完成6个。',
    '县委巡察干部队伍开展自我评估，查摆问题5个。',
  ])('yields no figure: %s', (sentence) => {
    expect(isSelfReview(sentence)).toBe(true);
    expect(figures(doc('市委巡察工作情况通报', sentence))).toEqual([]);
  });

  it('still reads an inspected unit that rectifies what the inspection found', () => {
    const s = '泸州市委第三巡察组对3个被巡察单位开展自查自纠情况抽查，发现问题26个。';
    expect(isSelfReview(s)).toBe(false);
    expect(figures(doc('泸州市委巡察工作情况通报', s))).toEqual(['issues_found=26']);
  });
});

describe('discipline statistics where inspection is one channel among others', () => {
  it('a channel list does not make a sentence about inspection', () => {
    const s = '区纪委监委通过来信来访、巡察、审计监督等渠道共收集问题线索845件，立案212件，处分197人，追缴资金1280万元。';
    // the channel list starts a run of the commission's own clauses that lasts to the sentence's end
    expect(ownCommissionClauses(s).map((r) => s.slice(r.start, r.end))).toEqual([
      '区纪委监委通过来信来访、巡察、审计监督等渠道共收集问题线索845件',
      '立案212件',
      '处分197人',
      '追缴资金1280万元。',
    ]);
    expect(figures(doc('区纪委监委上半年工作综述', s))).toEqual([]);
    expect(figures(doc('以巡促治 区委巡察工作见成效', s))).toEqual([]);
  });

  it("a commission's own campaign statistics in an inspection article are not the inspection's", () => {
    const text = '江油市委第二轮巡察发现问题128个。\n市纪委监委今年以来查处群众身边不正之风问题36件，处理51人。';
    expect(figures(doc('江油市委第二轮巡察情况通报', text))).toEqual(['issues_found=128']);
  });

  it('cases filed on clues the inspection handed over are not clues', () => {
    expect(read('县纪委监委对巡察移交问题线索立案14件，给予党纪政务处分9人')).toEqual(['14:null', '9:accountability']);
  });

  it('a clue handed to the commission is still a clue', () => {
    expect(read('巡察组向县纪委监委移交问题线索11件')).toEqual(['11:problem_clues']);
  });
});

describe('training is not staff drawn into teams', () => {
  it.each([
    ['组织全省286名巡视干部开展集中轮训', '286:null'],
    ['举办培训班，对140名巡察干部进行业务培训', '140:null'],
    ['从市直单位抽调干部42名', '42:staff'],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual([expected]);
  });
});

describe('rectification progress is not a count of problems found', () => {
  it('splits a progress report into what was found and what was fixed', () => {
    expect(read('对巡察反馈的238个问题，已完成整改214个，尚有15个问题整改不到位、9个问题正在推进')).toEqual([
      '238:issues_found',
      '214:rectification_measures',
      '15:null',
      '9:null',
    ]);
  });

  it('problems reported fixed count as rectification, their subsets as nothing', () => {
    expect(read('截至6月底，上届县委巡察反馈的问题中，已有80余个问题完成整改销号，其中涉及民生的问题30余个')).toEqual([
      '6:null',
      '80:rectification_measures',
      '30:null',
    ]);
  });

  it('problems handled by a campaign after the finding are not found by it', () => {
    expect(read('巡察发现问题1.1万余个，推动查处侵害群众利益问题402个')).toEqual(['11000:issues_found', '402:null']);
  });
});

describe('units inspected', () => {
  it.each([
    ['市委共巡察村（社区）党组织1880个', '1880:units_inspected'],
    ['延伸巡察社区党组织43个', '43:units_inspected'],
    ['巡察区直部门、街道和国有企业党组织57个', '57:units_inspected'],
    ['派出4个巡察组对2个园区党工委及其下属的18家国有公司开展巡察', '4:inspection_teams|2:units_inspected|18:units_inspected'],
  ])('%s', (sentence, expected) => {
    expect(read(sentence).join('|')).toBe(expected);
  });

  it('guidance of lower levels’ inspection work is not an inspection of them', () => {
    expect(read('市委巡察办对所辖9个县区的巡察工作开展督导检查')).toEqual(['9:null']);
  });

  it('the whole a selection is drawn from is not inspected', () => {
    expect(read('对全县14个乡镇中的5个乡镇党委开展了巡察')).toEqual(['14:null', '5:units_inspected']);
    expect(read('对3个市所辖的17个县（市、区）党委开展常规巡视')).toEqual(['3:null', '17:units_inspected']);
  });

  it('the remainder a plan will cover and units picked out for poor rectification are not inspected', () => {
    expect(read('县委将开展3轮巡察，对剩余的27个党组织实现巡察全覆盖')).toEqual(['3:null', '27:null']);
    expect(read('对整改不力的3个单位，县委巡察办已下发督办函')).toEqual(['3:null']);
  });
});

describe('list items', () => {
  it('later items of a list are read like the first', () => {
    const text = '甘肃省委巡视发现问题2100个，推动立案审查调查厅级干部23人、县处级干部318人。';
    expect(figures(doc('省委巡视工作综述', text))).toEqual(['issues_found=2100', 'accountability=23', 'accountability=318']);
  });

  it('a list continues only across a bare noun phrase of the same measure word', () => {
    const text = '甘肃省委巡视发现问题2100个，处分干部23人、涉及问题资金318万元。';
    expect(figures(doc('省委巡视工作综述', text))).toEqual(['issues_found=2100', 'accountability=23']);
  });
});

describe('articles that name inspection rectification in passing', () => {
  it('a bank results article is not about inspection', () => {
    const text = [
      '该行上半年实现营业收入312亿元，同比增长5.2%。',
      '持续推进巡视巡察整改，修订完善内控制度48项。',
      '深化巡视巡察整改成果运用，不良贷款率下降0.1个百分点。',
      '坚持把巡视整改与业务发展结合起来。',
    ].join('\n');
    expect(topicMentions(text)).toBe(0);
    const a = analyzeDoc(doc('某银行发布2024年半年度业绩', text));
    expect(a.topic).toBe(false);
    expect(a.facts).toEqual([]);
  });
});

describe('regions from the outlet', () => {
  it('an ambiguous district is resolved by the outlet’s city', () => {
    const text = '鼓楼区委第五轮巡察对11个党组织开展了常规巡察，发现问题140个。';
    const a = analyzeDoc(doc('鼓楼区委第五轮巡察完成反馈', text, '开封市纪委监委网站'));
    expect(a.provinces).toEqual(['河南']);
    expect(a.cities).toEqual(['开封市']);
    expect(a.facts.map((f) => `${f.province}|${f.city}|${f.metric}=${f.value}`)).toEqual([
      '河南|开封市|units_inspected=11',
      '河南|开封市|issues_found=140',
    ]);
  });

  it('without a hint the same district is left unresolved', () => {
    const text = '鼓楼区委第五轮巡察对11个党组织开展了常规巡察，发现问题140个。';
    expect(analyzeDoc(doc('鼓楼区委第五轮巡察完成反馈', text)).facts).toEqual([]);
  });
});

describe('city attribution', () => {
  it('a province-wide total in a city article gets no city', () => {
    const text = '绵阳市委第四轮巡察对15个党组织开展了常规巡察，发现问题210个。\n今年以来，全省共巡察党组织2600个。';
    const facts = analyzeDoc(doc('绵阳市委第四轮巡察完成反馈', text)).facts.map((f) => `${f.province}|${f.city ?? '-'}|${f.value}`);
    expect(facts).toEqual(['四川|绵阳市|15', '四川|绵阳市|210', '四川|-|2600']);
  });
});

describe('self-reviews over several sentences and passing rectification wordings', () => {
  it('the sentences after a self-review in its paragraph are part of it', () => {
    const text = '宜宾市委巡察办坚持刀刃向内，组织开展自查。共查找问题12个，制定整改措施31条。\n宜宾市委第一轮巡察发现问题95个。';
    expect(figures(doc('宜宾市委巡察工作情况', text))).toEqual(['issues_found=95']);
  });

  it('巡视反馈意见整改 named in passing does not make an article about inspection', () => {
    expect(topicMentions('扎实推进中央巡视反馈意见整改，完善制度12项。')).toBe(0);
    expect(topicMentions('巡视巡察整改与业务发展同步推进。')).toBe(0);
    expect(topicMentions('省委巡视组进驻该行开展常规巡视。')).toBe(2);
  });
});

describe("a commission's statistics that name inspection as one of its tools", () => {
  it('are not figures of the inspection', () => {
    const s = '达州市纪委监委坚持把巡察作为发现问题的重要渠道，今年以来立案审查调查276件，给予党纪政务处分241人。';
    expect(figures(doc('达州市委巡察工作综述', s))).toEqual([]);
  });

  it('cases from clues the inspection handed over are', () => {
    const s = '达州市纪委监委对巡察移交的问题线索逐件处置，给予党纪政务处分17人。';
    expect(figures(doc('达州市委巡察工作综述', s))).toEqual(['accountability=17']);
  });

  it('staff drawn from the commission are staff', () => {
    const s = '达州市委组建4个巡察组，从市纪委监委、市委组织部等单位抽调干部32名。';
    expect(figures(doc('达州市委巡察工作综述', s))).toEqual(['inspection_teams=4', 'staff=32']);
  });
});

describe('provinces of a central article', () => {
  it('a local committee rectifying after central inspection adds its province, not its figures', () => {
    const text = [
      '十九届中央第二轮巡视对12个省区市开展了常规巡视。',
      '中央巡视组指出该县存在办公用房超标问题，经过巡视整改，镇雄县委将腾退的办公楼改作学校用房。',
      '中央巡视组进驻期间，对辽宁开展了巡视“回头看”。',
    ].join('\n');
    const a = analyzeDoc(doc('中央巡视工作综述', text));
    expect(a.provinces).toEqual(['全国', '云南']);
    expect(a.facts.map((f) => f.province)).toEqual(['全国']);
  });
});

describe('rectification wordings', () => {
  it.each([
    ['各被巡察党组织共整改问题1320个', '1320:rectification_measures'],
    ['整改落实问题847个', '847:rectification_measures'],
    ['立行立改问题39个', '39:rectification_measures'],
    ['已销号问题275个', '275:rectification_measures'],
    ['需整改问题64个', '64:null'],
    ['移交督办立行立改典型问题22个', '22:transferred_issues'],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual([expected]);
  });
});

describe('provinces of passing commission work', () => {
  it("a commission's review that lists inspection among its channels adds no province", () => {
    const text = [
      '安康市委巡察组对市粮食系统开展专项巡察，发现问题64个。',
      '另据了解，杭州市萧山区纪委监委对审计监督、专项巡察等渠道发现的涉粮问题线索开展“回头看”。',
    ].join('\n');
    const a = analyzeDoc(doc('安康市委专项巡察粮食系统', text));
    expect(a.provinces).toEqual(['陕西']);
  });
});

describe('inspected units checking themselves', () => {
  it('are not a self-review of the inspection body', () => {
    const s = '遂宁市委巡察办督促被巡察单位开展自查自纠，推动整改问题134个。';
    expect(isSelfReview(s)).toBe(false);
    expect(figures(doc('遂宁市委巡察整改工作', s))).toEqual(['rectification_measures=134']);
  });
});
