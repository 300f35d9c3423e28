"use server";
import { getLocale, getTranslations } from "next-intl/server";
import { action } from "@/lib/auth/action";
import { kickDelivery } from "@/lib/email/worker";
import { claimSetup } from "@/lib/operators/data/setup";
import { setupSchema } from "@/lib/operators/schemas";

/** Public: the setup token is the proof, checked with every other condition in one transaction. */
export const claimSetupAction = action(setupSchema, { public: true }, async (input) => {
  await claimSetup(input, { locale: await getLocale() });
  void kickDelivery();
  return { ok: true, message: (await getTranslations("admin.setup"))("done", { email: input.email }) };
});
