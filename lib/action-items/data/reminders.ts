// The weekly reminder job: for each council, one email per representative of every member
// organization that has overdue action items (with its soon-due items too). At most once per
// ISO week per council: job_runs holds one claim per council and week, so the in-app
// scheduler, a cron run of the CLI and a second server never send the same week twice.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { councilActionItems, councilRepresentatives, councils, organizations, users } from "@/db/schema";
import { appBaseUrl } from "@/lib/config";
import { localesOf, sendEmail } from "@/lib/email/data";
import { claimRun, finishRun } from "@/lib/jobs/data";
import { osloDate, osloIsoWeek } from "@/lib/time/oslo";
import { reminderEmail } from "../emails";
import { ACTIVE_STATUSES, chooseReminders } from "../rules";

/** The job_runs name of one council's reminders; the period is the ISO week. */
export const reminderRunName = (councilId: string) => `council-reminders:${councilId}`;

export interface ReminderOutcome {
  councilId: string;
  organizations: number;
  sent: number;
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Sends this week's reminders for every council that has overdue items and has not had them this week. */
export async function sendCouncilReminders(now: Date): Promise<ReminderOutcome[]> {
  const db = await getDb();
  const today = osloDate(now);
  const week = osloIsoWeek(now);
  const base = appBaseUrl();
  const items = await db
    .select({
      id: councilActionItems.id,
      councilId: councilActionItems.councilId,
      title: councilActionItems.title,
      ownerOrgId: councilActionItems.ownerOrgId,
      dueOn: councilActionItems.dueOn,
      status: councilActionItems.status,
    })
    .from(councilActionItems)
    .where(inArray(councilActionItems.status, [...ACTIVE_STATUSES]))
    .orderBy(asc(councilActionItems.councilId));
  const councilIds = [...new Set(items.map((i) => i.councilId))];
  const outcomes: ReminderOutcome[] = [];
  for (const councilId of councilIds) {
    const reminders = chooseReminders(
      items.filter((i) => i.councilId === councilId),
      today,
    );
    // Nothing overdue: no claim either, so an item falling overdue later this week is still reminded of.
    if (reminders.length === 0) continue;
    const runId = await claimRun(reminderRunName(councilId), week, now);
    if (!runId) continue;
    try {
      const [council] = await db.select({ name: councils.name }).from(councils).where(eq(councils.id, councilId));
      const orgIds = reminders.map((r) => r.ownerOrgId);
      const reps = await db
        .select({
          organizationId: councilRepresentatives.organizationId,
          email: councilRepresentatives.email,
          organizationName: organizations.name,
        })
        .from(councilRepresentatives)
        .innerJoin(organizations, eq(organizations.id, councilRepresentatives.organizationId))
        .where(
          and(
            eq(councilRepresentatives.councilId, councilId),
            eq(councilRepresentatives.active, true),
            inArray(councilRepresentatives.organizationId, orgIds),
            // A deactivated person gets no mail, whether the row is linked to their account or
            // only carries their address.
            sql`not exists (select 1 from ${users} where ${users.deactivatedAt} is not null
              and (${users.id} = ${councilRepresentatives.userId} or ${users.email} = ${councilRepresentatives.email}))`,
          ),
        )
        .orderBy(asc(councilRepresentatives.email));
      let sent = 0;
      await db.transaction(async (tx) => {
        // A representative with an account gets their own language; an address without one, bokmål.
        const localeFor = await localesOf(
          tx,
          reps.map((p) => p.email),
          "nb",
        );
        for (const r of reminders) {
          for (const rep of reps.filter((p) => p.organizationId === r.ownerOrgId)) {
            const content = {
              councilName: council.name,
              organizationName: rep.organizationName,
              overdue: r.overdue,
              soon: r.soon,
              href: `${base}/council/actions?mine=1`,
            };
            await sendEmail(tx, reminderEmail(rep.email, content, localeFor(rep.email)));
            sent++;
          }
        }
      });
      const outcome = { councilId, organizations: reminders.length, sent };
      await finishRun(runId, { result: outcome }, new Date());
      outcomes.push(outcome);
    } catch (err) {
      await finishRun(runId, { error: message(err) }, new Date()).catch(() => {});
      throw err;
    }
  }
  return outcomes;
}
