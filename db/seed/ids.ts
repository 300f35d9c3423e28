// Deterministic ids for the demo data, a leaf module so every seed file (and the tests that
// look rows up by key) can import it without importing the seed itself.
import { createHash } from "node:crypto";
import { orgNumberCheckDigit } from "../../lib/organizations/rules";

/** A uuid derived from a key, so the demo data gets the same ids on every run. */
export function stableId(key: string): string {
  const h = createHash("sha256").update(`lagspill:${key}`).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A made-up organization number with a valid mod-11 check digit, derived from the index. */
export function demoOrgNumber(index: number): string {
  for (let n = 91_000_000 + index * 1_013; ; n++) {
    const check = orgNumberCheckDigit(String(n));
    if (check !== null) return `${n}${check}`;
  }
}
