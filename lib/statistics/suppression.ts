// Small-number suppression: on pages partners see, a count of fewer than 5 people is shown as
// "< 5", so nobody can be recognised from a figure. Zero is shown (it identifies no one).
// Shares computed from suppressed counts are suppressed too.
export const SUPPRESS_BELOW = 5;

export type Shown = { value: number; suppressed: false } | { value: null; suppressed: true };

export function suppress(count: number): Shown {
  return count > 0 && count < SUPPRESS_BELOW ? { value: null, suppressed: true } : { value: count, suppressed: false };
}

/** A share of people: suppressed when the numerator or the denominator is a small non-zero number. */
export function suppressShare(part: number, whole: number): Shown {
  if (whole === 0) return { value: null, suppressed: true };
  if (suppress(part).suppressed || suppress(whole).suppressed) return { value: null, suppressed: true };
  return { value: part / whole, suppressed: false };
}

/** The text of a figure: the number, or "< 5". */
export function shownText(s: Shown, format: (n: number) => string): string {
  return s.suppressed ? `< ${SUPPRESS_BELOW}` : format(s.value);
}
