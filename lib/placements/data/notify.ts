// Who hears about a placement's steps. Every email goes through the outbox in the transaction
// of the change that caused it, each in its recipient's own language (localesOf); the participant,
// who has no account and no stored language, gets bokmål.
import "server-only";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db";
import { memberships, participants, users } from "@/db/schema";
import type { Ctx } from "@/lib/auth/session";
import { appBaseUrl } from "@/lib/config";
import { hasConsent } from "@/lib/consents/data/consents";
import { localeOf, localesOf, sendEmail } from "@/lib/email/data";
import { agreementReadyEmail, employerAnswerEmail, newProposalEmail } from "@/lib/email/templates";
import type { ScopedPlacement } from "./scope";

async function employerEmails(tx: Tx, employerId: string): Promise<string[]> {
  const rows = await tx
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, employerId), eq(memberships.role, "employer")));
  return [...new Set(rows.map((r) => r.email))];
}

async function emailOf(tx: Tx, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const [row] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId));
  return row?.email ?? null;
}

/** A new proposal: the employer's people are told. */
export async function notifyEmployer(
  tx: Tx,
  ctx: Ctx,
  p: { id: string; employerId: string; slotTitle: string },
): Promise<void> {
  const recipients = await employerEmails(tx, p.employerId);
  const localeFor = await localesOf(tx, recipients, "nb");
  for (const to of recipients) {
    await sendEmail(
      tx,
      newProposalEmail(
        to,
        {
          slotTitle: p.slotTitle,
          municipality: ctx.membership.organizationName,
          senderName: ctx.name,
          href: `${appBaseUrl()}/proposals/${p.id}`,
        },
        localeFor(to),
      ),
    );
  }
}

/** The employer answered a proposal: the consultant who proposed is told. */
export async function notifyConsultant(
  tx: Tx,
  p: ScopedPlacement,
  answer: Parameters<typeof employerAnswerEmail>[1]["answer"],
): Promise<void> {
  const consultant = await emailOf(tx, p.createdBy);
  if (!consultant) return;
  await sendEmail(
    tx,
    employerAnswerEmail(
      consultant,
      { slotTitle: p.slotTitle, employerName: p.employerName, answer, href: `${appBaseUrl()}/placements/${p.id}` },
      await localeOf(tx, consultant, "nb"),
    ),
  );
}

/** Terms saved: the contact person, the consultant who proposed, the employer's people, and the participant. */
export async function notifyAgreementReady(
  tx: Tx,
  p: ScopedPlacement,
  contactId: string,
  municipality: string,
): Promise<void> {
  const href = `${appBaseUrl()}/placements/${p.id}/agreement`;
  const staff = await tx.select({ email: users.email }).from(users).where(eq(users.id, contactId));
  const creator =
    p.createdBy && p.createdBy !== contactId
      ? await tx.select({ email: users.email }).from(users).where(eq(users.id, p.createdBy))
      : [];
  const employer = await tx
    .select({ email: users.email })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(and(eq(memberships.organizationId, p.employerId), eq(memberships.role, "employer")));
  const base = { slotTitle: p.slotTitle, employerName: p.employerName, municipality };
  const recipients = [...new Set([...staff, ...creator, ...employer].map((r) => r.email))];
  const localeFor = await localesOf(tx, recipients, "nb");
  for (const email of recipients) await sendEmail(tx, agreementReadyEmail(email, { ...base, href }, localeFor(email)));
  // The participant gets a copy only with an address and consent to be contacted by email.
  const [participant] = await tx
    .select({ email: participants.email })
    .from(participants)
    .where(eq(participants.id, p.participantId));
  if (participant?.email && (await hasConsent(tx, p.participantId, "contact_email"))) {
    await sendEmail(tx, agreementReadyEmail(participant.email, { ...base, href: null }, "nb"));
  }
}
