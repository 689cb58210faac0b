// The view mirrored in the URL's query string, so a copied link reopens the same view and back/forward
// step through the user's choices. Typing in the search box replaces the entry instead of pushing one.
import { INSPECTION_TYPES, isMetricKey } from '../../core/metrics';
import type { InspectionType } from '../../core/metrics';
import type { Level } from '../../core/contract';
import { DEFAULT_VIEW, useStore } from './store';
import type { ViewState } from './store';

const LEVELS: Level[] = ['central', 'provincial', 'city-county'];
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function viewToSearch(view: ViewState): string {
  const p = new URLSearchParams();
  if (view.selection !== null) p.set('region', String(view.selection));
  if (view.drill !== null) p.set('drill', String(view.drill));
  if (view.metric !== DEFAULT_VIEW.metric) p.set('metric', view.metric);
  if (view.range) p.set('range', `${view.range[0]}..${view.range[1]}`);
  if (view.types.length) p.set('types', view.types.join(','));
  if (view.level) p.set('level', view.level);
  if (view.query) p.set('q', view.query);
  if (view.scale !== DEFAULT_VIEW.scale) p.set('scale', view.scale);
  if (view.lang !== DEFAULT_VIEW.lang) p.set('lang', view.lang);
  const s = p.toString();
  return s ? `?${s}` : '';
}

function adcodeParam(value: string | null): number | null {
  return value && /^\d{6}$/.test(value) ? Number(value) : null;
}

/** Reads a view from a query string; anything unknown or malformed falls back to the default. */
export function searchToView(search: string): ViewState {
  const p = new URLSearchParams(search);
  const metric = p.get('metric');
  const [from, to] = (p.get('range') ?? '').split('..');
  const types = (p.get('types') ?? '')
    .split(',')
    .filter((t): t is InspectionType => (INSPECTION_TYPES as readonly string[]).includes(t));
  const level = p.get('level');
  const drill = adcodeParam(p.get('drill'));
  return {
    selection: adcodeParam(p.get('region')),
    drill: drill !== null && drill % 10000 === 0 && drill !== 100000 ? drill : null,
    metric: isMetricKey(metric) ? metric : DEFAULT_VIEW.metric,
    range: MONTH.test(from) && MONTH.test(to ?? '') && from <= to ? [from, to] : null,
    types,
    level: LEVELS.includes(level as Level) ? (level as Level) : null,
    query: p.get('q') ?? '',
    scale: p.get('scale') === 'quantile' ? 'quantile' : 'continuous',
    lang: p.get('lang') === 'en' ? 'en' : 'zh',
  };
}

/** Reads the view from the URL now, then keeps URL and store in step. Returns the function that stops it. */
export function startUrlSync(win: Window = window): () => void {
  const store = useStore;
  store.getState().setView(searchToView(win.location.search));
  let fromHistory = false;
  const onPop = () => {
    fromHistory = true;
    store.getState().setView(searchToView(win.location.search));
    fromHistory = false;
  };
  win.addEventListener('popstate', onPop);
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.view === prev.view || fromHistory) return;
    const search = viewToSearch(state.view);
    if (search === win.location.search) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    const onlyQuery = viewToSearch({ ...state.view, query: prev.view.query }) === viewToSearch(prev.view);
    if (onlyQuery) win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
  });
  return () => {
    win.removeEventListener('popstate', onPop);
    unsubscribe();
  };
}
