// The store slice of the export choices a presenter makes once and reuses: slide size, pixel ratio,
// background, and the size of the dashboard image.
import type { Background } from './slideOption';

export interface ExportSettings {
  /** Slide size of chart images, in layout pixels (16:9). */
  slide: '1920x1080' | '1280x720';
  /** PNG pixels per layout pixel: a 1280×720 slide at 2× is a 2560×1440 PNG. */
  pixelRatio: 2 | 3;
  background: Background;
  /** The dashboard image: 1920×1080 (1) or 3840×2160 (2). */
  dashboardScale: 1 | 2;
}

export const DEFAULT_EXPORT_SETTINGS: ExportSettings = { slide: '1280x720', pixelRatio: 2, background: 'white', dashboardScale: 1 };

export interface ExportSlice {
  exportSettings: ExportSettings;
  setExportSettings: (patch: Partial<ExportSettings>) => void;
}

export function createExportSlice(
  set: (partial: Partial<ExportSlice> | ((s: ExportSlice) => Partial<ExportSlice>)) => void,
): ExportSlice {
  return {
    exportSettings: DEFAULT_EXPORT_SETTINGS,
    setExportSettings: (patch) => set((s) => ({ exportSettings: { ...s.exportSettings, ...patch } })),
  };
}

export function slideSizeOf(settings: ExportSettings): { width: number; height: number } {
  const [width, height] = settings.slide.split('x').map(Number);
  return { width, height };
}
