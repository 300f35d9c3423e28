"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { saveLead } from "@/lib/leads/data/leads";
import { markLeadHandled } from "@/lib/leads/data/organizer";
import { markLeadHandledSchema, saveLeadSchema } from "@/lib/leads/schemas";

export const saveLeadAction = action(saveLeadSchema, { permission: "fairs.exhibit" }, async (input, ctx) => {
  await saveLead(ctx, input);
  revalidatePath(`/events/${input.eventId}/leads`);
  return { ok: true };
});

export const markLeadHandledAction = action(
  markLeadHandledSchema,
  { permission: "events.manage" },
  async ({ eventId, id }, ctx) => {
    await markLeadHandled(ctx, eventId, id);
    revalidatePath(`/events/${eventId}/leads`);
    return { ok: true };
  },
);
