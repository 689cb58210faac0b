import { describe, expect, it } from 'vitest';
import { findInspectionTypes } from '../../../src/ingest/extract/inspectionTypes';
import { findPeriod } from '../../../src/ingest/extract/period';
import { countInspectionMentions, isAboutInspection, mentionsInspection } from '../../../src/ingest/extract/topic';

describe('topic', () => {
  it('is on-topic when the title names inspection work', () => {
    expect(isAboutInspection('市委第二轮巡察完成进驻', '进驻工作已完成。')).toBe(true);
  });

  it('is off-topic for a news item that mentions inspection once', () => {
    const body = '新书介绍：本书收录重要法规制度，可供巡视监督工作参考。全书共十章。';
    expect(isAboutInspection('新书推荐', body)).toBe(false);
  });

  it('is on-topic when the body keeps returning to inspection work', () => {
    const body = '巡察组进驻后，巡察发现问题较多。巡察结束后，被巡察单位开展整改。';
    expect(isAboutInspection('基层监督纪实', body)).toBe(true);
  });

  it('does not count a civil-service rank or a video tour', () => {
    expect(countInspectionMentions('一级巡视员某某；总理通过视频巡视企业')).toBe(0);
  });

  it('tells whether a text mentions inspection work at all, as a count above zero does', () => {
    const texts = ['一级巡视员某某；总理通过视频巡视企业', '巡视员巡察', '巡河巡视', '视频巡视', '巡', '巡视', '', '十九届中央第八轮巡视', '巡检查', '巡视检查后开展巡察'];
    for (const t of texts) expect(mentionsInspection(t), t).toBe(countInspectionMentions(t) > 0);
    expect(texts.filter(mentionsInspection)).toEqual(['巡视员巡察', '巡河巡视', '巡视', '十九届中央第八轮巡视', '巡视检查后开展巡察']);
  });
});

describe('inspection types', () => {
  it('finds the types a report names', () => {
    const text = '对8家单位开展常规巡察，对2个单位开展“回头看”，同时开展专项巡察和提级巡察，实行市县上下联动。';
    expect(findInspectionTypes(text)).toEqual(['常规', '专项', '回头看', '提级', '上下联动']);
  });

  it('finds 机动式 and 点穴式', () => {
    expect(findInspectionTypes('开展“机动式”巡视和点穴式巡察')).toEqual(['机动', '点穴式']);
  });
});

describe('period', () => {
  it('reads a written year', () => {
    expect(findPeriod('2021年全市共发现问题30个', 10, '2022-02-15')).toEqual({ text: '2021年', from: '2021-01-01', to: '2021-12-31' });
  });

  it('resolves 去年 and 今年以来 against the publication date', () => {
    expect(findPeriod('去年共开展3轮巡察', 6, '2017-04-19')).toMatchObject({ text: '去年', from: '2016-01-01', to: '2016-12-31' });
    expect(findPeriod('今年以来共发现问题9个', 9, '2020-06-09')).toMatchObject({ from: '2020-01-01', to: '2020-06-09' });
    expect(findPeriod('上半年发现问题8个', 7, '2019-07-30')).toMatchObject({ from: '2019-01-01', to: '2019-06-30' });
  });

  it('keeps the text when the publication year is unknown, and finds nothing when nothing is said', () => {
    expect(findPeriod('去年共开展3轮巡察', 6, null)).toEqual({ text: '去年' });
    expect(findPeriod('共开展3轮巡察', 3, '2020-01-01')).toBeUndefined();
  });
});
