// Pure rules for employers: no database, no next/*.
import type { PlacementOutcome, PlacementStage, SlotStatus } from "@/db/schema/pipeline";
import { industryEnum, sizeBandEnum, type Industry, type SizeBand } from "@/db/schema/organizations";

export const INDUSTRIES: readonly Industry[] = industryEnum.enumValues;
export const SIZE_BANDS: readonly SizeBand[] = sizeBandEnum.enumValues;

/** "fjordkanten.example" → "https://fjordkanten.example"; people rarely type the scheme. */
export function normalizeWebsite(input: string): string | null {
  const v = input.trim();
  if (!v) return null;
  const withScheme = /^https?:\/\//i.test(v) ? v : `https://${v}`;
  try {
    const url = new URL(withScheme);
    if (!url.hostname.includes(".")) return null;
    return withScheme.replace(/\/+$/, "");
  } catch {
    return null;
  }
}

/** A placement that ended in a job for the participant. */
export function isHire(p: { stage: PlacementStage; outcome: PlacementOutcome | null }): boolean {
  return p.stage === "completed" && p.outcome === "hired";
}

export interface HistoryYear {
  year: number;
  contacts: number;
  slots: number;
  openSlots: number;
  placements: number;
  hires: number;
}

export interface HistoryInput {
  contacts: { on: string }[];
  slots: { createdAt: Date; status: SlotStatus }[];
  placements: { createdAt: Date; stage: PlacementStage; outcome: PlacementOutcome | null; completedAt: Date | null }[];
}

/**
 * The relationship year by year, newest first: contacts by contact date, slots and
 * placements by when they were created, hires by when the placement was completed.
 * Years with nothing in them between the first and the last are kept, so a gap shows.
 */
export function historyByYear(input: HistoryInput): HistoryYear[] {
  const years = new Map<number, HistoryYear>();
  const row = (year: number) => {
    let r = years.get(year);
    if (!r) years.set(year, (r = { year, contacts: 0, slots: 0, openSlots: 0, placements: 0, hires: 0 }));
    return r;
  };
  for (const c of input.contacts) row(Number(c.on.slice(0, 4))).contacts++;
  for (const s of input.slots) {
    const r = row(s.createdAt.getUTCFullYear());
    r.slots++;
    if (s.status === "open") r.openSlots++;
  }
  for (const p of input.placements) {
    row(p.createdAt.getUTCFullYear()).placements++;
    if (isHire(p)) row((p.completedAt ?? p.createdAt).getUTCFullYear()).hires++;
  }
  if (years.size === 0) return [];
  const all = [...years.keys()];
  const [min, max] = [Math.min(...all), Math.max(...all)];
  const result: HistoryYear[] = [];
  for (let y = max; y >= min; y--) result.push(row(y));
  return result;
}

export function historyTotals(years: HistoryYear[]): Omit<HistoryYear, "year"> {
  return years.reduce(
    (t, y) => ({
      contacts: t.contacts + y.contacts,
      slots: t.slots + y.slots,
      openSlots: t.openSlots + y.openSlots,
      placements: t.placements + y.placements,
      hires: t.hires + y.hires,
    }),
    { contacts: 0, slots: 0, openSlots: 0, placements: 0, hires: 0 },
  );
}

/** Digits only, so "974 760 673" finds the organization number 974760673. */
export function orgNumberSearch(q: string): string | null {
  const digits = q.replace(/\s+/g, "");
  return /^\d{3,9}$/.test(digits) ? digits : null;
}
