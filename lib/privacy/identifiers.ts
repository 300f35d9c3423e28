// What identifies a person in free text, and how to take it out. Pure: no db, no next/*.

/** A person's identifiers as stored on the rows the register marks with `identifiers`. */
export interface PersonIdentifiers {
  names: string[];
  emails: string[];
  phones: string[];
  caseNumbers: string[];
}

export const emptyIdentifiers = (): PersonIdentifiers => ({ names: [], emails: [], phones: [], caseNumbers: [] });

/**
 * Shorter strings are never searched for: a two-letter case number or a blank would match
 * half the outbox. Whole names, addresses and numbers are long enough to be the person's.
 */
export const MIN_NEEDLE = 5;

const clean = (values: readonly (string | null | undefined)[]) =>
  values.map((v) => (v ?? "").trim().replace(/\s+/g, " ")).filter((v) => v.length > 0);

/** A phone number as stored, its digits, and (for a Norwegian +47 number) the 8 digits without the country code. */
export function phoneVariants(phone: string): string[] {
  const digits = phone.replace(/\D/g, "");
  if (digits.length < 8) return [phone];
  return [...new Set([phone, digits, digits.slice(-8)])];
}

/**
 * The strings whose presence in a message names the person: each whole name (first and last
 * name together, never a first name alone, which other people share), email address, phone
 * number and case number. Lower-cased and unique, for a case-insensitive search.
 */
export function searchNeedles(ids: PersonIdentifiers): string[] {
  const all = [
    ...clean(ids.names),
    ...clean(ids.emails),
    ...clean(ids.phones).flatMap(phoneVariants),
    ...clean(ids.caseNumbers),
  ];
  return [...new Set(all.map((v) => v.toLowerCase()))].filter((v) => v.length >= MIN_NEEDLE);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export const REDACTED = "[…]";

/** A phone number's last 8 digits with any spaces, dots or dashes between them, and an optional +47. */
function phonePattern(phone: string): string | null {
  const digits = phone.replace(/\D/g, "");
  if (digits.length < 8) return null;
  return `(?:\\+?47[\\s.-]*)?${digits.slice(-8).split("").join("[\\s.-]*")}`;
}

/**
 * The text with every identifier of the person replaced by "[…]": whole names and also each
 * part of a name (in a note about this person, "Hewan" is them), addresses, phone numbers
 * however they are spaced, and case numbers, matched as whole words regardless of case.
 */
export function redact(text: string, ids: PersonIdentifiers): string {
  const names = clean(ids.names);
  const parts = names.flatMap((n) => n.split(" ")).filter((p) => p.length >= 2);
  const words = [...names, ...clean(ids.emails), ...clean(ids.caseNumbers), ...parts];
  // Longest first, so a whole name goes before its parts and leaves no half.
  const patterns = [
    ...clean(ids.phones).map(phonePattern),
    ...[...new Set(words)].sort((a, b) => b.length - a.length).map((w) => w.split(" ").map(escapeRegExp).join("\\s+")),
  ].filter((p): p is string => p !== null);
  let out = text;
  for (const pattern of patterns)
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}@.+])${pattern}(?![\\p{L}\\p{N}@])`, "giu"), REDACTED);
  return out;
}
