// The dashboard: header controls, map (with 全国 tile), timeline, article list, bars and the region table,
// all answering from one store. Esc clears the selection.
import { useEffect } from 'react';
import { ArticleList } from './components/ArticleList';
import { Bars } from './components/Bars';
import { Controls } from './components/Controls';
import { DataGate } from './components/DataGate';
import { ErrorBoundary } from './components/ErrorBoundary';
import { MapPanel, RegionTablePanel } from './components/MapPanel';
import { Timeline } from './components/Timeline';
import type { loadData } from './data/loadData';
import { useStore } from './state/store';

function useEscapeClears() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) useStore.getState().clearSelection();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

function LangAttribute() {
  const lang = useStore((s) => s.view.lang);
  useEffect(() => {
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  }, [lang]);
  return null;
}

export function Dashboard() {
  useEscapeClears();
  return (
    <div className="dashboard">
      <Controls />
      <main className="grid">
        <MapPanel />
        <Timeline />
        <ArticleList />
        <Bars />
        <RegionTablePanel />
      </main>
    </div>
  );
}

export function App({ load }: { load?: typeof loadData }) {
  return (
    <ErrorBoundary>
      <LangAttribute />
      <DataGate load={load}>
        <Dashboard />
      </DataGate>
    </ErrorBoundary>
  );
}
