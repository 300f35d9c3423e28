// Runs the background jobs inside each app server (started from instrumentation.ts):
// retention once per Oslo day, the weekly digest once per ISO week from Monday 07:00.
// Every server checks every 10 minutes; job_runs lets exactly one of them run each period.
import { logError, newRequestId, scrub } from "@/lib/logging/logger";
import { claimRun, finishRun } from "./data";
import { periodFor, type JobName } from "./rules";

export interface Job {
  name: JobName;
  /** Does the work for one period and returns a summary to record (no personal data). */
  run(now: Date): Promise<unknown>;
}

export const JOBS: Job[] = [
  {
    name: "retention",
    run: async (now) => {
      const { runRetention } = await import("@/lib/retention/data");
      const run = await runRetention(now);
      return {
        ...run,
        participants: run.participants.map(({ municipalityId, count, retentionMonths }) => ({
          municipalityId,
          count,
          retentionMonths,
        })),
      };
    },
  },
  {
    name: "weekly-digest",
    run: async (now) => {
      const { sendWeeklyDigests } = await import("@/lib/follow-ups/data/digest");
      return { sent: await sendWeeklyDigests(now) };
    },
  },
  {
    name: "council-reminders",
    run: async (now) => {
      const { sendCouncilReminders } = await import("@/lib/action-items/data/reminders");
      return await sendCouncilReminders(now);
    },
  },
];

export type JobOutcome = { name: JobName; periodKey: string | null; outcome: "not-due" | "taken" | "done" | "failed" };

const message = (err: unknown) =>
  err instanceof Error ? err.message + (err.cause instanceof Error ? ` (${err.cause.message})` : "") : String(err);

/** Runs each job whose period has not been claimed yet. Never throws: a failure is logged in one line and recorded. */
export async function runDueJobs(now = new Date(), jobs: Job[] = JOBS): Promise<JobOutcome[]> {
  const outcomes: JobOutcome[] = [];
  for (const job of jobs) {
    const periodKey = periodFor(job.name, now);
    if (!periodKey) {
      outcomes.push({ name: job.name, periodKey, outcome: "not-due" });
      continue;
    }
    let runId: string | null = null;
    try {
      runId = await claimRun(job.name, periodKey, now);
      if (!runId) {
        outcomes.push({ name: job.name, periodKey, outcome: "taken" });
        continue;
      }
      const result = await job.run(now);
      await finishRun(runId, { result }, new Date());
      outcomes.push({ name: job.name, periodKey, outcome: "done" });
    } catch (err) {
      // The run's id (a uuid) is the log line's id, so the line and the job_runs row find each other.
      logError("job failed", err, { requestId: runId ?? newRequestId(), job: job.name, periodKey });
      if (runId) await finishRun(runId, { error: scrub(message(err)) }, new Date()).catch(() => {});
      outcomes.push({ name: job.name, periodKey, outcome: "failed" });
    }
  }
  return outcomes;
}

const globalForJobs = globalThis as { __lagspillJobs?: { running: boolean; timer?: NodeJS.Timeout } };

async function tick(): Promise<void> {
  const state = (globalForJobs.__lagspillJobs ??= { running: false });
  // A slow run (a big first retention) must not overlap the next check in the same process.
  if (state.running) return;
  state.running = true;
  try {
    await runDueJobs();
  } catch (err) {
    logError("job check failed", err, { requestId: newRequestId() });
  } finally {
    state.running = false;
  }
}

/**
 * Checks for due jobs every `intervalMs`, the first time one interval after the server
 * starts, so start-up stays quick and short-lived servers (tests) rarely run a job. The
 * timers never keep the process alive. JOBS_SCHEDULER=0 turns it off (e.g. when cron runs
 * `npm run jobs:retention`, `npm run jobs:digest` and `npm run jobs:council-reminders` instead, or in end-to-end tests).
 */
export function startScheduler(intervalMs = 10 * 60_000): void {
  if (process.env.JOBS_SCHEDULER === "0") return;
  const state = (globalForJobs.__lagspillJobs ??= { running: false });
  if (state.timer) return;
  state.timer = setInterval(() => void tick(), intervalMs);
  state.timer.unref();
}
