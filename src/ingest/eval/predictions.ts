// Turns ingest output (articles and facts) into one prediction per input file, the unit the labels describe:
// a file holding several items is on-topic when any item is; its provinces and figures are those of its
// on-topic items; its date is the most frequent item date.
import type { Article, Fact } from '../../core/contract';
import type { FilePrediction } from './score';

function mostFrequent(values: (string | null)[]): string | null {
  const counts = new Map<string | null, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [v, c] of counts) if (c > n || (c === n && v !== null && best === null)) [best, n] = [v, c];
  return best;
}

export function predictionsByFile(articles: Article[], facts: Fact[]): Map<string, FilePrediction> {
  const factsOf = new Map<string, Fact[]>();
  for (const f of facts) {
    const list = factsOf.get(f.articleId);
    if (list) list.push(f);
    else factsOf.set(f.articleId, [f]);
  }
  const grouped = new Map<string, Article[]>();
  for (const a of articles) {
    for (const src of a.sources.length ? a.sources : [a.source]) {
      const list = grouped.get(src.file);
      if (list) list.push(a);
      else grouped.set(src.file, [a]);
    }
  }
  const out = new Map<string, FilePrediction>();
  for (const [file, list] of grouped) {
    const onTopic = list.filter((a) => a.topic);
    const provinces = [...new Set(onTopic.flatMap((a) => a.provinces))];
    out.set(file, {
      date: mostFrequent(list.map((a) => a.date)),
      topic: onTopic.length > 0,
      provinces,
      facts: onTopic.flatMap((a) =>
        (factsOf.get(a.id) ?? []).map((f) => ({
          province: f.province,
          metric: f.metric,
          value: f.value,
          approx: f.approx,
          sentence: f.evidence.sentence,
        })),
      ),
    });
  }
  return out;
}
