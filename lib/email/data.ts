// The one way to send email: write it to the outbox inside the caller's transaction.
// Delivery happens later (lib/email/deliver.ts), so a failing email service never fails the action.
import { and, asc, desc, eq, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/db";
import { emailAttempts, emailOutbox, users, type EmailAttachment } from "@/db/schema";
import { storedLocale, type Locale } from "@/lib/i18n/locale";
import { isFinalFailure, nextAttemptAt } from "./rules";

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  template: string;
  /** Small text files such as a calendar invitation (.ics). */
  attachments?: EmailAttachment[];
}

export async function sendEmail(tx: Tx, email: OutgoingEmail): Promise<string> {
  const [row] = await tx
    .insert(emailOutbox)
    .values({
      toAddress: email.to,
      subject: email.subject,
      textBody: email.text,
      htmlBody: email.html,
      template: email.template,
      attachments: email.attachments?.length ? email.attachments : null,
      // The worker compares with the app's clock (millisecond Date); the database's now() has
      // microseconds and could put a new message a fraction of a millisecond in the future.
      nextAttemptAt: new Date(),
    })
    .returning({ id: emailOutbox.id });
  return row.id;
}

// ── The recipient's language ─────────────────────────────────────────────────

/**
 * The language to write each address's email in: the person's own (users.locale, set on
 * /account or by the language switch; null is bokmål) when the address has an account, else
 * `noAccount`: the language of the person sending (their page's), or bokmål from a scheduled job.
 * Never the sender's language for someone who has an account.
 */
export async function localesOf(tx: Tx, emails: string[], noAccount: Locale): Promise<(email: string) => Locale> {
  const wanted = [...new Set(emails.map((e) => e.toLowerCase()))];
  const rows = wanted.length
    ? await tx
        .select({ email: sql<string>`lower(${users.email})`, locale: users.locale })
        .from(users)
        .where(inArray(sql`lower(${users.email})`, wanted))
    : [];
  const stored = new Map(rows.map((r) => [r.email, storedLocale(r.locale)]));
  return (email) => stored.get(email.toLowerCase()) ?? noAccount;
}

/** One address's language; see localesOf. */
export async function localeOf(tx: Tx, email: string, noAccount: Locale): Promise<Locale> {
  return (await localesOf(tx, [email], noAccount))(email);
}

// ── Delivery: claim due messages, record each attempt ───────────────────────

export interface ClaimedEmail {
  id: string;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string | null;
  attachments: EmailAttachment[] | null;
  attempts: number;
  idempotencyKey: string;
}

/**
 * Claims up to `limit` due messages for `leaseMs`. FOR UPDATE SKIP LOCKED plus the lease
 * means two app servers never claim the same message at once.
 */
export async function claimDueEmails(db: Db, now: Date, limit = 20, leaseMs = 60_000): Promise<ClaimedEmail[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: emailOutbox.id })
      .from(emailOutbox)
      .where(
        and(
          eq(emailOutbox.status, "pending"),
          lte(emailOutbox.nextAttemptAt, now),
          or(isNull(emailOutbox.lockedUntil), lt(emailOutbox.lockedUntil, now)),
        ),
      )
      .orderBy(asc(emailOutbox.createdAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(emailOutbox)
      .set({ lockedUntil: new Date(now.getTime() + leaseMs) })
      .where(
        inArray(
          emailOutbox.id,
          due.map((d) => d.id),
        ),
      )
      .returning({
        id: emailOutbox.id,
        toAddress: emailOutbox.toAddress,
        subject: emailOutbox.subject,
        textBody: emailOutbox.textBody,
        htmlBody: emailOutbox.htmlBody,
        attachments: emailOutbox.attachments,
        attempts: emailOutbox.attempts,
        idempotencyKey: emailOutbox.idempotencyKey,
      });
  });
}

export async function recordDelivered(db: Db, id: string, providerMessageId: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(emailOutbox)
      .set({
        status: "sent",
        sentAt: now,
        providerMessageId,
        lockedUntil: null,
        lastError: null,
        attempts: sql`${emailOutbox.attempts} + 1`,
      })
      .where(eq(emailOutbox.id, id));
    await tx.insert(emailAttempts).values({ emailId: id, ok: true, attemptedAt: now });
  });
}

export async function recordFailure(db: Db, id: string, error: string, attempts: number, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(emailOutbox)
      .set({
        attempts,
        lastError: error.slice(0, 500),
        lockedUntil: null,
        status: isFinalFailure(attempts) ? "failed" : "pending",
        nextAttemptAt: nextAttemptAt(now, attempts),
      })
      .where(eq(emailOutbox.id, id));
    await tx.insert(emailAttempts).values({ emailId: id, ok: false, error: error.slice(0, 500), attemptedAt: now });
  });
}

/** What a status list shows of a message: never its body. */
export const outboxStatusColumns = {
  id: emailOutbox.id,
  toAddress: emailOutbox.toAddress,
  subject: emailOutbox.subject,
  status: emailOutbox.status,
  attempts: emailOutbox.attempts,
  lastError: emailOutbox.lastError,
  createdAt: emailOutbox.createdAt,
};

export interface OutboxEntry {
  id: string;
  toAddress: string;
  subject: string;
  textBody: string;
  attachments: EmailAttachment[] | null;
  status: "pending" | "sent" | "failed";
  attempts: number;
  lastError: string | null;
  createdAt: Date;
}

/** The newest messages, for the demo outbox page. */
/** The newest mails, or the newest to one address (the demo outbox's `?to=`). */
export async function listOutbox({ to, limit = 100 }: { to?: string; limit?: number } = {}): Promise<OutboxEntry[]> {
  const db = await getDb();
  return db
    .select({ ...outboxStatusColumns, textBody: emailOutbox.textBody, attachments: emailOutbox.attachments })
    .from(emailOutbox)
    .where(to ? eq(sql`lower(${emailOutbox.toAddress})`, to.trim().toLowerCase()) : undefined)
    .orderBy(desc(emailOutbox.createdAt))
    .limit(limit);
}
