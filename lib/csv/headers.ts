// Matching the header row of an uploaded CSV to known columns, however the exporting system
// spelled them. Pure; shared by every CSV import (participants, member lists).

/**
 * Lower case, æøå folded to ae/o/a, spaces and hyphens to "_": "Fødselsår" and "fodselsar",
 * "E-post" and "epost"-like spellings from different exports meet in one form.
 */
export function normalizeHeader(header: string): string {
  return header
    .normalize("NFC")
    .trim()
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .replace(/[\s\-.]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/** The column each accepted header (the column's own or an alias) names, compared as `normalizeHeader` leaves them. */
export function headerLookup<K extends string>(
  columns: readonly { key: K; header: string; aliases: readonly string[] }[],
): (header: string) => K | undefined {
  const byHeader = new Map<string, K>();
  for (const c of columns) for (const h of [c.header, ...c.aliases]) byHeader.set(normalizeHeader(h), c.key);
  return (header) => byHeader.get(normalizeHeader(header));
}
