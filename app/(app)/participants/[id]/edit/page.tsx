import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { readParticipant } from "@/lib/participant-record/data";
import { listStaff } from "@/lib/participants/data";
import { updateParticipantAction } from "../../actions";
import { recordToFormValues } from "../../form-values";
import { ParticipantForm } from "../../participant-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("participants.detail"))("edit") };
}

export default async function EditParticipantPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireCtx("participants.write");
  const { id } = await params;
  const record = await orNotFound(readParticipant(ctx, id, "edit"));
  const t = await getTranslations("participants.form");
  const staff = await listStaff(ctx);
  return (
    <ClientMessages namespaces={["occupationPicker", "participants"]}>
      <>
        <PageHeader title={t("editTitle", { name: `${record.firstName} ${record.lastName}` })} />
        <ParticipantForm
          action={updateParticipantAction}
          initial={recordToFormValues(record, await getLocale())}
          staff={staff.map((s) => ({ value: s.id, label: s.name }))}
          cancelHref={`/participants/${id}`}
        />
      </>
    </ClientMessages>
  );
}
