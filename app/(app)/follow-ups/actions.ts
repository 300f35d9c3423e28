"use server";
import { redirect } from "next/navigation";
import { action } from "@/lib/auth/action";
import { completeFollowUp } from "@/lib/follow-ups/data/follow-ups";
import { completeFollowUpSchema, dueListFiltersSchema } from "@/lib/follow-ups/schemas";

export const completeFollowUpAction = action(
  completeFollowUpSchema.and(dueListFiltersSchema),
  { permission: "followups.write" },
  async ({ id, scope, range }, ctx) => {
    await completeFollowUp(ctx, id);
    // Back to the same view of the list, which no longer has the row, with a confirmation.
    const query = new URLSearchParams({ ...(scope && { scope }), ...(range && { range }), done: "1" });
    redirect(`/follow-ups?${query}`);
  },
);
