"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { action } from "@/lib/auth/action";
import { appUrl } from "@/lib/config";
import { kickDelivery } from "@/lib/email/worker";
import { createCampaign, resendCampaign } from "@/lib/invitations/data/campaigns";
import { campaignSchema, resendSchema } from "@/lib/invitations/schemas";

/** Where links in the email point: APP_URL, else the address staff are using. */
async function origin(): Promise<string> {
  const configured = appUrl();
  if (configured) return configured;
  const h = await headers();
  return h.get("origin") ?? `${h.get("x-forwarded-proto") ?? "http"}://${h.get("x-forwarded-host") ?? h.get("host")}`;
}

export const createCampaignAction = action(
  campaignSchema,
  { permission: "events.manage" },
  async ({ eventId, ...input }, ctx) => {
    const { campaignId, recipients } = await createCampaign(ctx, eventId, input, {
      origin: await origin(),
      locale: await getLocale(),
    });
    void kickDelivery();
    revalidatePath(`/events/${eventId}/invitations`);
    redirect(`/events/${eventId}/invitations/${campaignId}?sent=${recipients}`);
  },
);

export const resendCampaignAction = action(
  resendSchema,
  { permission: "events.manage" },
  async ({ eventId, campaignId }, ctx) => {
    const count = await resendCampaign(ctx, eventId, campaignId, {
      origin: await origin(),
      locale: await getLocale(),
    });
    void kickDelivery();
    revalidatePath(`/events/${eventId}/invitations/${campaignId}`);
    const t = await getTranslations("invitations");
    return { ok: true, message: t("reminded", { count }) };
  },
);
