import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { alias, type AnyPgColumn } from "drizzle-orm/pg-core";
import { getDb } from "@/db";
import { contacts, fairLeads, fairStands, followUps, organizations } from "@/db/schema";
import type { Ctx } from "@/lib/auth/session";
import type { EmployerRef } from "@/lib/employers/data/employers";
import { isUuid } from "@/lib/ids";

/**
 * The employer a follow-up is about, so the contact that answers it starts with that employer:
 * a fair lead's stand, or the employer of the contact whose next action it is. Only an employer
 * of the caller's city, as in the form's employer choice; null when there is none.
 */
export async function followUpEmployer(ctx: Ctx, followUpId: string): Promise<EmployerRef | null> {
  if (!isUuid(followUpId)) return null;
  const db = await getDb();
  const standEmployer = alias(organizations, "stand_employer");
  const contactEmployer = alias(organizations, "contact_employer");
  const inCity = (o: { kind: AnyPgColumn; city: AnyPgColumn }) =>
    and(eq(o.kind, "employer"), eq(o.city, ctx.membership.city));
  const [row] = await db
    .select({
      standId: standEmployer.id,
      standName: standEmployer.name,
      contactId: contactEmployer.id,
      contactName: contactEmployer.name,
    })
    .from(followUps)
    .leftJoin(fairLeads, eq(fairLeads.followUpId, followUps.id))
    .leftJoin(fairStands, eq(fairStands.id, fairLeads.standId))
    .leftJoin(standEmployer, and(eq(standEmployer.id, fairStands.employerId), inCity(standEmployer)))
    .leftJoin(
      contacts,
      and(eq(contacts.id, followUps.fromContactId), inArray(contacts.kind, ["employer", "workplace_visit"])),
    )
    .leftJoin(contactEmployer, and(eq(contactEmployer.id, contacts.employerId), inCity(contactEmployer)))
    .where(and(eq(followUps.id, followUpId), eq(followUps.municipalityId, ctx.membership.organizationId)))
    .limit(1);
  if (row?.standId && row.standName) return { id: row.standId, name: row.standName };
  if (row?.contactId && row.contactName) return { id: row.contactId, name: row.contactName };
  return null;
}
