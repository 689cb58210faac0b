// The one store of the dashboard, in small slices: `view` (what the user chose; mirrored in the URL),
// `data` (the loaded manifest and index), `search` (the lazily loaded search text). Derived figures are not
// stored: they come from memoised selectors (selectors.ts) so every view answers from the same state.
import { create } from 'zustand';
import type { Level, Manifest } from '../../core/contract';
import type { Summary } from '../../core/schema';
import type { InspectionType, MetricKey } from '../../core/metrics';
import type { DataProblem } from '../data/loadData';
import type { Columns } from './columns';
import { createExportSlice, type ExportSlice } from '../export/slice';
import { createImportedSlice, type ImportedSlice } from '../importCsv/slice';
import { createPresentationSlice, type PresentationSlice } from '../present/slice';

export type Lang = 'zh' | 'en';
export type ScaleMode = 'continuous' | 'quantile';

export interface ViewState {
  /** Selected region: a province adcode, 100000 for 全国, a city adcode, or null. */
  selection: number | null;
  /** The province whose prefecture map is shown, or null for the China map. */
  drill: number | null;
  metric: MetricKey;
  /** Inclusive month range ['YYYY-MM', 'YYYY-MM'], or null for all dates. */
  range: [string, string] | null;
  /** Inspection types an article must have one of; empty = any. */
  types: InspectionType[];
  level: Level | null;
  query: string;
  scale: ScaleMode;
  lang: Lang;
}

export const DEFAULT_VIEW: ViewState = {
  selection: null,
  drill: null,
  metric: 'issues_found',
  range: null,
  types: [],
  level: null,
  query: '',
  scale: 'continuous',
  lang: 'zh',
};

export type DataSlice =
  | { status: 'loading' }
  | { status: 'ready'; manifest: Manifest; columns: Columns }
  | { status: 'error'; problem: DataProblem };

/** What is known before the index arrives: the manifest and the whole-corpus totals per region. */
/** `summaryProblem`: the summary the manifest lists could not be used; the page works from the index and says so. */
export type PreviewSlice = { manifest: Manifest; summary: Summary | null; summaryProblem?: DataProblem } | null;

/**
 * The search text, in the parts it is loaded in (data/searchText.ts): parts[k] holds the text of ordinals
 * k × partSize onwards, undefined until it has arrived. Loading, the parts that arrived are searched already.
 */
export interface SearchParts {
  partSize: number;
  parts: (string[] | undefined)[];
}

export type SearchSlice =
  | { status: 'idle' }
  | ({ status: 'loading' | 'ready' } & SearchParts)
  | ({ status: 'error'; problem: DataProblem } & SearchParts);

/** The view, the data, and the presenter's slices (export settings, imported layer, presentation mode). */
export interface Store extends ExportSlice, ImportedSlice, PresentationSlice {
  view: ViewState;
  data: DataSlice;
  preview: PreviewSlice;
  search: SearchSlice;
  /** Click on a region: selects it, or clears the selection when it was already selected. */
  toggleSelection: (adcode: number) => void;
  clearSelection: () => void;
  drillInto: (province: number) => void;
  drillUp: () => void;
  setMetric: (metric: MetricKey) => void;
  setRange: (range: [string, string] | null) => void;
  toggleType: (type: InspectionType) => void;
  setLevel: (level: Level | null) => void;
  setQuery: (query: string) => void;
  setScale: (scale: ScaleMode) => void;
  setLang: (lang: Lang) => void;
  /** Replaces the whole view (from the URL on load and on back/forward). */
  setView: (view: ViewState) => void;
  setData: (data: DataSlice) => void;
  setPreview: (preview: PreviewSlice) => void;
  setSearch: (search: SearchSlice) => void;
}

export const useStore = create<Store>()((set) => {
  const patch = (p: Partial<ViewState>) => set((s) => ({ view: { ...s.view, ...p } }));
  return {
    ...createExportSlice(set),
    ...createImportedSlice(set),
    ...createPresentationSlice(set),
    view: DEFAULT_VIEW,
    data: { status: 'loading' },
    preview: null,
    search: { status: 'idle' },
    toggleSelection: (adcode) => set((s) => ({ view: { ...s.view, selection: s.view.selection === adcode ? null : adcode } })),
    clearSelection: () => patch({ selection: null }),
    drillInto: (province) => patch({ drill: province, selection: province }),
    drillUp: () => set((s) => ({ view: { ...s.view, selection: s.view.drill, drill: null } })),
    setMetric: (metric) => patch({ metric }),
    setRange: (range) => patch({ range }),
    toggleType: (type) =>
      set((s) => {
        const has = s.view.types.includes(type);
        return { view: { ...s.view, types: has ? s.view.types.filter((t) => t !== type) : [...s.view.types, type] } };
      }),
    setLevel: (level) => patch({ level }),
    setQuery: (query) => patch({ query }),
    setScale: (scale) => patch({ scale }),
    setLang: (lang) => patch({ lang }),
    setView: (view) => set({ view }),
    setData: (data) => set({ data }),
    setPreview: (preview) => set({ preview }),
    setSearch: (search) => set({ search }),
  };
});
