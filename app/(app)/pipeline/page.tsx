import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Board } from "@/components/placements/board";
import { moveAction } from "@/app/(app)/placements/actions";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/session";
import { consultantBoard, RECENT_DAYS } from "@/lib/placements/data/board";
import { seesWholeMunicipality } from "@/lib/participants/access";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("placements.pipeline"))("title") };
}

export default async function PipelinePage({ searchParams }: { searchParams: Promise<{ moved?: string }> }) {
  const ctx = await requireCtx("placements.manage");
  const { moved } = await searchParams;
  const cards = await consultantBoard(ctx);
  const t = await getTranslations("placements");
  const all = seesWholeMunicipality(ctx.membership.role);
  return (
    <ClientMessages namespaces={["placements.move"]}>
      <>
        <PageHeader
          title={t("pipeline.title")}
          lead={t(all ? "pipeline.leadAll" : "pipeline.lead", { days: RECENT_DAYS })}
        />
        {moved && (
          <div className="mb-6">
            <Alert tone="success" role="status">
              {t("moved")}
            </Alert>
          </div>
        )}
        <Board
          cards={cards}
          returnTo="/pipeline"
          moveAction={moveAction}
          empty={
            <>
              {t("pipeline.empty")} <Link href="/slots">{t("pipeline.emptyAction")}</Link>
            </>
          }
        />
      </>
    </ClientMessages>
  );
}
