import { index, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";

/**
 * One row per run of a background job and period (e.g. retention on 2026-11-28). Several
 * app servers may check at once: the unique (name, period_key) lets exactly one of them
 * claim a period, so each job runs once per period however many servers are up.
 */
export const jobRuns = pgTable(
  "job_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** e.g. "retention", "weekly-digest". */
    name: text("name").notNull(),
    /** The period the run covers: "2026-11-28" for a daily job, "2026-W48" for a weekly one. */
    periodKey: text("period_key").notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    /** What the run did, e.g. counts per municipality. Never personal data. */
    result: jsonb("result").$type<unknown>(),
    /** The error message when the run failed; a failed period may be claimed again later (lib/jobs/data.ts). */
    error: text("error"),
  },
  (t) => [unique("job_runs_name_period_key").on(t.name, t.periodKey), index("job_runs_started_at_idx").on(t.startedAt)],
);

export type JobRun = typeof jobRuns.$inferSelect;
