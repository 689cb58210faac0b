// Spreadsheets saved on Chinese systems are often GB18030, not UTF-8: decode strictly as UTF-8 first.

/** The text of a CSV file's bytes: UTF-8 (with or without BOM) when valid, GB18030 otherwise. */
export function decodeCsvBytes(bytes: ArrayBuffer | Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
