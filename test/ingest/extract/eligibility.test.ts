import { describe, expect, it } from 'vitest';
import { sentenceScopes } from '../../../src/ingest/extract/eligibility';
import { splitSentences } from '../../../src/ingest/extract/sentences';
import { countInspectionMentions } from '../../../src/ingest/extract/topic';

/** Per sentence: false (no figures), true (figures anywhere), or the text of the clauses excluded. */
function eligible(title: string, text: string): (boolean | string[])[] {
  const sentences = splitSentences(text);
  return sentenceScopes(title, sentences, sentences.map((s) => countInspectionMentions(s.text) > 0)).map((x, i) =>
    !x.figures ? false : x.excluded.length === 0 ? true : x.excluded.map((r) => sentences[i].text.slice(r.start, r.end)),
  );
}

describe('sentenceScopes', () => {
  const text = '省委巡视组发现问题线索120件。其中涉及县处级干部36件。全省纪委监委共立案900件。\n处分干部300人。';

  it('in an article about other work: sentences naming inspection and the one right after them', () => {
    expect(eligible('年度工作综述', text)).toEqual([true, true, false, false]);
  });

  it('in an article about inspection: every sentence but the clauses about general discipline work', () => {
    // 全省纪委监委共立案900件: the commission's own statistics, not a figure of the inspection
    expect(eligible('省委巡视工作综述', text)).toEqual([true, true, ['全省纪委监委共立案900件。'], true]);
    expect(eligible('省委巡视工作综述', '全国纪检监察机关处分10万人。巡视发现问题8个。')).toEqual([false, true]);
  });

  it('a commission acting on what the previous sentence handed over keeps its figures', () => {
    const handed = '县委巡察组向县纪委监委移交问题线索23件。县纪委监委据此立案17件，处分15人。';
    expect(eligible('县委巡察工作综述', handed)).toEqual([true, true]);
    const own = '县委巡察组向县纪委监委移交问题线索23件。县纪委监委今年以来立案170件，处分150人。';
    expect(eligible('县委巡察工作综述', own)).toEqual([true, ['县纪委监委今年以来立案170件', '处分150人。']]);
  });

  it('a handing-over in another paragraph is not pointed back at', () => {
    const text2 = '县委巡察组向县纪委监委移交问题线索23件。\n县纪委监委据此立案17件，处分15人。';
    expect(eligible('县委巡察工作综述', text2)).toEqual([true, ['县纪委监委据此立案17件', '处分15人。']]);
  });
});
