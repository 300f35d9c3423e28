import "server-only";
// The weekly digest: one email per staff member with follow-ups due, written to the outbox.
import { and, asc, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { followUps, memberships, organizations, participants, users } from "@/db/schema";
import { MUNICIPALITY_ROLES } from "@/lib/auth/roles";
import { appBaseUrl } from "@/lib/config";
import { localesOf, sendEmail } from "@/lib/email/data";
import { osloDate } from "@/lib/time/oslo";
import { addDays, buildDigest, DIGEST_DAYS } from "../rules";
import { participantVisible } from "./follow-ups";

/**
 * Writes one digest email to the outbox for each staff member with open follow-ups that
 * are overdue or due within a week, in one transaction. Follow-ups of people who are no
 * longer staff of that municipality, or whose account is deactivated, are left out. Each digest is
 * in its recipient's own language. Returns the number of emails written.
 */
export async function sendWeeklyDigests(now: Date): Promise<number> {
  const db = await getDb();
  const today = osloDate(now);
  const rows = await db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      municipality: organizations.name,
      dueOn: followUps.dueOn,
    })
    .from(followUps)
    .innerJoin(users, eq(users.id, followUps.staffId))
    .innerJoin(organizations, eq(organizations.id, followUps.municipalityId))
    .leftJoin(participants, eq(participants.id, followUps.participantId))
    .where(
      and(
        isNull(followUps.doneAt),
        // A deactivated person keeps their membership (so history shows their name) but gets no mail.
        isNull(users.deactivatedAt),
        lte(followUps.dueOn, addDays(today, DIGEST_DAYS)),
        participantVisible,
        sql`exists (select 1 from ${memberships} where ${memberships.userId} = ${followUps.staffId}
          and ${memberships.organizationId} = ${followUps.municipalityId} and ${inArray(memberships.role, [...MUNICIPALITY_ROLES])})`,
      ),
    )
    .orderBy(asc(users.id));
  const byUser = new Map<string, { email: string; name: string; municipalities: Set<string>; dueDates: string[] }>();
  for (const r of rows) {
    const entry = byUser.get(r.userId) ?? {
      email: r.email,
      name: r.name ?? r.email,
      municipalities: new Set<string>(),
      dueDates: [],
    };
    entry.municipalities.add(r.municipality);
    entry.dueDates.push(r.dueOn);
    byUser.set(r.userId, entry);
  }
  const base = appBaseUrl();
  await db.transaction(async (tx) => {
    const localeFor = await localesOf(
      tx,
      [...byUser.values()].map((u) => u.email),
      "nb",
    );
    for (const u of byUser.values()) {
      const digest = buildDigest(u.dueDates, today, localeFor(u.email), {
        recipientName: u.name,
        municipality: [...u.municipalities].join(", "),
        appUrl: base,
      });
      await sendEmail(tx, { to: u.email, ...digest, template: "follow_up_digest" });
    }
  });
  return byUser.size;
}
