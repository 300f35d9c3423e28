"use server";
import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { action } from "@/lib/auth/action";
import { kickDelivery } from "@/lib/email/worker";
import { changeRole, deactivatePerson, reactivatePerson } from "@/lib/people/data/changes";
import { invitePerson, revokeInvitation } from "@/lib/people/data/invite";
import { changeRoleSchema, invitePersonSchema, revokeInvitationSchema, setActiveSchema } from "@/lib/people/schemas";

export const invitePersonAction = action(invitePersonSchema, { permission: "people.manage" }, async (input, ctx) => {
  await invitePerson(ctx, input, { locale: await getLocale() });
  void kickDelivery();
  revalidatePath("/people");
  // The confirmation names the address, so it is written here where the address is known.
  return { ok: true, message: (await getTranslations("people"))("invited", { email: input.email }) };
});

export const changeRoleAction = action(changeRoleSchema, { permission: "people.manage" }, async (input, ctx) => {
  await changeRole(ctx, input);
  revalidatePath("/people");
  return { ok: true, message: "roleSaved" };
});

/** Deactivates (after the confirmation page) or reactivates one person of the organization. */
export const setActiveAction = action(
  setActiveSchema,
  { permission: "people.manage" },
  async ({ membershipId, active }, ctx) => {
    if (active) {
      await reactivatePerson(ctx, membershipId);
      revalidatePath("/people");
      return { ok: true, message: "reactivated" };
    }
    // No revalidation here: it would re-render the confirmation page, which no longer applies.
    // The list is rendered per request, so going back to it shows the change.
    const { result } = await deactivatePerson(ctx, membershipId);
    return { ok: true, message: result };
  },
);

/** Withdraws an invitation that has not been used. No revalidation: the row stays to show the confirmation. */
export const revokeInvitationAction = action(
  revokeInvitationSchema,
  { permission: "people.manage" },
  async ({ membershipId }, ctx) => {
    const { name } = await revokeInvitation(ctx, membershipId);
    return { ok: true, message: (await getTranslations("people"))("revoked", { name }) };
  },
);
