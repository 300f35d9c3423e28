"use server";
import { action } from "@/lib/auth/action";
import { respondToInvitation, unsubscribeInvitation } from "@/lib/invitations/data/answers";
import { respondSchema, unsubscribeSchema } from "@/lib/invitations/schemas";

/** The recipient's answer, from the link in the email: no sign-in, the token is the key. */
export const respondInvitationAction = action(respondSchema, { public: true }, async ({ token, answer }) => {
  const { status } = await respondToInvitation(token, answer);
  return { ok: true, message: status };
});

/** Confirmed on the page, never on the link itself: mail scanners follow links. */
export const unsubscribeInvitationAction = action(unsubscribeSchema, { public: true }, async ({ token }) => {
  await unsubscribeInvitation(token);
  return { ok: true, message: "unsubscribed" };
});
