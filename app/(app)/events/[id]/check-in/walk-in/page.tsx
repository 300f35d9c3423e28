import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { doorEvent } from "@/lib/check-in/data";
import { walkInAction } from "../actions";
import { WalkInForm } from "./walk-in-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("checkIn.walkIn"))("title") };
}

export default async function WalkInPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireCtx("events.manage");
  const { id } = await params;
  const { event } = await orNotFound(doorEvent(ctx, id));
  const t = await getTranslations("checkIn.walkIn");
  const te = await getTranslations("participants.education");
  const rule = event.minEducation ? t("eligibilityRule", { level: te(event.minEducation) }) : t("eligibilityOpen");
  return (
    <ClientMessages namespaces={["checkIn.walkIn", "occupationPicker", "participants.education"]}>
      <>
        <PageHeader title={t("title")} lead={t("lead")} />
        <WalkInForm action={walkInAction} eventId={id} eligibility={rule} />
      </>
    </ClientMessages>
  );
}
