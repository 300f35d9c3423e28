// Email status for an organization's admins (app/(app)/email-status and the home page): the
// delivery state of email to their own people only, never the content. Reads the outbox that
// lib/email writes; kept apart from it so lib/email never depends on lib/auth.
import { count, desc, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { emailOutbox, memberships, users } from "@/db/schema";
import type { Ctx } from "@/lib/auth/session";
import { outboxStatusColumns } from "@/lib/email/data";

export interface EmailStatusRow {
  id: string;
  toAddress: string;
  subject: string;
  status: "pending" | "sent" | "failed";
  attempts: number;
  lastError: string | null;
  createdAt: Date;
}

function toOrganizationMembers(organizationId: string) {
  return sql`exists (select 1 from ${memberships} join ${users} on ${users.id} = ${memberships.userId}
    where ${memberships.organizationId} = ${organizationId} and ${users.email} = ${emailOutbox.toAddress})`;
}

export async function emailStatusCounts(ctx: Ctx): Promise<Record<EmailStatusRow["status"], number>> {
  const db = await getDb();
  const rows = await db
    .select({ status: emailOutbox.status, n: count() })
    .from(emailOutbox)
    .where(toOrganizationMembers(ctx.membership.organizationId))
    .groupBy(emailOutbox.status);
  const result = { pending: 0, sent: 0, failed: 0 };
  for (const r of rows) result[r.status] = r.n;
  return result;
}

export async function listEmailStatus(ctx: Ctx, limit = 50): Promise<EmailStatusRow[]> {
  const db = await getDb();
  return db
    .select(outboxStatusColumns)
    .from(emailOutbox)
    .where(toOrganizationMembers(ctx.membership.organizationId))
    .orderBy(desc(emailOutbox.createdAt))
    .limit(limit);
}
