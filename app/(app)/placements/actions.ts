"use server";
import { redirect } from "next/navigation";
import { saveAgreementTerms } from "@/lib/placements/data/agreement";
import { confirmAgreement } from "@/lib/placements/data/confirm";
import { action } from "@/lib/auth/action";
import { movePlacement, proposeParticipant } from "@/lib/placements/data/moves";
import { agreementTermsSchema, confirmAgreementSchema, moveSchema, proposeSchema } from "@/lib/placements/schemas";

export const proposeAction = action(proposeSchema, { permission: "placements.manage" }, async (input, ctx) => {
  const id = await proposeParticipant(ctx, input);
  redirect(`/placements/${id}?saved=proposed`);
});

/** Staff moves, from the placement page or a board card. */
export const moveAction = action(moveSchema, { permission: "placements.manage" }, async (input, ctx) => {
  await movePlacement(ctx, input.id, input.version, input.to, input);
  redirect(`${input.returnTo ?? `/placements/${input.id}`}?moved=${input.to}`);
});

export const saveTermsAction = action(agreementTermsSchema, { permission: "placements.manage" }, async (input, ctx) => {
  await saveAgreementTerms(ctx, input);
  redirect(`/placements/${input.placementId}/agreement?saved=terms`);
});

/** Each party its own confirmation; the data function checks which party the caller may confirm for. */
export const confirmAction = action(
  confirmAgreementSchema,
  { permission: "agreements.confirm" },
  async (input, ctx) => {
    const { activated } = await confirmAgreement(ctx, input);
    redirect(`/placements/${input.placementId}/agreement?saved=${activated ? "active" : input.party}`);
  },
);
