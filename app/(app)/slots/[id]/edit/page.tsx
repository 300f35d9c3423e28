import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { getSlot } from "@/lib/slots/data";
import { updateSlotAction } from "../../actions";
import { slotToFormValues } from "../../form-values";
import { SlotForm } from "../../slot-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("slots.detail"))("edit") };
}

export default async function EditSlotPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireCtx("slots.write");
  const { id } = await params;
  const slot = await orNotFound(getSlot(ctx, id));
  const t = await getTranslations("slots.form");
  return (
    <ClientMessages namespaces={["occupationPicker", "placements.cefr", "slots"]}>
      <>
        <PageHeader title={t("editTitle", { title: slot.title })} lead={slot.employerName} />
        <SlotForm
          action={updateSlotAction}
          initial={slotToFormValues(slot, await getLocale())}
          employers={null}
          statuses={["draft", "open", "filled", "closed"]}
          cancelHref={`/slots/${id}`}
        />
      </>
    </ClientMessages>
  );
}
