// The data functions behind the aggregate pages, for a Bergen admin on the national data set:
// /fidelity (every job specialist's figures and the team's), /reports (the five headline reports,
// in parallel as the page asks for them) and /follow-ups (the whole municipality's due list for
// the next weeks, the page's default). Budget: p95 well under 20 ms each.
import type { Db } from "../index";
import { ctxFor } from "../testing/ctx";

export async function benchAggregates(
  db: Db,
  emit: (name: string, value: number, unit: string) => void,
  measure: (fn: () => Promise<unknown>) => Promise<number[]>,
  percentile: (samples: number[], p: number) => number,
): Promise<void> {
  const { fidelityPanel } = await import("../../lib/fidelity/data");
  const reports = await import("../../lib/reports/data");
  const { currentYear } = await import("../../lib/reports/rules");
  const { listDueFollowUps } = await import("../../lib/follow-ups/data/follow-ups");
  const { dueRangeBounds } = await import("../../lib/follow-ups/rules");
  const { osloDate } = await import("../../lib/time/oslo");
  const admin = await ctxFor(db, "ragnhild.fossdal@bergen.kommune.example");
  const now = new Date();
  const year = currentYear(now);
  const round = (ms: number) => Math.round(ms * 100) / 100;
  const figure = async (name: string, fn: () => Promise<unknown>) => {
    const samples = await measure(fn);
    emit(`${name}.p95_ms`, round(percentile(samples, 95)), "ms");
    emit(`${name}.p50_ms`, round(percentile(samples, 50)), "ms");
  };
  await figure("fidelity", () => fidelityPanel(admin, now));
  await figure("reports", () =>
    Promise.all([
      reports.cohortReport(admin),
      reports.funnelReport(admin, year),
      reports.internshipReport(admin, now),
      reports.industryReport(admin, year),
      reports.employerReport(admin, year),
    ]),
  );
  await figure("follow_ups", () =>
    listDueFollowUps(admin, { scope: "all", ...dueRangeBounds("soon", osloDate(now)) }, now),
  );
}
