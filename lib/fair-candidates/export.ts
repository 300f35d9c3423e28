// A public candidate's own data, as they download it from their manage link: the register's
// sections (lib/privacy/candidate.ts) with words a person can read beside the keys — which
// employer a wish, an interview or an evaluation is about, and when an interview is. Pure.
import { roundTimes } from "@/lib/interviews/rules";

type Row = Record<string, unknown>;

export interface ExportContext {
  fair: { title: string; startsAt: Date; organizer: string };
  /** The interviews' start and length, when the fair has speed interviews. */
  interviews: { startsAt: Date; minutes: number } | null;
  schedulePublished: boolean;
  /** Every stand of the fair, by id: the employer's name. */
  employers: ReadonlyMap<string, string>;
}

export interface CandidateExport {
  exportedAt: string;
  fair: ExportContext["fair"];
  [section: string]: unknown;
}

const rowsOf = (v: unknown): Row[] => (Array.isArray(v) ? (v as Row[]) : []);

/** Each row that names a stand gets its employer; each interview its time and whether it is published. */
export function annotateExport(sections: Record<string, unknown>, ctx: ExportContext, now: Date): CandidateExport {
  const employer = (r: Row) =>
    typeof r.standId === "string" ? { employer: ctx.employers.get(r.standId) ?? null } : {};
  const out: CandidateExport = { exportedAt: now.toISOString(), fair: ctx.fair };
  for (const [key, value] of Object.entries(sections)) {
    if (!Array.isArray(value)) {
      out[key] = value;
      continue;
    }
    out[key] = rowsOf(value).map((r) => {
      const row: Row = { ...r, ...employer(r) };
      if (key === "fairInterviews" && typeof r.round === "number") {
        const times = ctx.interviews ? roundTimes(ctx.interviews.startsAt, ctx.interviews.minutes, r.round) : null;
        Object.assign(row, {
          startsAt: times?.start ?? null,
          endsAt: times?.end ?? null,
          published: ctx.schedulePublished,
        });
      }
      return row;
    });
  }
  return out;
}
