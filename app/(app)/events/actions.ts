"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { action } from "@/lib/auth/action";
import { createEvent, setEventStatus, updateEvent } from "@/lib/events/data";
import { editEventSchema, eventFormSchema, eventStatusSchema } from "@/lib/events/schemas";
import { cancelStand, saveStand, setStandNumber } from "@/lib/stands/data";
import { cancelStandSchema, standFormSchema, standNumberSchema } from "@/lib/stands/schemas";

export const createEventAction = action(eventFormSchema, { permission: "events.manage" }, async (input, ctx) => {
  const id = await createEvent(ctx, input);
  redirect(`/events/${id}?saved=created`);
});

export const updateEventAction = action(editEventSchema, { permission: "events.manage" }, async (input, ctx) => {
  await updateEvent(ctx, input.id, input.version, input);
  redirect(`/events/${input.id}?saved=updated`);
});

export const setEventStatusAction = action(
  eventStatusSchema,
  { permission: "events.manage" },
  async ({ id, version, status }, ctx) => {
    await setEventStatus(ctx, id, version, status, new Date());
    redirect(`/events/${id}?saved=${status}`);
  },
);

export const saveStandAction = action(standFormSchema, { permission: "fairs.exhibit" }, async (input, ctx) => {
  await saveStand(ctx, input, new Date());
  redirect(`/events/${input.eventId}/stand?saved=saved`);
});

export const cancelStandAction = action(
  cancelStandSchema,
  { permission: "fairs.exhibit" },
  async ({ eventId }, ctx) => {
    await cancelStand(ctx, eventId, new Date());
    redirect(`/events/${eventId}/stand?saved=cancelled`);
  },
);

export const setStandNumberAction = action(
  standNumberSchema,
  { permission: "events.manage" },
  async ({ eventId, standId, standNumber }, ctx) => {
    await setStandNumber(ctx, eventId, standId, standNumber);
    revalidatePath(`/events/${eventId}/stands`);
    return { ok: true, message: "saved" };
  },
);
