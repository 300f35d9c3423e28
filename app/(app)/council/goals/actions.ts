"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { action } from "@/lib/auth/action";
import { addCommitment, reportFigure, setCommitmentStatus } from "@/lib/goals/data/contributions";
import { createGoal, updateGoal } from "@/lib/goals/data/goals";
import {
  commitmentSchema,
  commitmentStatusSchema,
  editGoalSchema,
  goalFormSchema,
  reportFigureSchema,
} from "@/lib/goals/schemas";

export const createGoalAction = action(goalFormSchema, { permission: "council.contribute" }, async (input, ctx) => {
  const id = await createGoal(ctx, input);
  redirect(`/council/goals/${id}?saved=created`);
});

export const updateGoalAction = action(editGoalSchema, { permission: "council.contribute" }, async (input, ctx) => {
  await updateGoal(ctx, input.id, input.version, input);
  redirect(`/council/goals/${input.id}?saved=updated`);
});

export const reportFigureAction = action(
  reportFigureSchema,
  { permission: "council.contribute" },
  async (input, ctx) => {
    await reportFigure(ctx, input, new Date());
    revalidatePath(`/council/goals/${input.goalId}`);
    return { ok: true };
  },
);

export const addCommitmentAction = action(
  commitmentSchema,
  { permission: "council.contribute" },
  async (input, ctx) => {
    await addCommitment(ctx, input);
    revalidatePath(`/council/goals/${input.goalId}`);
    return { ok: true };
  },
);

export const setCommitmentStatusAction = action(
  commitmentStatusSchema,
  { permission: "council.contribute" },
  async (input, ctx) => {
    const goalId = await setCommitmentStatus(ctx, input, new Date());
    revalidatePath(`/council/goals/${goalId}`);
    return { ok: true };
  },
);
