import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/session";
import { osloDate } from "@/lib/time/oslo";
import { picksEmployer } from "@/lib/slots/access";
import { listCityEmployers } from "@/lib/slots/data";
import { createSlotAction } from "../actions";
import { SlotForm } from "../slot-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("slots.form"))("newTitle") };
}

export default async function NewSlotPage({ searchParams }: { searchParams: Promise<{ employer?: string }> }) {
  const ctx = await requireCtx("slots.write");
  const t = await getTranslations("slots.form");
  const { employer } = await searchParams;
  const employers = picksEmployer(ctx.membership.role)
    ? (await listCityEmployers(ctx)).map((e) => ({ value: e.id, label: e.name }))
    : null;
  const initial: Record<string, string> = {
    kind: "internship",
    positions: "1",
    hoursPerWeek: "37",
    startsOn: osloDate(new Date()),
    status: "open",
  };
  if (employer && employers?.some((e) => e.value === employer)) initial.employerId = employer;
  return (
    <ClientMessages namespaces={["occupationPicker", "placements.cefr", "slots"]}>
      <>
        <PageHeader title={t("newTitle")} />
        <SlotForm
          action={createSlotAction}
          initial={initial}
          employers={employers}
          statuses={["draft", "open"]}
          cancelHref="/slots"
        />
      </>
    </ClientMessages>
  );
}
