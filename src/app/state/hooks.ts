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

function useMatches(): Filters['matches'] {
  const query = useStore((s) => s.view.query);
  const text = useStore((s) => (s.search.status === 'idle' ? null : s.search));
  return selectMatches(text, query);
}

export function useFilters(): Filters {
  const range = useStore((s) => s.view.range);
  const types = useStore((s) => s.view.types);
  const level = useStore((s) => s.view.level);
  return makeFilters(range, types, level, useMatches());
}

/**
 * Filters for charts. The date range is current: a brush or a play step is summed from the cube
 * (selectors.ts), so every view is drawn in the same render. Types, level and search are deferred: after a
 * click or a keystroke React first commits the article list, then counts the articles again for the charts
 * in a second, interruptible render.
 */
export function useChartFilters(): Filters {
  const range = useStore((s) => s.view.range);
  const types = useDeferredValue(useStore((s) => s.view.types));
  const level = useDeferredValue(useStore((s) => s.view.level));
  const matches = useDeferredValue(useMatches());
  return makeFilters(range, types, level, matches);
}

/** The selection for charts, deferred: after a click the article list is committed first. */
export function useChartSelection(): number | null {
  return useDeferredValue(useStore((s) => s.view.selection));
}
