// One article of the list: title, date, outlet, places, types and each figure with its sentence.
import type { Article, Fact } from '../../core/contract';
import { INSPECTION_TYPE_EN } from '../../core/metrics';
import { formatValue, metricLabel } from '../charts/format';
import { useT } from '../i18n';
import type { Lang } from '../state/store';
import { Evidence, safeHref } from './Evidence';

/** Row geometry (px), fixed so the list knows every row's height from the index without measuring. */
export const ROW_BASE_HEIGHT = 58;
export const FACT_LINE_HEIGHT = 20;
export const rowHeight = (facts: number) => ROW_BASE_HEIGHT + facts * FACT_LINE_HEIGHT + (facts ? 4 : 0);

export interface ArticleRowProps {
  article: Article;
  facts: Fact[];
  lang: Lang;
}

function FactLine({ fact, lang }: { fact: Fact; lang: Lang }) {
  const place = fact.city ?? fact.province;
  return (
    <li className={fact.counted ? 'fact' : 'fact reprint'} data-metric={fact.metric}>
      <span className="fact-head">
        {place} · {metricLabel(fact.metric, lang)}: <b>{formatValue(fact.value, fact.approx, lang)}</b>
      </span>{' '}
      <Evidence fact={fact} />
    </li>
  );
}

export function ArticleRow({ article, facts, lang }: ArticleRowProps) {
  const t = useT();
  const href = safeHref(article.url);
  const places = [...article.provinces, ...article.cities].join('、');
  return (
    <article className="article-row" data-article-id={article.id}>
      <h3 className="article-title" title={article.title}>
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer nofollow">
            {article.title}
          </a>
        ) : (
          article.title
        )}
      </h3>
      <p className="article-meta" title={[article.date ?? t.undated, article.outlet, places].filter(Boolean).join(' · ')}>
        <span>{article.date ?? t.undated}</span>
        {article.outlet && <span>{article.outlet}</span>}
        {places && <span>{places}</span>}
        {article.types.length > 0 && <span>{article.types.map((x) => (lang === 'en' ? INSPECTION_TYPE_EN[x] : x)).join(' / ')}</span>}
        {!article.topic && <span className="off-topic">{t.offTopic}</span>}
      </p>
      {facts.length > 0 && (
        <ul className="facts">
          {facts.map((f) => (
            <FactLine key={f.id} fact={f} lang={lang} />
          ))}
        </ul>
      )}
    </article>
  );
}
