"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { action } from "@/lib/auth/action";
import { markNoShows, registerWalkIn, setCheckedIn } from "@/lib/check-in/data";
import { checkInSchema, markNoShowsSchema, walkInSchema } from "@/lib/check-in/schemas";

export const checkInAction = action(
  checkInSchema,
  { permission: "events.manage" },
  async ({ eventId, candidateId, undo }, ctx) => {
    const row = await setCheckedIn(ctx, eventId, candidateId, !undo);
    revalidatePath(`/events/${eventId}/check-in`, "layout");
    return { ok: true, message: row.checkedInAt ? "checkedIn" : "undone" };
  },
);

export const walkInAction = action(
  walkInSchema,
  { permission: "events.manage" },
  async ({ eventId, ...input }, ctx) => {
    const id = await registerWalkIn(ctx, eventId, input);
    redirect(`/events/${eventId}/check-in/${id}?saved=walkIn`);
  },
);

export const markNoShowsAction = action(
  markNoShowsSchema,
  { permission: "events.manage" },
  async ({ eventId }, ctx) => {
    const n = await markNoShows(ctx, eventId);
    redirect(`/events/${eventId}/check-in?noShows=${n}`);
  },
);
