// The whole extraction of one document, on fixture articles written for the project.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDoc } from '../../../src/ingest/extract';
import type { DatedDoc } from '../../../src/ingest/types';
import { writtenDoc } from './writtenDoc';

function doc(name: string, date: string | null = '2024-06-20'): DatedDoc {
  const raw = readFileSync(new URL(`../../fixtures/extract/${name}`, import.meta.url), 'utf8');
  const [title, ...body] = raw.trim().split('\n');
  return writtenDoc(title, body.join('\n'), { file: name, date });
}

const figures = (d: DatedDoc) => analyzeDoc(d).facts.map((f) => `${f.province}|${f.metric}|${f.value}`);

describe('analyzeDoc', () => {
  it('reads a city report: figures, region, evidence offsets, and not its traps', () => {
    const d = doc('city-report.txt');
    const a = analyzeDoc(d);
    expect(a.topic).toBe(true);
    expect(a.provinces).toEqual(['贵州']);
    expect(a.cities).toEqual(['六盘水市']);
    expect(a.level).toBe('city-county');
    expect(a.types).toContain('常规');
    expect(a.facts.map((f) => `${f.metric}=${f.value}`).sort()).toEqual(
      [
        'inspection_teams=5',
        'staff=42',
        'units_inspected=14',
        'petitions=86',
        'issues_found=213',
        'problem_clues=19',
        'rectification_measures=150',
        'rectification_measures=320',
        'accountability=11',
        'accountability=7',
      ].sort(),
    );
    for (const f of a.facts) {
      expect(f.city).toBe('六盘水市');
      expect(f.cityAdcode).toBe(520200);
      expect(f.adcode).toBe(520000);
      expect(Number(f.evidence.sentence.slice(f.evidence.start, f.evidence.end))).toBe(f.value);
      expect(d.text.slice(f.evidence.offset, f.evidence.offset + f.evidence.sentence.length)).toBe(f.evidence.sentence);
    }
  });

  it('attributes a central round to 全国 and skips durations and the one-team-two-units method', () => {
    const a = analyzeDoc(doc('central-round.txt'));
    expect(a.level).toBe('central');
    expect(a.provinces).toEqual(['全国']);
    expect(figures(doc('central-round.txt')).sort()).toEqual(['全国|inspection_teams|15', '全国|units_inspected|2', '全国|units_inspected|28'].sort());
  });

  it('gives each province of a roundup its own figures and ignores a place named in passing', () => {
    const a = analyzeDoc(doc('roundup.txt'));
    expect(figures(doc('roundup.txt')).sort()).toEqual(
      ['浙江|inspection_teams|11', '浙江|units_inspected|24', '浙江|issues_found|530', '四川|inspection_teams|310'].sort(),
    );
    expect(a.provinces).not.toContain('新疆');
  });

  it('resolves bare references (自治区党委) to the article region and keeps periods and approx flags', () => {
    const a = analyzeDoc(doc('bare-reference.txt', '2023-09-01'));
    expect(a.provinces[0]).toBe('广西');
    const rounds = a.facts.find((f) => f.metric === 'rounds');
    expect(rounds).toMatchObject({ province: '广西', value: 2, period: { text: '今年以来', from: '2023-01-01', to: '2023-09-01' } });
    expect(a.facts.find((f) => f.metric === 'issues_found')).toMatchObject({ value: 1200, approx: true });
    expect(a.facts.every((f) => f.province === '广西')).toBe(true);
  });

  it('warns about a figure whose region cannot be told instead of guessing one', () => {
    const d = { ...doc('off-topic-item.txt'), title: '鼓楼区委巡察工作', text: '鼓楼区委巡察发现问题12个。' };
    const a = analyzeDoc(d);
    expect(a.facts).toEqual([]);
    expect(a.warnings).toMatchObject([{ code: 'figure-without-region', position: { offset: 10 } }]);
  });

  it('takes a short round-up item as on-topic when a sentence about inspection states a figure', () => {
    const item = {
      ...doc('off-topic-item.txt'),
      title: '国内联播快讯',
      text: '二十届中央第九轮巡视的15个巡视组近日完成进驻。\n我国今年秋粮收购量同比增加300万吨。',
    };
    const a = analyzeDoc(item);
    expect(a.topic).toBe(true);
    expect(a.facts.map((f) => `${f.province}|${f.metric}|${f.value}`)).toEqual(['全国|inspection_teams|15']);
  });

  it('keeps a new-books notice that names inspection once off-topic', () => {
    const notice = {
      ...doc('off-topic-item.txt'),
      title: '新书推荐',
      text: '本书收录党内法规制度等40件，可供巡视监督工作参考。\n全书共12章。',
    };
    expect(analyzeDoc(notice).topic).toBe(false);
  });

  it('yields nothing for an off-topic item', () => {
    const a = analyzeDoc(doc('off-topic-item.txt'));
    expect(a).toMatchObject({ topic: false, facts: [], provinces: [], level: null });
  });
});
