// A file chosen by the user → the imported layer (figures and the rows that could not be used).
import { decodeCsvBytes } from './decode';
import { loadRegionResolver } from './loadResolver';
import { parseImport } from './parseImport';
import type { ImportedLayer } from './slice';

/** Files larger than this are refused before reading: a figures table is small; this is not one. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export async function importCsvFile(file: File): Promise<ImportedLayer> {
  if (file.size > MAX_IMPORT_BYTES) {
    const problem = { code: 'file-too-large' as const, text: String(Math.round(file.size / 1048576)) };
    return { fileName: file.name, figures: [], rows: 0, problems: [{ line: 0, problems: [problem] }] };
  }
  const [bytes, resolve] = await Promise.all([file.arrayBuffer(), loadRegionResolver()]);
  const result = parseImport(decodeCsvBytes(bytes), resolve);
  return { fileName: file.name, ...result };
}
