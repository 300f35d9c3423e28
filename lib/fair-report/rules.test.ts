import { describe, expect, it } from "vitest";
import { figureValue } from "./labels";
import { aggregate, shownTo, type ReportCandidate, type Section } from "./rules";

const cand = (over: Partial<ReportCandidate> = {}): ReportCandidate => ({
  status: "registered",
  walkIn: false,
  checkedIn: false,
  noShow: false,
  educationLevel: "vocational",
  countryOfOrigin: null,
  countryConsent: false,
  ...over,
});

const figure = (sections: Section[], id: Section["id"], key: string, label?: string) =>
  sections.find((s) => s.id === id)?.figures.find((f) => f.key === key && (label === undefined || f.label === label))
    ?.value;

describe("fair report aggregation", () => {
  const sections = aggregate({
    candidates: [
      cand({ checkedIn: true, educationLevel: "master", countryOfOrigin: "Syria", countryConsent: true }),
      cand({ checkedIn: true, educationLevel: "doctorate", countryOfOrigin: "Syria", countryConsent: true }),
      cand({
        checkedIn: true,
        walkIn: true,
        educationLevel: "bachelor",
        countryOfOrigin: "Eritrea",
        countryConsent: true,
      }),
      // Country given without consent must never be counted.
      cand({ noShow: true, countryOfOrigin: "Ukraina", countryConsent: false }),
      cand({ status: "waitlisted", educationLevel: "master" }),
      cand({ status: "cancelled", checkedIn: false, educationLevel: "master" }),
    ],
    stands: [
      { status: "registered", representatives: 2 },
      { status: "registered", representatives: 3 },
      { status: "cancelled", representatives: 4 },
    ],
    interviews: [
      { standRegistered: true, candidateStatus: "registered", candidateCheckedIn: true },
      { standRegistered: true, candidateStatus: "registered", candidateCheckedIn: false },
      { standRegistered: false, candidateStatus: "registered", candidateCheckedIn: true },
      { standRegistered: true, candidateStatus: "cancelled", candidateCheckedIn: false },
    ],
    leads: [
      { kind: "job", placementId: "p1", placementOutcome: "hired" },
      { kind: "internship", placementId: "p2", placementOutcome: null },
      { kind: "follow_up_interview", placementId: null, placementOutcome: null },
      { kind: "no_follow_up", placementId: null, placementOutcome: null },
      { kind: "job", placementId: "p3", placementOutcome: "ended" },
    ],
  });

  it("counts candidates by what happened at the door", () => {
    expect(figure(sections, "candidates", "registered")).toBe(4);
    expect(figure(sections, "candidates", "waitlisted")).toBe(1);
    expect(figure(sections, "candidates", "attended")).toBe(3);
    expect(figure(sections, "candidates", "noShows")).toBe(1);
    expect(figure(sections, "candidates", "walkIns")).toBe(1);
  });

  it("counts education among the registered, with the share holding at least a master's", () => {
    expect(figure(sections, "education", "education.master")).toBe(1);
    expect(figure(sections, "education", "education.doctorate")).toBe(1);
    expect(figure(sections, "education", "education.vocational")).toBe(1);
    expect(figure(sections, "education", "masterShare")).toBe(0.5);
  });

  it("lists countries only with consent, most frequent first", () => {
    const countries = sections.find((s) => s.id === "countries")!.figures;
    expect(countries.map((f) => [f.label ?? f.key, f.value])).toEqual([
      ["countryKnown", 3],
      ["Syria", 2],
      ["Eritrea", 1],
    ]);
  });

  it("counts exhibitors, representatives and interviews held when both sides were there", () => {
    expect(figure(sections, "exhibitors", "exhibitors")).toBe(2);
    expect(figure(sections, "exhibitors", "representatives")).toBe(5);
    expect(figure(sections, "exhibitors", "interviewsScheduled")).toBe(2);
    expect(figure(sections, "exhibitors", "interviewsHeld")).toBe(1);
  });

  it("counts leads by kind, the placements they led to and the hires among them", () => {
    expect(figure(sections, "leads", "leadsTotal")).toBe(5);
    expect(figure(sections, "leads", "leadKind.job")).toBe(2);
    expect(figure(sections, "leads", "leadKind.no_follow_up")).toBe(1);
    expect(figure(sections, "outcomes", "placements")).toBe(3);
    expect(figure(sections, "outcomes", "hires")).toBe(1);
  });

  it("gives a zero share, not a division by zero, for an empty fair", () => {
    const empty = aggregate({ candidates: [], stands: [], interviews: [], leads: [] });
    expect(figure(empty, "education", "masterShare")).toBe(0);
    expect(empty.find((s) => s.id === "countries")!.figures).toHaveLength(1);
  });
});

describe("what a reader sees of the report", () => {
  const three = [
    ...[1, 2, 3].map(() => cand({ educationLevel: "master", countryOfOrigin: "Syria", countryConsent: true })),
    ...Array.from({ length: 9 }, () => cand({ educationLevel: "bachelor", checkedIn: true })),
  ];
  const sections = aggregate({
    candidates: three,
    stands: [{ status: "registered", representatives: 2 }],
    interviews: [{ standRegistered: true, candidateStatus: "registered", candidateCheckedIn: true }],
    leads: [],
  });
  const shown = (s: Section[], id: Section["id"], key: string) =>
    s.find((x) => x.id === id)?.figures.find((f) => f.key === key && f.label === undefined)?.shown;

  it("is exact for the organizer", () => {
    const exact = shownTo(sections, true);
    expect(shown(exact, "education", "education.master")).toEqual({ value: 3, suppressed: false });
    expect(shown(exact, "exhibitors", "interviewsHeld")).toEqual({ value: 1, suppressed: false });
  });

  it("suppresses 1–4 people for co-hosts, and what would give them back", () => {
    const cohost = shownTo(sections, false);
    expect(shown(cohost, "candidates", "registered")).toEqual({ value: 12, suppressed: false });
    expect(shown(cohost, "education", "education.master")).toEqual({ value: null, suppressed: true });
    // 12 registered − 9 with a bachelor's would give the 3 masters back: the 9 is withheld.
    expect(shown(cohost, "education", "education.bachelor")).toMatchObject({ withheld: true });
    expect(shown(cohost, "education", "education.none")).toEqual({ value: 0, suppressed: false });
    expect(shown(cohost, "education", "masterShare")).toEqual({ value: null, suppressed: true });
    // The only country is the whole of those with a country: both hidden.
    const countries = cohost.find((s) => s.id === "countries")!.figures;
    expect(countries.map((f) => f.shown?.suppressed)).toEqual([true, true]);
    expect(shown(cohost, "exhibitors", "interviewsHeld")).toEqual({ value: null, suppressed: true });
    // Stands and their representatives are companies, not candidates.
    expect(shown(cohost, "exhibitors", "representatives")).toEqual({ value: 2, suppressed: false });
  });

  it("writes hidden figures as '< 5' and '–' in both the page's and the file's format", () => {
    const cohost = shownTo(sections, false);
    const fig = (id: Section["id"], key: string) =>
      cohost.find((s) => s.id === id)!.figures.find((f) => f.key === key)!;
    expect(figureValue(fig("education", "education.master"), "nb")).toBe("< 5");
    expect(figureValue(fig("education", "education.bachelor"), "en")).toBe("–");
    expect(figureValue(fig("candidates", "registered"), "nb", true)).toBe("12");
    expect(figureValue(fig("education", "masterShare"), "en")).toBe("< 5");
  });
});
