// A discipline commission acting on the inspection's clues reports a result of the inspection; its own campaign
// statistics do not. Decided per clause. Every sentence here is written for these tests.
import { describe, expect, it } from 'vitest';
import { clauseRanges, ownCommissionClauses } from '../../../src/ingest/extract/commissionClauses';
import { writtenFigures } from './writtenDoc';
import { seededRandom } from '../../helpers/seededRandom';


const figures = writtenFigures;
const excludedText = (s: string) => ownCommissionClauses(s).map((r) => s.slice(r.start, r.end));

describe('a commission acting on the clues an inspection handed over', () => {
  it.each([
    ['依据巡察移交线索，宁远县纪检监察机关已对56名党员干部追责问责。', ['accountability=56']],
    ['依据巡察移交线索，宁远县纪委监委已对30多名党员干部问责处理。', ['accountability=30']],
    ['根据巡视移交的问题线索，湖南省纪委监委立案38件，给予党纪政务处分41人。', ['accountability=41']],
    ['通过巡察发现的问题线索，宁远县纪委监委查处了12名村干部。', ['accountability=12']],
  ])('%s', (sentence, expected) => {
    expect(excludedText(sentence)).toEqual([]);
    expect(figures('宁远县委巡察工作综述', sentence)).toEqual(expected);
  });

  it('据此 after a handing-over in the same sentence keeps the clue count and the accountability', () => {
    const s = '宁远县委巡察组向县纪委监委移交问题线索23件，县纪委监委据此立案17件，给予党纪政务处分15人。';
    expect(excludedText(s)).toEqual([]);
    // 立案17件 counts cases, not clues nor people
    expect(figures('宁远县委巡察工作综述', s)).toEqual(['problem_clues=23', 'accountability=15']);
  });

  it('the commission right after a handing-over to it in the same sentence acts on those clues', () => {
    const s = '宁远县委巡察组向县纪委监委移交问题线索47件，县纪委监委已立案22件，给予党纪政务处分19人。';
    expect(figures('宁远县委巡察工作综述', s)).toEqual(['problem_clues=47', 'accountability=19']);
  });

  it('but not when it gives its own period, nor after a handing-over to someone else', () => {
    const own = '宁远县委巡察组向县纪委监委移交问题线索47件，县纪委监委今年以来立案220件，给予党纪政务处分190人。';
    expect(figures('宁远县委巡察工作综述', own)).toEqual(['problem_clues=47']);
    const other = '宁远县委巡察组向县委组织部移交问题12个，县纪委监委立案220件，给予党纪政务处分190人。';
    expect(figures('宁远县委巡察工作综述', other)).toEqual(['transferred_issues=12']);
  });

  it('据此 in the next sentence points back at the handing-over', () => {
    const text = '宁远县委巡察组共向县纪委监委移交问题线索23件。县纪委监委据此给予党纪政务处分15人。';
    expect(figures('宁远县委巡察工作综述', text)).toEqual(['problem_clues=23', 'accountability=15']);
  });
});

describe("a commission's own statistics", () => {
  it('do not void a clue count earlier in the same sentence', () => {
    const s = '宁远县委巡察发现问题线索20件，县纪委监委今年以来查处群众身边腐败问题45件，处理62人。';
    expect(excludedText(s)).toEqual(['县纪委监委今年以来查处群众身边腐败问题45件', '处理62人。']);
    expect(figures('宁远县委巡察工作综述', s)).toEqual(['problem_clues=20']);
  });

  it('with inspection as one of several channels are not the inspection’s', () => {
    const s = '宁远县委巡察发现问题86个，县纪委监委通过信访举报、巡察、审计等渠道受理问题线索120件，处分50人。';
    expect(figures('宁远县委巡察工作综述', s)).toEqual(['issues_found=86']);
  });

  it('with inspection as a tool are not the inspection’s', () => {
    const s = '宁远县纪委监委坚持把巡察作为重要抓手，今年以来立案312件，处分298人。';
    expect(figures('宁远县委巡察工作综述', s)).toEqual([]);
  });

  it('a later clause that names the inspection as source takes the run back', () => {
    const s = '宁远县纪委监委今年以来处分党员干部298人，其中对巡察移交的问题线索处分党员干部21人。';
    expect(excludedText(s)).toEqual(['宁远县纪委监委今年以来处分党员干部298人']);
    expect(figures('宁远县委巡察工作综述', s)).toEqual(['accountability=21']);
  });

  it('the commission as the object of a handing-over is no commission clause', () => {
    expect(excludedText('巡察组向县纪委监委移交问题线索11件，移交被巡察单位立行立改问题9个。')).toEqual([]);
  });

  it('a commission in the next sentence with no word pointing back stays its own', () => {
    const text = '宁远县委巡察组共向县纪委监委移交问题线索23件。县纪委监委今年以来立案170件，给予党纪政务处分150人。';
    expect(figures('宁远县委巡察工作综述', text)).toEqual(['problem_clues=23']);
  });
});

describe('clause ranges', () => {
  it('part a sentence at every ，,：: as a split on those marks does', () => {
    const pieces = ['巡察组', '，', ',', '：', ':', '县纪委监委', '移交', '12件', '；', '。', ''];
    const random = seededRandom(11);
    for (let t = 0; t < 500; t++) {
      const s = random.text(pieces, 12);
      let at = 0;
      const expected = s.split(/[，,：:]/).map((piece) => {
        const range = { start: at, end: at + piece.length };
        at += piece.length + 1;
        return range;
      });
      expect(clauseRanges(s), s).toEqual(expected);
    }
  });
});
