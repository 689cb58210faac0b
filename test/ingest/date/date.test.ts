import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../../src/ingest/date/resolveDate';
import { inferYear, yearsInText } from '../../../src/ingest/date/inferYear';
import { chinaDay, dateFromFileName, dateFromUrl, parseDate } from '../../../src/ingest/date/parseDate';
import type { CleanDoc } from '../../../src/ingest/types';

const doc = (over: Partial<CleanDoc>): CleanDoc => ({
  source: { file: over.dateContext?.fileName ?? 'a.txt' },
  format: 'text',
  title: 't',
  text: '',
  dateContext: { fileName: 'a.txt' },
  ...over,
});

describe('parseDate', () => {
  it('converts a late-evening GMT stamp to the next day in China time', () => {
    expect(parseDate('Wed, 03 Nov 2021 23:55:49 GMT')).toEqual({ kind: 'full', date: '2021-11-04' });
    expect(parseDate('Sun, 05 Sep 2021 11:55:09 GMT')).toEqual({ kind: 'full', date: '2021-09-05' });
    expect(parseDate('2021-11-03T16:30:00Z')).toEqual({ kind: 'full', date: '2021-11-04' });
    expect(chinaDay(Date.UTC(2021, 11, 31, 16, 0))).toBe('2022-01-01');
  });

  it('reads local stamps, Chinese dates, partial dates and rejects impossible ones', () => {
    expect(parseDate('2013-11-06 19:18:02')).toEqual({ kind: 'full', date: '2013-11-06' });
    expect(parseDate('2022年02月24日 19:18')).toEqual({ kind: 'full', date: '2022-02-24' });
    expect(parseDate('2025年10月')).toEqual({ kind: 'year-month', date: '2025-10' });
    expect(parseDate('06-15')).toEqual({ kind: 'month-day', month: 6, day: 15 });
    expect(parseDate('2023-02-30').kind).toBe('invalid');
    expect(parseDate('13-40').kind).toBe('invalid');
    expect(parseDate('')).toEqual({ kind: 'none' });
  });

  it('reads dates from file names', () => {
    expect(dateFromFileName('20211013.json')).toBe('2021-10-13');
    expect(dateFromFileName('t20230201_243874.html')).toBe('2023-02-01');
    expect(dateFromFileName('VIDEJaU80nd4tAXXdtaqVxPp250417.shtml')).toBe('2025-04-17');
    expect(dateFromFileName('p001.txt')).toBeNull();
    expect(dateFromFileName('t20230230_1.html')).toBeNull();
  });
});

describe('dateFromUrl', () => {
  it('reads whole dates from page addresses, not bare year folders', () => {
    expect(dateFromUrl('http://jx.example.invalid/news/b/2016-04-16/detail-1.shtml')).toBe('2016-04-16');
    expect(dateFromUrl('http://www.example.invalid/news/jxnews/2016/0905/24451.html')).toBe('2016-09-05');
    expect(dateFromUrl('http://hbrb.example.invalid/pc/paper/c/201708/26/c17408.html')).toBe('2017-08-26');
    expect(dateFromUrl('http://hb.example.invalid/2020-05/18/content_41155137.htm')).toBe('2020-05-18');
    expect(dateFromUrl('https://sxlz.example.invalid/art/2021/10/28/art_1.html')).toBe('2021-10-28');
    expect(dateFromUrl('http://www.example.invalid/gzdt/xsxc/202008/t20200803_11610117.htm')).toBe('2020-08-03');
    expect(dateFromUrl('http://jz.example.invalid/art/2021/art_e97dd5.html')).toBeNull();
    expect(dateFromUrl('http://www.example.invalid/info/1008/36157.htm')).toBeNull();
  });
});

describe('inferYear', () => {
  it('uses a year written with the same month, then a central round, then the latest year named', () => {
    expect(inferYear('2020年6月以来，……', 6)?.year).toBe(2020);
    expect(inferYear('十九届中央第五轮巡视动员部署会召开', 6)?.year).toBe(2020);
    expect(inferYear('十九届中央第八轮巡视', 2)?.year).toBe(2022);
    expect(inferYear('2016年工作，2017—2021年规划，到2035年')?.year).toBe(2016);
    expect(inferYear('今年以来')).toBeNull();
  });

  it('ignores range ends and targets', () => {
    expect(yearsInText('2017—2021年 至2020年 到2035年 2019年4月')).toEqual([2019]);
  });
});

describe('resolveDate', () => {
  it('marks a year inferred from the text with its reason, never from the clock', () => {
    const r = resolveDate(doc({ dateRaw: '06-15', dateRawKind: 'text', text: '据了解，2020年6月以来……' }));
    expect(r.doc.date).toBe('2020-06-15');
    expect(r.doc.dateSource).toMatchObject({ kind: 'inferred', inferred: true });
    expect(r.doc.dateSource.reason).toMatch(/06-15.*2020年6月/);
  });

  it('leaves an unknowable date null', () => {
    const r = resolveDate(doc({ dateRaw: '06-15', text: '今年以来' }));
    expect(r.doc.date).toBeNull();
    expect(r.doc.dateSource.kind).toBe('none');
  });

  it('takes the year of a month-day from the daily file it sits in', () => {
    const r = resolveDate(doc({ dateRaw: '10-13', dateContext: { fileName: '20211013.json', containerDate: '2021-10-13' } }));
    expect(r.doc.date).toBe('2021-10-13');
  });

  it('turns an impossible date into a warning and falls back to the file name', () => {
    const r = resolveDate(doc({ dateRaw: '2023-02-30', dateRawKind: 'front-matter', dateContext: { fileName: 't20230201_1.html' } }));
    expect(r.doc.date).toBe('2023-02-01');
    expect(r.doc.dateSource.kind).toBe('file-name');
    expect(r.warnings[0].code).toBe('bad-date');
  });

  it('prefers the stated date over the file name', () => {
    const r = resolveDate(doc({ dateRaw: '2024-01-08 06:30', dateRawKind: 'meta', dateContext: { fileName: 't20240107_320278.html' } }));
    expect(r.doc.date).toBe('2024-01-08');
    expect(r.doc.dateSource).toEqual({ kind: 'meta', inferred: false });
  });
});
