// Picking a date range by dragging across the timeline's months, and the chosen range shaded over the
// timeline. Both shades are boxes of our own, not drawn by the chart: ECharts draws nothing while the pointer
// moves, and a new range does not redraw the timeline (its bars and line do not depend on the range); when the
// button is released the range goes to the store once, which every other view then draws.
import { useState } from 'react';
import type { PointerEvent, ReactNode } from 'react';
import { TIMELINE_GRID } from '../charts/timelineOption';

/** Pointer travel (px) below which a press is a click (for the chart's tooltip), not a range. */
export const DRAG_THRESHOLD_PX = 4;

/** The month slot under x (px from the chart's left edge), clamped to the months, on a chart `width` wide. */
export function monthAt(x: number, width: number, count: number): number {
  const plot = Math.max(1, width - TIMELINE_GRID.left - TIMELINE_GRID.right);
  const k = Math.floor(((x - TIMELINE_GRID.left) / plot) * count);
  return Math.max(0, Math.min(count - 1, k));
}

/** The slots a range covers on the timeline (months outside it left out), or null when it covers none. */
export function rangeSlots(months: string[], range: [string, string] | null): [number, number] | null {
  if (!range) return null;
  const from = months.findIndex((m) => m >= range[0]);
  const to = months.findLastIndex((m) => m <= range[1]);
  return from < 0 || to < from ? null : [from, to];
}

/** The months from the slot pressed to the slot released, in order. */
export function pickedRange(months: string[], a: number, b: number): [string, string] {
  return [months[Math.min(a, b)], months[Math.max(a, b)]];
}

interface Drag {
  from: number;
  to: number;
  startX: number;
  moved: boolean;
}

interface RangeDragProps {
  months: string[];
  /** The chosen range, shaded while no drag is under way. */
  range: [string, string] | null;
  onPick: (range: [string, string]) => void;
  children: ReactNode;
}

export function RangeDrag({ months, range, onPick, children }: RangeDragProps) {
  const [drag, setDrag] = useState<Drag | null>(null);
  const slotAt = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return monthAt(e.clientX - box.left, box.width, months.length);
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0 || !months.length) return;
    const k = slotAt(e);
    e.currentTarget.setPointerCapture?.(e.pointerId);
    setDrag({ from: k, to: k, startX: e.clientX, moved: false });
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag) return;
    const k = slotAt(e);
    const moved = drag.moved || Math.abs(e.clientX - drag.startX) >= DRAG_THRESHOLD_PX;
    if (k !== drag.to || moved !== drag.moved) setDrag({ ...drag, to: k, moved });
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag) return;
    setDrag(null);
    const k = slotAt(e);
    if (drag.moved || Math.abs(e.clientX - drag.startX) >= DRAG_THRESHOLD_PX) onPick(pickedRange(months, drag.from, k));
  };
  return (
    <div className="range-drag" data-testid="range-drag" onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp} onPointerCancel={() => setDrag(null)}>
      {children}
      {drag?.moved ? <Shade kind="drag" count={months.length} from={Math.min(drag.from, drag.to)} to={Math.max(drag.from, drag.to)} /> : <RangeShade months={months} range={range} />}
    </div>
  );
}

function RangeShade({ months, range }: { months: string[]; range: [string, string] | null }) {
  const slots = rangeSlots(months, range);
  return slots && <Shade kind="range" count={months.length} from={slots[0]} to={slots[1]} />;
}

/** Months shaded over the plot, from slot `from` to `to` (positions in % of the plot, which the chart fills). */
function Shade({ kind, count, from, to }: { kind: 'drag' | 'range'; count: number; from: number; to: number }) {
  const { left, right, top, bottom } = TIMELINE_GRID;
  const at = (k: number) => `calc(${left}px + (100% - ${left + right}px) * ${k / count})`;
  return (
    <div
      className={`range-shade range-shade-${kind}`}
      data-testid={`range-shade-${kind}`}
      aria-hidden="true"
      style={{ left: at(from), width: `calc((100% - ${left + right}px) * ${(to - from + 1) / count})`, top, bottom }}
    />
  );
}
