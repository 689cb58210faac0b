// Narrow subscriptions to the store plus the memoised selectors: what components read.
import { useDeferredValue } from 'react';
import { useStore } from './store';
import type { Columns } from './columns';
import type { Filters } from './selectors';
import { memoLast, selectMatches } from './selectors';

const makeFilters = memoLast(
  (range: Filters['range'], types: Filters['types'], level: Filters['level'], matches: Filters['matches']): Filters => ({
    range,
    types,
    level,
    matches,
  }),
);

/** The loaded columns; components under <DataGate> may assume they exist. */
export function useColumns(): Columns {
  return useStore((s) => {
    if (s.data.status !== 'ready') throw new Error('data not loaded');
    return s.data.columns;
  });
}

export function useFilters(): Filters {
  const range = useStore((s) => s.view.range);
  const types = useStore((s) => s.view.types);
  const level = useStore((s) => s.view.level);
  const query = useStore((s) => s.view.query);
  const text = useStore((s) => (s.search.status === 'ready' ? s.search.text : null));
  return makeFilters(range, types, level, selectMatches(text, query));
}

/**
 * Filters and selection for charts, deferred: after a click or a brush React first commits the article list
 * and the table, then redraws the charts in a second, interruptible render.
 */
export function useChartFilters(): Filters {
  return useDeferredValue(useFilters());
}

export function useChartSelection(): number | null {
  return useDeferredValue(useStore((s) => s.view.selection));
}
