// Figures whose noun is given elsewhere in the sentence: totals after a list, clues handed over with the noun left
// out, problems solved right after a count of problems found, units named in a long list before 进驻. Every text
// here is written for these tests.
import { describe, expect, it } from 'vitest';
import { classifyNumber } from '../../../src/ingest/extract/metricRules';
import { numberContext } from '../../../src/ingest/extract/numberContext';
import { findNumbers } from '../../../src/ingest/extract/numbers';
import { writtenFigures } from './writtenDoc';

const figures = writtenFigures;

/** metric of every number in the sentence, as "value:metric". */
function read(sentence: string): string[] {
  return findNumbers(sentence).map((n) => {
    const c = numberContext(sentence, n);
    return `${n.value}:${c ? classifyNumber(c) : null}`;
  });
}

const TITLE = '宁远县委巡察工作综述';

describe('the total after an enumerated list of findings', () => {
  it.each([
    ['宁远县委巡察共发现党的领导方面问题12个，党的建设方面问题20个，全面从严治党方面问题9个，以上共计41个。', 41],
    ['宁远县委巡察组发现落实政治责任方面问题15条、作风方面问题8条，合计23条。', 23],
    ['宁远县委巡察组反馈政治监督方面问题6个，群众身边问题11个，共17个。', 17],
  ])('%s', (text, total) => {
    expect(figures(TITLE, text)).toContain(`issues_found=${total}`);
  });

  it('a list parted by ；goes on into the next sentence, total included', () => {
    const text = '宁远县委巡察共发现党的领导方面问题12个；党的建设方面问题20个；全面从严治党方面问题9个；以上共计41个。';
    expect(figures(TITLE, text)).toEqual(['issues_found=12', 'issues_found=20', 'issues_found=9', 'issues_found=41']);
  });

  it('a sum word before another measure or a noun of its own is no total of the list', () => {
    expect(figures(TITLE, '宁远县委巡察组发现问题41个，共涉及资金300万元，共12个村。')).toEqual(['issues_found=41']);
    expect(figures(TITLE, '宁远县委巡察组发现问题41个。\n以上共计12个。')).toEqual(['issues_found=41']);
  });
});

describe('clues handed over with the noun given earlier in the sentence', () => {
  it('移交N件 after 涉及问题线索的 is a clue count', () => {
    expect(read('巡察发现问题58个，其中涉及问题线索的，已向县纪委监委移交9件')).toEqual(['58:issues_found', '9:problem_clues']);
  });

  it('not without clues named before, nor with a noun of its own', () => {
    expect(read('巡察发现问题58个，已向被巡察单位移交9件')).toEqual(['58:issues_found', '9:null']);
    expect(read('巡察发现问题线索6件，移交被巡察单位问题12个')).toEqual(['6:problem_clues', '12:transferred_issues']);
  });
});

describe('problems solved right after a count of problems found', () => {
  it.each([
    ['巡察组深入村组走访，发现群众身边问题214个，已推动解决186个', ['214:issues_found', '186:rectification_measures']],
    ['巡察组发现问题二十一条，已解决18条', ['21:issues_found', '18:rectification_measures']],
    ['巡察组发现群众身边问题214个，已推动整改186个', ['214:issues_found', '186:rectification_measures']],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it('problems found and solved in one phrase are found; clues closed are not solved problems', () => {
    expect(read('巡察组发现并推动解决的问题有563个')).toEqual(['563:issues_found']);
    expect(read('巡察组发现问题线索21件，已办结18件')).toEqual(['21:problem_clues', '18:null']);
    expect(read('巡察组走访群众120户，已推动解决16个')).toEqual(['120:null', '16:null']);
  });
});

describe('units named before 进驻', () => {
  it('完成对…等N家单位党组织的进驻', () => {
    const s = '二十届中央第五轮巡视的15个巡视组近日完成对甲集团、乙公司、丙银行等26家单位党组织的进驻。';
    expect(figures('中央巡视完成进驻', s)).toEqual(['inspection_teams=15', 'units_inspected=26']);
  });

  it('a long enumeration closed by 等 before the count', () => {
    const s =
      '15个巡视组已完成对中国第一重型机械集团、中国第二建设工程集团、中国第三能源投资集团、中国第四交通运输集团、中国第五电子信息集团等26家单位党组织的进驻。';
    expect(figures('中央巡视完成进驻', s)).toEqual(['inspection_teams=15', 'units_inspected=26']);
  });

  it('units whose stationing work is guided are not inspected', () => {
    expect(read('市委巡察办对所辖9个县区的巡察进驻工作开展督导检查')).toEqual(['9:null']);
    expect(read('县委巡察办对9个村的进驻保障工作开展调研')).toEqual(['9:null']);
  });
});
