"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { action } from "@/lib/auth/action";
import { kickDelivery } from "@/lib/email/worker";
import { createCampaign, resendCampaign } from "@/lib/invitations/data/campaigns";
import { campaignSchema, resendSchema } from "@/lib/invitations/schemas";

export const createCampaignAction = action(
  campaignSchema,
  { permission: "events.manage" },
  async ({ eventId, ...input }, ctx) => {
    const { campaignId, recipients } = await createCampaign(ctx, eventId, input, { locale: await getLocale() });
    void kickDelivery();
    revalidatePath(`/events/${eventId}/invitations`);
    redirect(`/events/${eventId}/invitations/${campaignId}?sent=${recipients}`);
  },
);

export const resendCampaignAction = action(
  resendSchema,
  { permission: "events.manage" },
  async ({ eventId, campaignId }, ctx) => {
    const count = await resendCampaign(ctx, eventId, campaignId, { locale: await getLocale() });
    void kickDelivery();
    revalidatePath(`/events/${eventId}/invitations/${campaignId}`);
    const t = await getTranslations("invitations");
    return { ok: true, message: t("reminded", { count }) };
  },
);
