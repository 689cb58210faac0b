// The key characters recorded per sentence (Sentence.keys) let later passes skip a sentence unread. They are
// only a shortcut: on generated texts, each bit must say exactly whether its character occurs, and each pass
// skipped on the bits must have found nothing in the sentences it skips.
import { describe, expect, it } from 'vitest';
import { keysMayHoldCommissionWork, ownCommissionClauses, handsOver } from '../../../src/ingest/extract/commissionClauses';
import { isSelfReview } from '../../../src/ingest/extract/eligibility';
import { centralAgentAt, centralTeamActs } from '../../../src/ingest/extract/attribution';
import { findNumbers } from '../../../src/ingest/extract/numbers';
import { findInspectionTypes } from '../../../src/ingest/extract/inspectionTypes';
import { KEY, keysOf, splitSentences } from '../../../src/ingest/extract/sentences';
import { mentionsInspection } from '../../../src/ingest/extract/topic';
import { seededRandom } from '../../helpers/seededRandom';

/** Words and marks the generated texts are made of: the key characters in the words they start, and others. */
const TOKENS = [
  '巡察', '巡视', '巡视组', '县纪委监委', '市监委', '纪检监察机关', '通过信访、巡察等渠道', '等', '、', '中央', '其中', '全国',
  '全省', '国家监委', '国企', '自查', '刀刃向内', '移交', '移送', '问题线索', '发现问题', '12', '３', '一', '十三', '两', '万',
  '个', '件', '人', '年', '，', '。', '；', '！', '?', '\n', '”', '）', ' ', '\u3000', '党组织', '整改', '巡察办', '开展',
  '监督', '纪律', '省委', '巡视监督', '中央第五巡视组', '央企', '回头看', '看到', '提级', '提出', '交叉巡察', '交叉', '点穴式', '穴', '常规巡视', '专项巡察', '上下联动',
];


function generatedTexts(count: number): string[] {
  const random = seededRandom(20240601).next;
  const out: string[] = [];
  for (let t = 0; t < count; t++) {
    let text = '';
    const length = 5 + Math.floor(random() * 60);
    for (let k = 0; k < length; k++) text += TOKENS[Math.floor(random() * TOKENS.length)];
    out.push(text);
  }
  return out;
}

const NUMERALS = '0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿';

function expectedKeys(text: string): number {
  let keys = 0;
  for (const [name, bit] of Object.entries(KEY)) {
    const chars = name === 'NUMERAL' ? NUMERALS : name;
    if ([...chars].some((ch) => text.includes(ch))) keys |= bit;
  }
  return keys;
}

const texts = generatedTexts(400);
const sentences = texts.flatMap((text) => splitSentences(text));

/** The split written plainly: cut after each end mark (and the closers right after it) and at each line break. */
function referenceSplit(text: string): { text: string; start: number; paragraph: number }[] {
  const out: { text: string; start: number; paragraph: number }[] = [];
  const push = (from: number, to: number, paragraph: number) => {
    const piece = text.slice(from, to);
    const lead = piece.length - piece.replace(/^[ \t\u3000\u00a0\r]+/, '').length;
    const kept = piece.replace(/^[ \t\u3000\u00a0\r]+/, '').replace(/[ \t\u3000\u00a0\r]+$/, '');
    if (kept) out.push({ text: kept, start: from + lead, paragraph });
  };
  text.split('\n').reduce((offset, line, paragraph) => {
    const re = /[。！？；!?;][”’」』）)"】》]*/g;
    let from = 0;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      push(offset + from, offset + m.index + m[0].length, paragraph);
      from = m.index + m[0].length;
    }
    push(offset + from, offset + line.length, paragraph);
    return offset + line.length + 1;
  }, 0);
  return out;
}

describe('sentence keys', () => {
  it('the generated texts hold every key and sentences without each', () => {
    for (const bit of Object.values(KEY)) {
      expect(sentences.some((s) => (s.keys & bit) !== 0)).toBe(true);
      expect(sentences.some((s) => (s.keys & bit) === 0)).toBe(true);
    }
  });

  it('the walk that records the keys splits as the plain definition does', () => {
    for (const text of texts) {
      expect(splitSentences(text).map(({ text: t, start, paragraph }) => ({ text: t, start, paragraph }))).toEqual(referenceSplit(text));
    }
  });

  it('each bit says whether its character occurs in the sentence', () => {
    for (const s of sentences) expect(s.keys, s.text).toBe(expectedKeys(s.text));
  });

  it('the passes skipped on the keys find nothing in the sentences they skip', () => {
    for (const s of sentences) {
      const has = (bits: number) => (s.keys & bits) !== 0;
      if (!has(KEY.巡)) expect(mentionsInspection(s.text), s.text).toBe(false);
      if (!has(KEY.NUMERAL)) expect(findNumbers(s.text), s.text).toEqual([]);
      const hasAll = (bits: number) => (s.keys & bits) === bits;
      if (!hasAll(KEY.中 | KEY.央)) expect(centralTeamActs(s.text), s.text).toBe(false);
      if (!hasAll(KEY.中 | KEY.央) && !hasAll(KEY.全 | KEY.国)) expect(centralAgentAt(s.text), s.text).toBe(-1);
      if (!has(KEY.自 | KEY.刀)) expect(isSelfReview(s.text), s.text).toBe(false);
      if (!has(KEY.移)) expect(handsOver(s.text), s.text).toBe(false);
      if (!keysMayHoldCommissionWork(s.keys)) {
        expect(ownCommissionClauses(s.text), s.text).toEqual([]);
        expect(ownCommissionClauses(s.text, true), s.text).toEqual([]);
      }
    }
  });

  it('inspection types are found alike with and without the keys of the text', () => {
    let found = 0;
    for (const text of texts) {
      const types = findInspectionTypes(text);
      found += types.length;
      expect(findInspectionTypes(text, keysOf(splitSentences(text))), text).toEqual(types);
    }
    expect(found).toBeGreaterThan(100);
  });

  it('the commission shortcut lets through sentences that do hold commission work', () => {
    const held = sentences.filter((s) => ownCommissionClauses(s.text).length > 0);
    expect(held.length).toBeGreaterThan(0);
    for (const s of held) expect(keysMayHoldCommissionWork(s.keys), s.text).toBe(true);
  });
});
