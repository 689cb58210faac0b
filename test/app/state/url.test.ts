// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { searchToView, startUrlSync, viewToSearch } from '../../../src/app/state/url';
import { DEFAULT_VIEW, useStore } from '../../../src/app/state/store';
import type { ViewState } from '../../../src/app/state/store';

const full: ViewState = {
  selection: 150100,
  drill: 150000,
  metric: 'problem_clues',
  range: ['2021-01', '2022-06'],
  types: ['常规', '回头看'],
  level: 'city-county',
  query: '呼和浩特 巡察',
  scale: 'quantile',
  lang: 'en',
};

describe('view ↔ query string', () => {
  it('round-trips every field', () => {
    expect(searchToView(viewToSearch(full))).toEqual(full);
  });

  it('writes nothing for the default view', () => {
    expect(viewToSearch(DEFAULT_VIEW)).toBe('');
    expect(searchToView('')).toEqual(DEFAULT_VIEW);
  });

  it('ignores what it does not understand', () => {
    const v = searchToView('?metric=bogus&region=abc&range=2022-13..2021-01&types=常规,xx&level=top&drill=100000');
    expect(v).toEqual({ ...DEFAULT_VIEW, types: ['常规'] });
  });
});

describe('startUrlSync', () => {
  let stop = () => {};
  afterEach(() => {
    stop();
    window.history.replaceState(null, '', '/');
    useStore.getState().setView(DEFAULT_VIEW);
  });

  it('reads the view from the URL, pushes changes, and follows back/forward', () => {
    window.history.replaceState(null, '', '/?region=440000');
    stop = startUrlSync(window);
    expect(useStore.getState().view.selection).toBe(440000);
    const before = window.history.length;
    useStore.getState().toggleSelection(150000);
    expect(window.location.search).toBe('?region=150000');
    expect(window.history.length).toBe(before + 1);
    // Typing replaces the entry.
    useStore.getState().setQuery('巡察');
    expect(window.history.length).toBe(before + 1);
    expect(new URLSearchParams(window.location.search).get('q')).toBe('巡察');
    // Back: the store follows the URL.
    window.history.replaceState(null, '', '/?region=440000');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(useStore.getState().view.selection).toBe(440000);
    expect(useStore.getState().view.query).toBe('');
  });
});

describe('store actions', () => {
  it('click selects, click again clears; drilling selects the province and drilling up keeps it', () => {
    const s = useStore.getState();
    s.setView(DEFAULT_VIEW);
    s.toggleSelection(150000);
    expect(useStore.getState().view.selection).toBe(150000);
    s.toggleSelection(150000);
    expect(useStore.getState().view.selection).toBeNull();
    s.drillInto(150000);
    s.toggleSelection(150100);
    expect(useStore.getState().view).toMatchObject({ drill: 150000, selection: 150100 });
    s.drillUp();
    expect(useStore.getState().view).toMatchObject({ drill: null, selection: 150000 });
    s.toggleType('常规');
    s.toggleType('专项');
    s.toggleType('常规');
    expect(useStore.getState().view.types).toEqual(['专项']);
  });
});
