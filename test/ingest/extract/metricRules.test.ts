// Each metric as reports state it, and the traps that look like figures (ordinals, terms, plans, durations,
// other counts). Sentences written for these tests in the style of inspection reports.
import { describe, expect, it } from 'vitest';
import { classifyNumber } from '../../../src/ingest/extract/metricRules';
import { numberContext } from '../../../src/ingest/extract/numberContext';
import { findNumbers } from '../../../src/ingest/extract/numbers';

/** metric of every number in the sentence, as "value:metric" (null when not a figure). */
function read(sentence: string): string[] {
  return findNumbers(sentence).map((n) => {
    const c = numberContext(sentence, n);
    return `${n.value}:${c ? classifyNumber(c) : null}`;
  });
}

describe('metric rules: how each metric is written', () => {
  it.each([
    ['市委巡察组共发现问题356个', '356:issues_found'],
    ['反馈问题48条', '48:issues_found'],
    ['共查摆出28个突出问题', '28:issues_found'],
    ['共发现问题620个、移交问题线索41件', '620:issues_found'],
    ['共发现问题620个、移交问题线索41件', '41:problem_clues'],
    ['向区纪委监委移送问题线索17条', '17:problem_clues'],
    ['追责问责2.3万余人次', '23000:accountability'],
    ['给予党纪政务处分64人', '64:accountability'],
    ['组织处理19人', '19:accountability'],
    ['86名干部被严肃问责', '86:accountability'],
    ['制定整改措施412项', '412:rectification_measures'],
    ['已整改完成93个', '93:rectification_measures'],
    ['建立完善制度机制57项', '57:institutional_fixes'],
    ['对36个党组织开展常规巡察', '36:units_inspected'],
    ['巡视了118个党组织', '118:units_inspected'],
    ['共巡察单位42个', '42:units_inspected'],
    ['组建9个巡察组', '9:inspection_teams'],
    ['派出巡察组28个', '28:inspection_teams'],
    ['市委已开展7轮巡察', '7:rounds'],
    ['抽调业务骨干36名', '36:staff'],
    ['受理来信来电来访215件次', '215:petitions'],
    ['移交督办立行立改问题18个', '18:transferred_issues'],
    ['挽回经济损失1.2亿元', '120000000:recovered_funds'],
    ['形成专题报告12份', '12:reports'],
    ['梳理出9类共性问题', '9:common_issues'],
    ['编成三个巡察组', '3:inspection_teams'],
    ['督促整改问题86个', '86:rectification_measures'],
    ['发现问题共计1500个', '1500:issues_found'],
    ['全县巡察组共有8个', '8:inspection_teams'],
    ['成立3个专项巡察小组', '3:inspection_teams'],
    ['问题线索累计达320件', '320:problem_clues'],
    ['收回违规资金120万元', '1200000:recovered_funds'],
    ['梳理共性问题15个', '15:common_issues'],
    ['对21名党员干部进行了问责', '21:accountability'],
    ['问题线索移交123件', '123:problem_clues'],
    ['共有36个单位接受巡察', '36:units_inspected'],
    ['十一届市委共开展巡察9轮', '9:rounds'],
    ['收到群众来信来电来访1523件次', '1523:petitions'],
    ['挽回经济损失3600余万元', '36000000:recovered_funds'],
    ['巡视对象包括农业部、水利部等9个单位', '9:units_inspected'],
    ['先后巡视了8个县，以及21个省直部门的党组织', '21:units_inspected'],
    ['全省所辖64个县将实现巡视全覆盖', '64:units_inspected'],
    ['督促立行立改问题21个', '21:rectification_measures'],
    ['中央派出8个巡视组分赴湖北等16个地方和单位开展今年的第二轮巡视', '16:units_inspected'],
  ])('%s → %s', (sentence, expected) => {
    expect(read(sentence)).toContain(expected);
  });
});

describe('metric rules: traps are not figures', () => {
  it.each([
    ['十九届省委第九轮巡视完成进驻'],
    ['五届市委第三轮巡察启动'],
    ['每年至少开展2个轮次巡视'],
    ['2018年上半年再开展一轮巡视'],
    ['巡视组将在被巡视单位工作2个月左右'],
    ['为期30天'],
    ['全县有58个县列入贫困县'],
    ['征集意见建议125条'],
    ['与390人次开展个别谈话'],
    ['对300余人次进行问卷调查'],
    ['省委第七巡视组进驻该市'],
    ['覆盖率达到96%'],
    ['是上年的3.2倍'],
    ['贯彻中央八项规定精神'],
    ['聚焦“六项纪律”'],
    ['第七至九轮巡视期间'],
    ['3个设区市建立了巡察机构'],
    ['针对巡视发现的问题，一个问题一个问题解决'],
    ['新选调巡察干部6名'],
    ['梳理出巡察机构存在的问题14个'],
    ['通过自查发现问题8个'],
    ['查找巡察工作中存在的问题12个'],
    ['细化为常规巡察45个“是否”'],
    ['仍需持续整改的问题有9个'],
    ['向纪委移送问题线索2件3人'],
    ['宝鸡市、咸阳市等9个市同步开展巡察'],
    ['有5个县已开展2轮巡察'],
    ['明年将开展3轮巡察'],
    ['县委巡察办对6个被巡察党组织的整改情况开展督查'],
    ['由市委巡察办3名干部每人包联2至3个县区巡察机构'],
  ])('%s', (sentence) => {
    const taken = read(sentence).filter((r) => !r.endsWith(':null'));
    // Only the clue count 2 of 向纪委移送问题线索2件3人 and the rounds of 有5个县已开展2轮巡察 are figures.
    expect(taken.filter((r) => r !== '2:problem_clues' && r !== '2:rounds')).toEqual([]);
  });

  it('reads 第N轮 and N轮 differently in one sentence', () => {
    expect(read('第三轮巡视结束，全年共开展3轮巡视')).toEqual(['3:null', '3:rounds']);
  });

  it('keeps an approx word written after the measure word', () => {
    const s = '问责干部120人左右';
    const c = numberContext(s, findNumbers(s)[0]);
    expect(c?.approx).toBe(true);
  });
});
