import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/session";
import { listStaff } from "@/lib/participants/data";
import { osloDate } from "@/lib/time/oslo";
import { createParticipantAction } from "../actions";
import { ParticipantForm } from "../participant-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("participants.form"))("newTitle") };
}

export default async function NewParticipantPage() {
  const ctx = await requireCtx("participants.write");
  const t = await getTranslations("participants.form");
  const staff = await listStaff(ctx);
  const initial = {
    educationLevel: "none",
    programmeTrack: "work",
    status: "enrolled",
    programmeStart: osloDate(new Date()),
  };
  return (
    <ClientMessages namespaces={["occupationPicker", "participants"]}>
      <>
        <PageHeader title={t("newTitle")} />
        <ParticipantForm
          action={createParticipantAction}
          initial={initial}
          staff={staff.map((s) => ({ value: s.id, label: s.name }))}
          cancelHref="/participants"
        />
      </>
    </ClientMessages>
  );
}
