import "server-only";
import { and, inArray, isNotNull, lt, ne, or } from "drizzle-orm";
import { getDb } from "@/db";
import { emailOutbox } from "@/db/schema";
import { emailBodyCutoff, FINISHED_EMAIL_STATUSES } from "../rules";

/**
 * Empties the subject, bodies and attachments (and with them every link and token) of messages
 * sent or failed for good more than `days` days ago, in one transaction. Address, template,
 * status, attempts, error and times stay, so delivery status can still be shown. The subject
 * goes too: a staff digest's or a schedule's subject can name a person. A pending message is
 * never touched. Idempotent: an emptied message is not counted again. Returns how many it emptied.
 */
export async function emptyOldEmailBodies(now: Date, days: number): Promise<number> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(emailOutbox)
      .set({ subject: "", textBody: "", htmlBody: null, attachments: null })
      .where(
        and(
          inArray(emailOutbox.status, [...FINISHED_EMAIL_STATUSES]),
          lt(emailOutbox.createdAt, emailBodyCutoff(now, days)),
          or(
            ne(emailOutbox.subject, ""),
            ne(emailOutbox.textBody, ""),
            isNotNull(emailOutbox.htmlBody),
            isNotNull(emailOutbox.attachments),
          ),
        ),
      )
      .returning({ id: emailOutbox.id });
    return rows.length;
  });
}
