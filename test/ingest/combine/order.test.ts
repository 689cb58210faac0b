import { describe, expect, it } from 'vitest';
import { AFTER_ALL_DATES, compareDate, compareText, dateKey, dayNumber, orderByKeyThenId, textRanks } from '../../../src/ingest/combine/order';
import { seededRandom } from '../../helpers/seededRandom';


describe('textRanks', () => {
  it('ranks texts in compareText order, equal texts sharing one rank, for hex ids and any other text', () => {
    const g = seededRandom(7);
    const hex = Array.from({ length: 300 }, () => Math.floor(g.next() * 2 ** 48).toString(16).padStart(12, '0'));
    const other = Array.from({ length: 300 }, () => g.pick(['a', 'B', '甲', 'ab', '0f', 'zz', '']) + g.pick(['', 'x', '9']));
    // Upper-case digits sort before lower-case ones as text: such ids are not read as numbers.
    const mixedCase = ['0a', '0B', 'ff', 'A0', 'a0', '0b', '10'];
    const long = hex.map((h) => `${h}ab`); // 14 digits: beyond an exact value
    for (const texts of [hex, [...hex, ...hex.slice(0, 20)], other, mixedCase, long]) {
      const ranks = textRanks(texts);
      for (let i = 0; i < texts.length; i++) {
        const j = (i * 7919) % texts.length;
        expect(Math.sign(ranks[i] - ranks[j])).toBe(compareText(texts[i], texts[j]));
      }
    }
  });
});

describe('orderByKeyThenId', () => {
  it('gives what sorting with the comparator gives: dates as text, then ids', () => {
    const g = seededRandom(11);
    const dates = ['2021', '2021-03', '2021-03-01', '2021-03-09', '2020-12-31', '2019-07', null];
    for (const idLength of [12, 3]) {
      const items = Array.from({ length: 500 }, (_, n) => ({
        n,
        id: Math.floor(g.next() * 16 ** idLength).toString(16).padStart(idLength, '0'),
        date: g.pick(dates),
      }));
      const compare = (a: (typeof items)[number], b: (typeof items)[number]) => compareDate(a.date, b.date) || compareText(a.id, b.id);
      const ordered = orderByKeyThenId(items, (a) => a.id, (a) => (a.date === null ? AFTER_ALL_DATES : dateKey(a.date)), compare);
      expect(ordered.map((a) => a.n)).toEqual([...items].sort(compare).map((a) => a.n));
    }
  });

  it('falls back to the comparator for a date it cannot read as a number', () => {
    const items = [{ id: 'b', date: '2021-3-1' }, { id: 'a', date: '2021-03-01' }];
    expect(dateKey('2021-3-1')).toBeUndefined();
    const compare = (a: (typeof items)[number], b: (typeof items)[number]) => compareDate(a.date, b.date) || compareText(a.id, b.id);
    const ordered = orderByKeyThenId(items, (a) => a.id, (a) => dateKey(a.date), compare);
    expect(ordered).toEqual([...items].sort(compare));
  });
});

describe('dayNumber and dateKey', () => {
  it('read generated dates, well formed or not, as their definitions do (parts between dashes; the YYYY[-MM[-DD]] pattern)', () => {
    const g = seededRandom(11);
    const pieces = ['2021', '1999', '-', '03', '12', '3', '0', '9', 'a', '０', ' ', '+1', '.5', '-04-01', ''];
    const texts = [...Array.from({ length: 4000 }, () => g.text(pieces, 5)), '2021-03-01', '2021-03', '2021', '0000-00-00', '2021-3-01', '2021-03-1', '20210301'];
    for (const text of texts) {
      const [y, m = '0', d = '0'] = text.split('-');
      const byParts = text ? Number(y) * 10000 + Number(m) * 100 + Number(d) : 0;
      expect(dayNumber(text)).toBe(byParts);
      expect(dateKey(text)).toBe(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(text) ? byParts : undefined);
    }
    expect(texts.filter((t) => dateKey(t) !== undefined).length).toBeGreaterThan(100);
  });
});
