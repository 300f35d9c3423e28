"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { action } from "@/lib/auth/action";
import { createSlot, setSlotStatus, updateSlot } from "@/lib/slots/data";
import { editSlotSchema, slotFormSchema, slotStatusSchema } from "@/lib/slots/schemas";

export const createSlotAction = action(slotFormSchema, { permission: "slots.write" }, async (input, ctx) => {
  const id = await createSlot(ctx, input);
  redirect(`/slots/${id}?saved=created`);
});

export const updateSlotAction = action(editSlotSchema, { permission: "slots.write" }, async (input, ctx) => {
  await updateSlot(ctx, input.id, input.version, input);
  redirect(`/slots/${input.id}?saved=updated`);
});

export const setSlotStatusAction = action(
  slotStatusSchema,
  { permission: "slots.write" },
  async ({ id, version, status }, ctx) => {
    await setSlotStatus(ctx, id, version, status);
    revalidatePath(`/slots/${id}`);
    return { ok: true, message: "statusSaved" };
  },
);
