// Writing CSV for download: what Norwegian Excel opens as it is. The one writer behind every
// export and example file; its counterpart for uploads is table.ts.

/** Cells that would start a formula in a spreadsheet (OWASP's list: = + - @ tab CR). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell: a leading formula character neutralized with an apostrophe so a spreadsheet never
 * runs it, then quoted (quotes doubled) when it holds the delimiter, a quote or a line break.
 */
export function csvCell(value: string, { escapeFormulas = true } = {}): string {
  const safe = escapeFormulas && FORMULA_START.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface CsvOptions {
  /**
   * Off only for files whose every cell is our own text and must read back through the import
   * as written, like the example files ("+47 912 34 567" is a phone number there).
   */
  escapeFormulas?: boolean;
}

/** A header row and the rows: semicolon-separated, CRLF line ends and a BOM, as Norwegian Excel expects. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: CsvOptions = {},
): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map((c) => csvCell(c, options)).join(";")).join("\r\n")}\r\n`;
}
