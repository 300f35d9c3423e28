"use server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { giveConsent } from "@/lib/consents/data/consents";
import { withdrawConsent } from "@/lib/consents/data/withdraw";
import { recordOutcome } from "@/lib/outcomes/data";
import { createParticipant, reassignParticipant, updateParticipant } from "@/lib/participant-record/data";
import {
  consentSchema,
  editParticipantSchema,
  eraseSchema,
  outcomeSchema,
  participantFormSchema,
  reassignSchema,
  withdrawConsentSchema,
} from "@/lib/participants/schemas";
import { eraseParticipant } from "@/lib/subject-rights/data";

// Birth years are checked against this year, so the schema is built per request.
const year = () => new Date().getFullYear();

export const createParticipantAction = action(
  () => participantFormSchema(year()),
  { permission: "participants.write" },
  async (input, ctx) => {
    const id = await createParticipant(ctx, input);
    redirect(`/participants/${id}?saved=created`);
  },
);

export const updateParticipantAction = action(
  () => editParticipantSchema(year()),
  { permission: "participants.write" },
  async (input, ctx) => {
    await updateParticipant(ctx, input.id, input.version, input);
    redirect(`/participants/${input.id}?saved=updated`);
  },
);

export const reassignParticipantAction = action(
  reassignSchema,
  { permission: "participants.manage" },
  async ({ id, assignedTo }, ctx) => {
    await reassignParticipant(ctx, id, assignedTo);
    revalidatePath(`/participants/${id}`);
    return { ok: true, message: "reassigned" };
  },
);

export const giveConsentAction = action(
  consentSchema,
  { permission: "participants.write" },
  async ({ id, ...input }, ctx) => {
    await giveConsent(ctx, { participantId: id, ...input });
    revalidatePath(`/participants/${id}`);
    return { ok: true, message: "given" };
  },
);

export const withdrawConsentAction = action(
  withdrawConsentSchema,
  { permission: "participants.write" },
  async ({ id, consentId }, ctx) => {
    await withdrawConsent(ctx, id, consentId);
    revalidatePath(`/participants/${id}`);
    return { ok: true, message: "withdrawn" };
  },
);

export const recordOutcomeAction = action(
  outcomeSchema,
  { permission: "participants.write" },
  async ({ id, ...input }, ctx) => {
    await recordOutcome(ctx, { participantId: id, ...input });
    revalidatePath(`/participants/${id}`);
    return { ok: true, message: "saved" };
  },
);

export const eraseParticipantAction = action(
  eraseSchema,
  { permission: "participants.subjectRights" },
  async ({ id, reasonCode, note }, ctx) => {
    await eraseParticipant(ctx, id, { code: reasonCode, note });
    redirect("/participants?erased=1");
  },
);
