import "server-only";
// A public candidate's download of their own data, behind the same manage link as the rest of the
// public side: an unknown, expired or voided token is NotFoundError, like on the manage page.
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { events, fairStands, organizations } from "@/db/schema";
import { fairCandidateIdByToken } from "@/lib/access-tokens/data";
import { NotFoundError } from "@/lib/auth/errors";
import { loadCandidateSections } from "@/lib/privacy/data/export";
import { annotateExport, type CandidateExport } from "../export";

/** Everything stored about the candidate behind a manage link (GDPR art. 15), by the register. */
export async function exportByToken(token: string, now = new Date()): Promise<CandidateExport> {
  const id = await fairCandidateIdByToken(token, now);
  if (!id) throw new NotFoundError("candidate");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const sections = await loadCandidateSections(tx, id);
    const registration = (sections?.fairRegistrations as { eventId: string }[] | undefined)?.[0];
    if (!sections || !registration) throw new NotFoundError("candidate");
    const [e] = await tx
      .select({ e: events, organizer: organizations.name })
      .from(events)
      .innerJoin(organizations, eq(organizations.id, events.associationId))
      .where(eq(events.id, registration.eventId));
    const stands = await tx
      .select({ id: fairStands.id, name: organizations.name })
      .from(fairStands)
      .innerJoin(organizations, eq(organizations.id, fairStands.employerId))
      .where(eq(fairStands.eventId, registration.eventId));
    const { interviewStartsAt, interviewMinutes } = e.e;
    return annotateExport(
      sections,
      {
        fair: { title: e.e.title, startsAt: e.e.startsAt, organizer: e.organizer },
        interviews:
          interviewStartsAt && interviewMinutes ? { startsAt: interviewStartsAt, minutes: interviewMinutes } : null,
        schedulePublished: e.e.schedulePublishedAt !== null,
        employers: new Map(stands.map((s) => [s.id, s.name])),
      },
      now,
    );
  });
}
