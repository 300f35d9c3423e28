"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { action, type HandlerState } from "@/lib/auth/action";
import {
  addCouncilMemberSchema,
  createCouncilSchema,
  endCouncilMemberSchema,
  updateCouncilSchema,
} from "@/lib/council/admin-schemas";
import {
  addCouncilMember,
  CouncilSetupError,
  createCouncil,
  endCouncilMembership,
  updateCouncil,
} from "@/lib/council/data/admin";

const OPERATOR = { operator: "councils.manage" } as const;

/** The setup rules' refusals as messages at their fields. */
async function setupRefused(err: unknown): Promise<HandlerState> {
  if (!(err instanceof CouncilSetupError)) throw err;
  const t = await getTranslations();
  return {
    ok: false,
    fieldErrors: Object.fromEntries(Object.entries(err.fieldErrors).map(([field, key]) => [field, t(key as never)])),
  };
}

export const createCouncilAction = action(createCouncilSchema, OPERATOR, async (input, ctx) => {
  let id: string;
  try {
    id = await createCouncil(ctx, input, new Date());
  } catch (err) {
    return setupRefused(err);
  }
  revalidatePath("/admin/councils");
  redirect(`/admin/councils/${id}?created=1`);
});

export const updateCouncilAction = action(updateCouncilSchema, OPERATOR, async (input, ctx) => {
  try {
    await updateCouncil(ctx, input);
  } catch (err) {
    return setupRefused(err);
  }
  revalidatePath(`/admin/councils/${input.councilId}`);
  return { ok: true, message: (await getTranslations("councilAdmin"))("saved") };
});

export const addCouncilMemberAction = action(addCouncilMemberSchema, OPERATOR, async (input, ctx) => {
  const name = await addCouncilMember(ctx, input, new Date());
  revalidatePath(`/admin/councils/${input.councilId}`);
  return { ok: true, message: (await getTranslations("councilAdmin"))("added", { name }) };
});

export const endCouncilMemberAction = action(endCouncilMemberSchema, OPERATOR, async (input, ctx) => {
  await endCouncilMembership(ctx, input, new Date());
  revalidatePath(`/admin/councils/${input.councilId}`);
});
