"use server";
import { redirect } from "next/navigation";
import { action } from "@/lib/auth/action";
import { movePlacement } from "@/lib/placements/data/moves";
import { moveSchema } from "@/lib/placements/schemas";

/** The employer's answers: interested, an interview time, or a decline with a reason. */
export const answerAction = action(moveSchema, { permission: "proposals.answer" }, async (input, ctx) => {
  await movePlacement(ctx, input.id, input.version, input.to, input);
  redirect(`/proposals/${input.id}?moved=${input.to}`);
});
