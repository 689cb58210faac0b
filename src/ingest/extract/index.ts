// Extraction entry point: topic, places, inspection types, level and figures of one dated document.
import type { Analysis, DatedDoc } from '../types';

export function analyzeDoc(doc: DatedDoc): Analysis {
  void doc;
  return { topic: false, provinces: [], cities: [], types: [], level: null, facts: [], warnings: [] };
}
