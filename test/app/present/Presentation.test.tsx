// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PresentTool, PRESENT_STEP_MS } from '../../../src/app/present/Presentation';
import { compileColumns } from '../../../src/app/state/columns';
import { DEFAULT_VIEW, useStore } from '../../../src/app/state/store';
import { sampleIndex, sampleManifest } from '../fixtures';

const presenting = () => document.documentElement.classList.contains('presenting');
const range = () => useStore.getState().view.range;

beforeEach(() => {
  vi.useFakeTimers();
  useStore.setState({
    view: { ...DEFAULT_VIEW, range: ['2022-03', '2022-05'] },
    data: { status: 'ready', manifest: sampleManifest(), columns: compileColumns(sampleIndex()) },
    presenting: false,
  });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('presentation mode', () => {
  it('goes dark and plays the years on its own, looping', () => {
    render(<PresentTool />);
    fireEvent.click(screen.getByTestId('present'));
    expect(presenting()).toBe(true);
    expect(range()).toEqual(['2021-01', '2021-12']);
    expect(screen.getByTestId('present-year').textContent).toBe('2021');
    act(() => vi.advanceTimersByTime(PRESENT_STEP_MS));
    expect(range()).toEqual(['2022-01', '2022-12']);
    act(() => vi.advanceTimersByTime(2 * PRESENT_STEP_MS));
    expect(range()).toEqual(['2021-01', '2021-12']);
  });

  it('steps with the arrow keys (pausing the autoplay) and toggles play with space', () => {
    render(<PresentTool />);
    fireEvent.click(screen.getByTestId('present'));
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(range()).toEqual(['2022-01', '2022-12']);
    act(() => vi.advanceTimersByTime(3 * PRESENT_STEP_MS));
    expect(range()).toEqual(['2022-01', '2022-12']);
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(range()).toEqual(['2023-01', '2023-12']);
    fireEvent.keyDown(window, { key: ' ' });
    expect(screen.getByTestId('present-play').getAttribute('aria-pressed')).toBe('true');
  });

  it('leaves on Esc without clearing the selection, and gives back the range it found', () => {
    useStore.setState({ view: { ...useStore.getState().view, selection: 150000 } });
    const otherEscHandler = vi.fn();
    window.addEventListener('keydown', otherEscHandler);
    render(<PresentTool />);
    fireEvent.click(screen.getByTestId('present'));
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(presenting()).toBe(false);
    expect(useStore.getState().presenting).toBe(false);
    expect(range()).toEqual(['2022-03', '2022-05']);
    expect(useStore.getState().view.selection).toBe(150000);
    expect(otherEscHandler).not.toHaveBeenCalled();
    expect(screen.getByTestId('present')).toBeTruthy();
    window.removeEventListener('keydown', otherEscHandler);
  });
});
