import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Board } from "@/components/placements/board";
import { moveAction } from "@/app/(app)/placements/actions";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { Select } from "@/components/ui/select";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { slotBoard } from "@/lib/placements/data/board";
import { proposableParticipants } from "@/lib/placements/data/proposals";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("placements.slotPipeline"))("title") };
}

export default async function SlotPipelinePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ moved?: string }>;
}) {
  const ctx = await requireCtx("placements.manage");
  const { id } = await params;
  const { moved } = await searchParams;
  const { slot, cards } = await orNotFound(slotBoard(ctx, id));
  const candidates = slot.status === "open" ? await proposableParticipants(ctx, slot.id) : [];
  const t = await getTranslations("placements");
  return (
    <ClientMessages namespaces={["placements.move"]}>
      <>
        <PageHeader
          title={t("slotPipeline.titleFor", { title: slot.title })}
          lead={t("slotPipeline.lead", { employer: slot.employerName, positions: slot.positions })}
        >
          <p className="no-print">
            <Link href={`/slots/${slot.id}`}>{t("slotPipeline.back")}</Link>
          </p>
        </PageHeader>
        {moved && (
          <div className="mb-6">
            <Alert tone="success" role="status">
              {t("moved")}
            </Alert>
          </div>
        )}
        {slot.status === "open" && candidates.length === 0 && (
          <p className="no-print mb-8">{t("slotPipeline.noCandidates")}</p>
        )}
        {slot.status === "open" && candidates.length > 0 && (
          <form
            action="/placements/new"
            method="get"
            className="no-print mb-8 flex flex-col gap-3 rounded border border-line p-4 sm:flex-row sm:items-end"
          >
            <input type="hidden" name="slot" value={slot.id} />
            <Select
              name="participant"
              label={t("slotPipeline.choose")}
              hint={t("slotPipeline.chooseHint")}
              options={candidates.map((c) => ({ value: c.id, label: c.name }))}
            />
            <div>
              <button
                type="submit"
                className="rounded border-2 border-brand bg-white px-4 py-2 font-semibold text-brand hover:bg-surface"
              >
                {t("slotPipeline.preview")}
              </button>
            </div>
          </form>
        )}
        <Board
          cards={cards}
          moveAction={moveAction}
          returnTo={`/slots/${slot.id}/pipeline`}
          showSlot={false}
          empty={t("slotPipeline.empty")}
        />
      </>
    </ClientMessages>
  );
}
