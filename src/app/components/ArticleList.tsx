// The article list (#articles): newest first, filtered by every view, virtualised so 100,000 rows scroll
// smoothly. Rows come from shards loaded as they scroll into view; the search text loads on the first query,
// in parts searched as they arrive (searching n/m).
import { useVirtualizer } from '@tanstack/react-virtual';
import { useShallow } from 'zustand/react/shallow';
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import { ShardCache } from '../data/shards';
import { asProblem } from '../data/loadData';
import { loadSearchParts, partsLoaded, searchFilesOf } from '../data/searchText';
import { useT } from '../i18n';
import type { Columns } from '../state/columns';
import { useColumns, useFilters } from '../state/hooks';
import { selectArticleOrdinals } from '../state/selectors';
import { useStore } from '../state/store';
import { ArticleRow, rowHeight } from './ArticleRow';
import { Panel } from './Panel';
import { DataProblemPanel, WhenIndexed } from './DataGate';

const caches = new WeakMap<Columns, ShardCache>();
function shardCacheOf(columns: Columns): ShardCache {
  let cache = caches.get(columns);
  if (!cache) caches.set(columns, (cache = new ShardCache(columns)));
  return cache;
}

/** How many parts of the search text have been searched, while some are still loading. */
function useSearchProgress() {
  return useStore(useShallow((s) => (s.search.status === 'loading' ? partsLoaded(s.search) : null)));
}

function SearchBox() {
  const t = useT();
  const query = useStore((s) => s.view.query);
  const progress = useSearchProgress();
  const problem = useStore((s) => (s.search.status === 'error' ? s.search.problem : null));
  const setQuery = useStore((s) => s.setQuery);
  const index = useColumns().index;
  useEffect(() => {
    if (!query || useStore.getState().search.status !== 'idle') return;
    const files = searchFilesOf(index);
    if (files) void loadSearchParts(files, useStore.getState().setSearch);
  }, [query, index]);
  return (
    <>
      <label className="search">
        <input type="search" data-testid="search" placeholder={t.search} aria-label={t.search} value={query} onChange={(e) => setQuery(e.target.value)} />
        {progress && (
          <small data-testid="search-progress">
            {t.searching} {progress.loaded}/{progress.total}
          </small>
        )}
      </label>
      {problem && <DataProblemPanel problem={problem} />}
    </>
  );
}

function ArticleListBody() {
  const t = useT();
  // Nothing found yet is not "nothing found" while parts of the search text are still to come.
  const searching = useSearchProgress();
  const columns = useColumns();
  const filters = useFilters();
  const selection = useStore((s) => s.view.selection);
  const lang = useStore((s) => s.view.lang);
  const ordinals = selectArticleOrdinals(columns, filters, selection);
  const cache = shardCacheOf(columns);
  const [, shardArrived] = useReducer((n: number) => n + 1, 0);
  const scrollRef = useRef<HTMLDivElement>(null);
  // Stable while the list is: a new key function makes the virtualizer measure every row again (100,000 of
  // them before any filter), on every render, shard arrivals included.
  const getItemKey = useCallback((k: number) => ordinals[k], [ordinals]);
  const estimateSize = useCallback((k: number) => rowHeight(columns.factStart[ordinals[k] + 1] - columns.factStart[ordinals[k]]), [columns, ordinals]);
  const virtualizer = useVirtualizer({
    count: ordinals.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    overscan: 6,
    getItemKey,
    initialRect: { width: 480, height: 720 },
  });
  const items = virtualizer.getVirtualItems();
  const visible = useMemo(() => items.map((it) => ordinals[it.index]), [items, ordinals]);
  useEffect(() => {
    if (visible.some((o) => !cache.get(o))) cache.ensure(visible).then(shardArrived, () => shardArrived());
  }, [visible, cache]);
  const failed = visible.map((o) => cache.problemOf(o)).find((p) => p !== undefined);
  // A new list starts at its top. Only when the reader has scrolled: setting scrollTop right after a commit
  // makes the browser lay the page out there and then.
  const scrolled = useRef(false);
  useEffect(() => {
    if (scrolled.current && scrollRef.current) scrollRef.current.scrollTop = 0;
    scrolled.current = false;
  }, [ordinals]);
  return (
    <Panel id="articles" title={`${t.articleList} (${ordinals.length.toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN')})`}>
      <SearchBox />
      {failed && <DataProblemPanel problem={asProblem(failed.error, failed.file)} />}
      <div id="articles" className="article-scroll" ref={scrollRef} data-testid="articles" data-count={ordinals.length} onScroll={() => (scrolled.current = true)}>
        {ordinals.length === 0 && <p className="empty">{searching ? `${t.searching} ${searching.loaded}/${searching.total}…` : t.noArticles}</p>}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const record = cache.get(ordinals[item.index]);
            return (
              <div
                key={item.key}
                data-index={item.index}
                className="article-slot"
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: item.size, transform: `translateY(${item.start}px)` }}
              >
                {record ? <ArticleRow article={record.article} facts={record.facts} lang={lang} /> : <p className="loading-row">{t.loadingRow}</p>}
              </div>
            );
          })}
        </div>
      </div>
    </Panel>
  );
}

export function ArticleList() {
  const t = useT();
  return (
    <WhenIndexed id="articles" title={t.articleList}>
      <ArticleListBody />
    </WhenIndexed>
  );
}
