// Pure rules for a person's own account details. No database, no next/*.

export type PhoneResult = { ok: true; value: string | null } | { ok: false };

/** Separators people type between digit groups: spaces, hyphens, dots and brackets. */
const SEPARATORS = /[\s.()-]/g;

/** Groups a Norwegian number as people read it: mobiles 3-2-3, others 2-2-2-2. */
function groupNorwegian(digits: string): string {
  if (digits[0] === "4" || digits[0] === "9") return `${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`;
  return digits.match(/\d{2}/g)!.join(" ");
}

/**
 * A phone number, optional: empty is no number. A Norwegian number has 8 digits starting with
 * 2–9, with or without +47 or 0047 in front; it is kept as "+47 912 34 567". Any other country's
 * number starts with + or 00 and a country code, 7 to 15 digits in all (E.164); it is kept as
 * "+" and its digits. Anything else (letters, too few or too many digits) is not a number.
 */
export function parsePhone(raw: string): PhoneResult {
  const typed = raw.trim();
  if (typed === "") return { ok: true, value: null };
  if (typed.length > 40) return { ok: false };
  const compact = typed.replace(SEPARATORS, "");
  const international = /^(\+|00)(\d+)$/.exec(compact);
  const digits = international ? international[2] : compact;
  if (!/^\d+$/.test(digits)) return { ok: false };
  const national = international ? (digits.startsWith("47") ? digits.slice(2) : null) : digits;
  if (national !== null) {
    return /^[2-9]\d{7}$/.test(national) ? { ok: true, value: `+47 ${groupNorwegian(national)}` } : { ok: false };
  }
  return /^[1-9]\d{6,14}$/.test(digits) ? { ok: true, value: `+${digits}` } : { ok: false };
}

/** The tel: address of a stored number, for a link that dials it. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}
