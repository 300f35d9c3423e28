// Pure rules for background jobs: which period a run covers, in Oslo time. No db, no next/*.
import { osloDate, osloIsoWeek, osloWallClock } from "@/lib/time/oslo";

export type JobName = "retention" | "weekly-digest" | "council-reminders";

/** The weekly digest goes out from Monday 07:00 Oslo time; later in the week it catches up. */
export const DIGEST_HOUR = 7;

/**
 * The period a job should have run for at `now`, or null when it is not due yet.
 * Retention runs once per Oslo day ("2026-11-28"); the digest once per ISO week ("2026-W48"), from Monday 07:00.
 */
export function periodFor(job: JobName, now: Date): string | null {
  if (job === "retention") return osloDate(now);
  const { weekday, hour } = osloWallClock(now);
  if (weekday === 1 && hour < DIGEST_HOUR) return null;
  return osloIsoWeek(now);
}
