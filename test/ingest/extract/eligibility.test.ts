import { describe, expect, it } from 'vitest';
import { eligibleSentences } from '../../../src/ingest/extract/eligibility';
import { splitSentences } from '../../../src/ingest/extract/sentences';
import { countInspectionMentions } from '../../../src/ingest/extract/topic';

function eligible(title: string, text: string): boolean[] {
  const sentences = splitSentences(text);
  return eligibleSentences(title, sentences, sentences.map((s) => countInspectionMentions(s.text) > 0));
}

describe('eligibleSentences', () => {
  const text = '省委巡视组发现问题线索120件。其中涉及县处级干部36件。全省纪委监委共立案900件。\n处分干部300人。';

  it('in an article about other work: sentences naming inspection and the one right after them', () => {
    expect(eligible('年度工作综述', text)).toEqual([true, true, false, false]);
  });

  it('in an article about inspection: every sentence but those about general discipline work', () => {
    // 全省纪委监委共立案900件: the commission's own statistics, not a figure of the inspection
    expect(eligible('省委巡视工作综述', text)).toEqual([true, true, false, true]);
    expect(eligible('省委巡视工作综述', '全国纪检监察机关处分10万人。巡视发现问题8个。')).toEqual([false, true]);
  });
});
