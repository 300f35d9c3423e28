"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { addActionComment, createActionItem, setActionItemStatus } from "@/lib/action-items/data/action-items";
import { actionCommentSchema, actionItemFormSchema, actionStatusSchema } from "@/lib/action-items/schemas";
import { action } from "@/lib/auth/action";
import { osloDate } from "@/lib/time/oslo";

export const createActionItemAction = action(
  () => actionItemFormSchema(osloDate(new Date())),
  { permission: "council.contribute" },
  async (input, ctx) => {
    const id = await createActionItem(ctx, input);
    redirect(`/council/actions/${id}?saved=created`);
  },
);

export const setActionStatusAction = action(
  actionStatusSchema,
  { permission: "council.contribute" },
  async ({ id, version, status }, ctx) => {
    await setActionItemStatus(ctx, id, version, status, new Date());
    revalidatePath(`/council/actions/${id}`);
    return { ok: true };
  },
);

export const addActionCommentAction = action(
  actionCommentSchema,
  { permission: "council.contribute" },
  async ({ id, body }, ctx) => {
    await addActionComment(ctx, id, body);
    revalidatePath(`/council/actions/${id}`);
    return { ok: true };
  },
);
