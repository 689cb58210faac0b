// The store slice of the user's imported figures: the layer itself, what could not be used, and which layer
// the map, bars and timeline draw (the extracted figures, the imported ones, or both added together).
import type { ImportedFigure, ImportProblem } from './parseImport';

export type LayerMode = 'extracted' | 'imported' | 'both';

export interface ImportedLayer {
  fileName: string;
  figures: ImportedFigure[];
  problems: ImportProblem[];
  /** Data rows in the file (figures + rows with problems). */
  rows: number;
}

export interface ImportedSlice {
  imported: ImportedLayer | null;
  layer: LayerMode;
  /** Replaces the imported layer; drawing switches to both layers when it has figures. */
  setImported: (imported: ImportedLayer | null) => void;
  setLayer: (layer: LayerMode) => void;
}

export function createImportedSlice(set: (partial: Partial<ImportedSlice>) => void): ImportedSlice {
  return {
    imported: null,
    layer: 'extracted',
    setImported: (imported) => set({ imported, layer: imported && imported.figures.length > 0 ? 'both' : 'extracted' }),
    setLayer: (layer) => set({ layer }),
  };
}
