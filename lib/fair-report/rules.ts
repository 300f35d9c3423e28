// The fair report's figures, aggregated from plain rows so the arithmetic is tested on its own.
import type { CandidateStatus, LeadKind } from "@/db/schema/events";
import { educationLevelEnum, type EducationLevel } from "@/db/schema/participants";
import type { PlacementOutcome } from "@/db/schema/pipeline";
import { LEAD_KINDS } from "@/lib/leads/rules";
import { suppress, suppressParts, suppressShare, type Shown, type Withheld } from "@/lib/statistics/suppression";

export interface ReportCandidate {
  status: CandidateStatus;
  walkIn: boolean;
  checkedIn: boolean;
  noShow: boolean;
  educationLevel: EducationLevel;
  countryOfOrigin: string | null;
  countryConsent: boolean;
}
export interface ReportStand {
  status: "registered" | "cancelled";
  representatives: number;
}
export interface ReportInterview {
  standRegistered: boolean;
  candidateStatus: CandidateStatus;
  candidateCheckedIn: boolean;
}
export interface ReportLead {
  kind: LeadKind;
  placementId: string | null;
  placementOutcome: PlacementOutcome | null;
}

/** One line of the report: a message key under fairReport.figures (or a country's own name) and a value. */
export interface Figure {
  key: string;
  /** Set for rows whose label is data (a country), not a message. */
  label?: string;
  value: number;
  /** Shares are 0..1 and shown as percentages; null when there is nothing to divide by. */
  share?: boolean;
  /** For a share: the counts it divides, so that suppression can judge both. */
  of?: { part: number; whole: number };
  /** What the reader sees (lib/statistics): set by `shownTo`; the exact value for the organizer. */
  shown?: Shown | Withheld;
}
export interface Section {
  id: "candidates" | "education" | "countries" | "exhibitors" | "leads" | "outcomes";
  figures: Figure[];
}

const MASTER_OR_HIGHER: readonly EducationLevel[] = ["master", "doctorate"];

export function aggregate(input: {
  candidates: ReportCandidate[];
  stands: ReportStand[];
  interviews: ReportInterview[];
  leads: ReportLead[];
}): Section[] {
  const { candidates, stands, interviews, leads } = input;
  // Everyone who held a place: the base of the education and country figures.
  const registered = candidates.filter((c) => c.status === "registered");
  const count = <T>(rows: T[], p: (r: T) => boolean) => rows.filter(p).length;

  const education = educationLevelEnum.enumValues.map((level) => ({
    key: `education.${level}`,
    value: count(registered, (c) => c.educationLevel === level),
  }));
  const masters = count(registered, (c) => MASTER_OR_HIGHER.includes(c.educationLevel));

  // Country of origin only where the candidate agreed to record it.
  const byCountry = new Map<string, number>();
  for (const c of registered) {
    const country = c.countryConsent ? c.countryOfOrigin?.trim() : "";
    if (country) byCountry.set(country, (byCountry.get(country) ?? 0) + 1);
  }
  const countries = [...byCountry.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([label, value]) => ({ key: "country", label, value }));
  const withCountry = countries.reduce((n, c) => n + c.value, 0);

  const activeStands = stands.filter((s) => s.status === "registered");
  const placed = leads.filter((l) => l.placementId !== null);

  return [
    {
      id: "candidates",
      figures: [
        { key: "registered", value: registered.length },
        { key: "waitlisted", value: count(candidates, (c) => c.status === "waitlisted") },
        { key: "attended", value: count(candidates, (c) => c.status !== "cancelled" && c.checkedIn) },
        { key: "noShows", value: count(candidates, (c) => c.status === "registered" && c.noShow && !c.checkedIn) },
        { key: "walkIns", value: count(registered, (c) => c.walkIn) },
      ],
    },
    {
      id: "education",
      figures: [
        ...education,
        {
          key: "masterShare",
          value: registered.length ? masters / registered.length : 0,
          share: true,
          of: { part: masters, whole: registered.length },
        },
      ],
    },
    { id: "countries", figures: [{ key: "countryKnown", value: withCountry }, ...countries] },
    {
      id: "exhibitors",
      figures: [
        { key: "exhibitors", value: activeStands.length },
        { key: "representatives", value: activeStands.reduce((n, s) => n + s.representatives, 0) },
        {
          key: "interviewsScheduled",
          value: count(interviews, (i) => i.standRegistered && i.candidateStatus !== "cancelled"),
        },
        // Held: both sides were there — the stand kept its place and the candidate checked in.
        {
          key: "interviewsHeld",
          value: count(
            interviews,
            (i) => i.standRegistered && i.candidateStatus !== "cancelled" && i.candidateCheckedIn,
          ),
        },
      ],
    },
    {
      id: "leads",
      figures: [
        { key: "leadsTotal", value: leads.length },
        ...LEAD_KINDS.map((kind) => ({ key: `leadKind.${kind}`, value: count(leads, (l) => l.kind === kind) })),
      ],
    },
    {
      id: "outcomes",
      figures: [
        { key: "placements", value: placed.length },
        { key: "hires", value: count(placed, (l) => l.placementOutcome === "hired") },
      ],
    },
  ];
}

/** Figures that count companies or their staff, not the candidates: never suppressed. */
const NOT_PEOPLE: readonly string[] = ["exhibitors", "representatives"];

/** Breakdowns whose parts add up to a total shown in the report: a suppressed part must not be derivable. */
const BREAKDOWNS: readonly { section: Section["id"]; part: (f: Figure) => boolean; total: [Section["id"], string] }[] =
  [
    { section: "education", part: (f) => f.key.startsWith("education."), total: ["candidates", "registered"] },
    { section: "countries", part: (f) => f.key === "country", total: ["countries", "countryKnown"] },
    { section: "leads", part: (f) => f.key.startsWith("leadKind."), total: ["leads", "leadsTotal"] },
  ];

/**
 * The figures as a reader sees them. The organizer's staff run the fair and see every candidate by
 * name, so they get the exact figures. Everyone else (co-hosts) gets the council's small-number
 * suppression (lib/statistics): a count of 1–4 people is "< 5", a share resting on one is hidden,
 * and a part that would give a suppressed one back from its total is withheld ("–").
 */
export function shownTo(sections: readonly Section[], exact: boolean): Section[] {
  const out = sections.map((s) => ({
    ...s,
    figures: s.figures.map((f): Figure => ({
      ...f,
      shown:
        exact || NOT_PEOPLE.includes(f.key)
          ? { value: f.value, suppressed: false }
          : f.of
            ? suppressShare(f.of.part, f.of.whole)
            : suppress(f.value),
    })),
  }));
  if (exact) return out;
  const find = ([id, key]: [Section["id"], string]) => out.find((s) => s.id === id)?.figures.find((f) => f.key === key);
  for (const b of BREAKDOWNS) {
    const parts = out.find((s) => s.id === b.section)?.figures.filter(b.part) ?? [];
    const total = find(b.total);
    if (!total || parts.length === 0) continue;
    const r = suppressParts(
      parts.map((f) => f.value),
      total.shown as Shown,
    );
    parts.forEach((f, i) => (f.shown = r.parts[i]));
    total.shown = r.total;
    // A share of the breakdown (the master's share) would give hidden parts back too: held back ("–").
    if (r.parts.some((p) => p.suppressed))
      for (const f of out.find((s) => s.id === b.section)!.figures)
        if (f.share && !f.shown?.suppressed) f.shown = { value: null, suppressed: true, withheld: true };
  }
  return out;
}
