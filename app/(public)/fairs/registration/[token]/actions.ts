"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { action } from "@/lib/auth/action";
import { cancelByToken, deleteByToken, saveSharingByToken, saveWishesByToken } from "@/lib/fair-candidates/data/public";
import {
  candidateCancelSchema,
  candidateDeleteSchema,
  candidateShareSchema,
  candidateWishesSchema,
} from "@/lib/fair-candidates/schemas";

// The token in the form is the one in the page's address: the manage link is the only key.
const page = (token: string) => `/fairs/registration/${token}`;

export const saveWishesAction = action(candidateWishesSchema, { public: true }, async ({ token, standIds }) => {
  await saveWishesByToken(token, standIds);
  revalidatePath(page(token));
  return { ok: true, message: "wishesSaved" };
});

export const saveSharingAction = action(candidateShareSchema, { public: true }, async ({ token, share }) => {
  await saveSharingByToken(token, share);
  revalidatePath(page(token));
  return { ok: true, message: "sharingSaved" };
});

export const cancelRegistrationAction = action(candidateCancelSchema, { public: true }, async ({ token }) => {
  await cancelByToken(token);
  revalidatePath(page(token));
  return { ok: true, message: "cancelled" };
});

export const deleteRegistrationAction = action(candidateDeleteSchema, { public: true }, async ({ token }) => {
  await deleteByToken(token);
  redirect("/fairs/registration/deleted");
});
