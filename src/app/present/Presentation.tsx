// Presentation mode: full screen, dark theme, large type, the timeline stepping through the years on its own,
// ←/→ to step a year (and pause), space to play or pause, Esc (or leaving full screen) to return.
// The view's date range before presenting is restored on leaving.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useStore } from '../state/store';
import { yearsOf } from '../state/selectors';
import { darkenCharts } from './darkCharts';
import { enterFullscreen, leaveFullscreen } from './fullscreen';
import { usePresenterWords } from './words';
import { stepYear, yearOfRange, yearRange } from './yearStepper';
import './present.css';

/** Seconds per year while playing. */
export const PRESENT_STEP_MS = 3000;

function useYears(): number[] {
  const columns = useStore((s) => (s.data.status === 'ready' ? s.data.columns : null));
  return useMemo(() => (columns ? yearsOf(columns) : []), [columns]);
}

function step(years: readonly number[], direction: 1 | -1): void {
  const { view, setRange } = useStore.getState();
  const next = stepYear(years, yearOfRange(view.range), direction);
  if (next !== null) setRange(yearRange(next));
}

/** Everything presentation mode changes outside React's tree, undone on leaving. */
function usePresentationEffects(leave: () => void) {
  useEffect(() => {
    const rangeBefore = useStore.getState().view.range;
    document.documentElement.classList.add('presenting');
    const undoDark = darkenCharts();
    let wasFullscreen = false;
    void enterFullscreen().then((ok) => (wasFullscreen = ok));
    const onFullscreenChange = () => {
      if (wasFullscreen && !document.fullscreenElement) leave();
    };
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreenChange);
      document.documentElement.classList.remove('presenting');
      undoDark();
      leaveFullscreen();
      useStore.getState().setRange(rangeBefore);
    };
  }, [leave]);
}

export function Presentation() {
  const w = usePresenterWords();
  const years = useYears();
  const range = useStore((s) => s.view.range);
  const setPresenting = useStore((s) => s.setPresenting);
  const [playing, setPlaying] = useState(true);
  const leave = useCallback(() => setPresenting(false), [setPresenting]);
  usePresentationEffects(leave);

  useEffect(() => {
    if (!playing || years.length === 0) return;
    if (yearOfRange(useStore.getState().view.range) === null) step(years, 1);
    const timer = setInterval(() => step(years, 1), PRESENT_STEP_MS);
    return () => clearInterval(timer);
  }, [playing, years]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        e.preventDefault();
        setPlaying(false);
        step(years, e.key === 'ArrowRight' ? 1 : -1);
      } else if (e.key === ' ') {
        e.preventDefault();
        setPlaying((p) => !p);
      } else if (e.key === 'Escape') {
        // Handled here only: Esc leaves presenting, it does not also clear the selection.
        e.preventDefault();
        e.stopImmediatePropagation();
        leave();
      }
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [years, leave]);

  const year = yearOfRange(range);
  return (
    <div className="presentation-bar" data-testid="presentation" role="toolbar" aria-label={w.presentTitle}>
      <button type="button" data-testid="present-previous" aria-label={w.previous} onClick={() => (setPlaying(false), step(years, -1))}>
        ◀
      </button>
      <span className="presentation-year" data-testid="present-year" aria-live="polite">
        {year ?? (range ? `${range[0]} – ${range[1]}` : '')}
      </span>
      <button type="button" data-testid="present-next" aria-label={w.next} onClick={() => (setPlaying(false), step(years, 1))}>
        ▶
      </button>
      <button type="button" data-testid="present-play" aria-pressed={playing} onClick={() => setPlaying((p) => !p)}>
        {playing ? w.pause : w.play}
      </button>
      <button type="button" data-testid="present-leave" onClick={leave}>
        {w.leave}
      </button>
    </div>
  );
}

/** The header button that starts presenting; while presenting it renders the presentation bar. */
export function PresentTool() {
  const w = usePresenterWords();
  const presenting = useStore((s) => s.presenting);
  const setPresenting = useStore((s) => s.setPresenting);
  if (presenting) return <Presentation />;
  return (
    <button type="button" data-testid="present" title={w.presentTitle} onClick={() => setPresenting(true)}>
      {w.present}
    </button>
  );
}
