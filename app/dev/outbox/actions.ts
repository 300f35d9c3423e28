"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { action } from "@/lib/auth/action";
import { NotFoundError } from "@/lib/auth/errors";
import { isDemoMode } from "@/lib/config";
import { sendWeeklyDigests } from "@/lib/follow-ups/data/digest";

/**
 * Demo only: writes this week's follow-up digests to the outbox now, so a demo (and the
 * end-to-end test) can see who gets one without waiting for Monday. 404 outside demo mode.
 */
export const sendDigestNowAction = action(z.object({}), { public: true }, async () => {
  if (!isDemoMode()) throw new NotFoundError("demo outbox");
  const sent = await sendWeeklyDigests(new Date());
  revalidatePath("/dev/outbox");
  return { ok: true, message: (await getTranslations("outbox"))("digestSent", { count: sent }) };
});
