import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { DbHandle } from "@/db";
import { openTestDb, resetDb } from "@/db/testing";
import { setLogWriter } from "@/lib/logging/logger";
import { claimRun, finishRun, listRuns, RETRY_FAILED_MS, STALE_RUN_MS } from "./data";
import { runDueJobs, type Job } from "./scheduler";

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await resetDb(h);
});
afterEach(() => setLogWriter(undefined));

const now = new Date("2026-11-30T08:00:00Z"); // Monday 09:00 in Oslo

describe("claimRun", () => {
  it("lets exactly one of several concurrent claims of the same period win", async () => {
    const claims = await Promise.all(Array.from({ length: 6 }, () => claimRun("retention", "2026-11-30", now)));
    expect(claims.filter((id) => id !== null)).toHaveLength(1);
    expect(await listRuns("retention")).toHaveLength(1);
  });

  it("gives each period and each job its own claim", async () => {
    expect(await claimRun("retention", "2026-11-30", now)).not.toBeNull();
    expect(await claimRun("retention", "2026-12-01", now)).not.toBeNull();
    expect(await claimRun("weekly-digest", "2026-11-30", now)).not.toBeNull();
  });

  it("never hands out a finished period again", async () => {
    const id = await claimRun("retention", "2026-11-30", now);
    await finishRun(id!, { result: { count: 1 } }, now);
    expect(await claimRun("retention", "2026-11-30", new Date(now.getTime() + 24 * 3_600_000))).toBeNull();
  });

  it("lets one server retry a failed run after an hour, not before", async () => {
    const id = await claimRun("retention", "2026-11-30", now);
    await finishRun(id!, { error: "connection reset" }, now);
    expect(await claimRun("retention", "2026-11-30", new Date(now.getTime() + RETRY_FAILED_MS - 1000))).toBeNull();
    const later = new Date(now.getTime() + RETRY_FAILED_MS + 1000);
    const retries = await Promise.all([
      claimRun("retention", "2026-11-30", later),
      claimRun("retention", "2026-11-30", later),
    ]);
    expect(retries.filter((r) => r !== null)).toEqual([id]);
    const [run] = await listRuns("retention");
    expect(run).toMatchObject({ error: null, finishedAt: null, startedAt: later });
  });

  it("takes over a run whose server died, after six hours", async () => {
    await claimRun("retention", "2026-11-30", now);
    expect(await claimRun("retention", "2026-11-30", new Date(now.getTime() + 3_600_000))).toBeNull();
    expect(await claimRun("retention", "2026-11-30", new Date(now.getTime() + STALE_RUN_MS + 1000))).not.toBeNull();
  });
});

describe("runDueJobs", () => {
  it("runs each due job once per period and records the result", async () => {
    const run = vi.fn(async () => ({ count: 3 }));
    const jobs: Job[] = [{ name: "retention", run }];
    expect(await runDueJobs(now, jobs)).toEqual([{ name: "retention", periodKey: "2026-11-30", outcome: "done" }]);
    expect(await runDueJobs(new Date(now.getTime() + 600_000), jobs)).toEqual([
      { name: "retention", periodKey: "2026-11-30", outcome: "taken" },
    ]);
    expect(run).toHaveBeenCalledTimes(1);
    const [row] = await h.db.query.jobRuns.findMany();
    expect(row).toMatchObject({ periodKey: "2026-11-30", result: { count: 3 }, error: null });
    expect(row.finishedAt).not.toBeNull();
  });

  it("does not run the digest before Monday 07:00 Oslo time", async () => {
    const run = vi.fn(async () => 0);
    const early = new Date("2026-11-30T05:30:00Z"); // 06:30 in Oslo
    expect(await runDueJobs(early, [{ name: "weekly-digest", run }])).toEqual([
      { name: "weekly-digest", periodKey: null, outcome: "not-due" },
    ]);
    expect(run).not.toHaveBeenCalled();
  });

  it("records a failure without throwing and still runs the other jobs", async () => {
    const lines: string[] = [];
    setLogWriter((line) => lines.push(line));
    const digest = vi.fn(async () => 2);
    const outcomes = await runDueJobs(now, [
      { name: "retention", run: async () => Promise.reject(new Error("disk full")) },
      { name: "weekly-digest", run: digest },
    ]);
    expect(outcomes.map((o) => o.outcome)).toEqual(["failed", "done"]);
    expect(digest).toHaveBeenCalledOnce();
    expect(lines).toHaveLength(1);
    const [run] = await listRuns("retention");
    expect(JSON.parse(lines[0])).toMatchObject({
      msg: "job failed",
      job: "retention",
      periodKey: run.periodKey,
      requestId: expect.any(String),
      error: { message: "disk full" },
    });
    expect(run.error).toBe("disk full");
  });

  it("scrubs the error in the log line and in job_runs", async () => {
    const lines: string[] = [];
    setLogWriter((line) => lines.push(line));
    const failure = new Error("mail to kari@example.no failed", { cause: new Error("fnr 01017012345") });
    await runDueJobs(now, [{ name: "retention", run: async () => Promise.reject(failure) }]);
    expect(lines.join("\n")).not.toMatch(/kari@|01017012345/);
    expect((await listRuns("retention"))[0].error).toBe("mail to [email] failed (fnr [number])");
  });
});
