// Small-number suppression: on pages partners see, a count of fewer than 5 people is shown as
// "< 5", so nobody can be recognised from a figure. Zero is shown (it identifies no one).
// Shares computed from suppressed counts are suppressed too, and so are parts of a shown total
// from which a suppressed part could be worked out (suppressParts).
export const SUPPRESS_BELOW = 5;

export type Shown = { value: number; suppressed: false } | { value: null; suppressed: true };

/** A part of at least 5 kept back only so that the suppressed parts beside it cannot be worked out: "–". */
export type Withheld = { value: null; suppressed: true; withheld: true };

export function suppress(count: number): Shown {
  return count > 0 && count < SUPPRESS_BELOW ? { value: null, suppressed: true } : { value: count, suppressed: false };
}

/** A share of people: suppressed when the numerator or the denominator is a small non-zero number. */
export function suppressShare(part: number, whole: number): Shown {
  if (whole === 0) return { value: null, suppressed: true };
  if (suppress(part).suppressed || suppress(whole).suppressed) return { value: null, suppressed: true };
  return { value: part / whole, suppressed: false };
}

/**
 * The parts of a total (education levels of the registered, leads by kind), each as `suppress`.
 * When the total is shown, the total minus the shown parts is the sum of the hidden ones; if that
 * sum pins a hidden part to one value (one part alone, or all of them 1 or all 4), the smallest
 * shown non-zero part is withheld as well, until none is pinned. If even with every part hidden
 * the total gives one back (7 = 1 + 1 + 5), the total is withheld too. `total` is the total as
 * it would be shown (a suppressed total is known to be 1–4).
 */
export function suppressParts(
  parts: readonly number[],
  total: Shown,
): { parts: (Shown | Withheld)[]; total: Shown | Withheld } {
  const out: (Shown | Withheld)[] = parts.map(suppress);
  const bounds = (s: Shown | Withheld): [number, number] | null =>
    !s.suppressed ? null : "withheld" in s ? [SUPPRESS_BELOW, Infinity] : [1, SUPPRESS_BELOW - 1];
  const pinned = () => {
    const hidden = out.map(bounds).filter((b): b is [number, number] => b !== null);
    const shownSum = out.reduce((n, s) => n + (s.suppressed ? 0 : s.value), 0);
    const [tLo, tHi] = total.suppressed ? [1, SUPPRESS_BELOW - 1] : [total.value, total.value];
    return hidden.some(([lo, hi], i) => {
      const others = hidden.filter((_, j) => j !== i);
      const least = Math.max(lo, tLo - shownSum - others.reduce((n, b) => n + b[1], 0));
      const most = Math.min(hi, tHi - shownSum - others.reduce((n, b) => n + b[0], 0));
      return least >= most;
    });
  };
  while (pinned()) {
    let smallest = -1;
    out.forEach((s, i) => {
      if (!s.suppressed && s.value > 0 && (smallest < 0 || s.value < (out[smallest].value as number))) smallest = i;
    });
    if (smallest < 0) return { parts: out, total: { value: null, suppressed: true, withheld: true } };
    out[smallest] = { value: null, suppressed: true, withheld: true };
  }
  return { parts: out, total };
}

/** The text of a figure: the number, "< 5", or "–" for a part withheld beside a suppressed one. */
export function shownText(s: Shown | Withheld, format: (n: number) => string): string {
  if ("withheld" in s) return "–";
  return s.suppressed ? `< ${SUPPRESS_BELOW}` : format(s.value);
}
