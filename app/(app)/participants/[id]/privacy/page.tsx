import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/ui/print-button";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { exportOutline } from "@/lib/privacy/export";
import { exportParticipant } from "@/lib/subject-rights/data";
import { ExportSummary } from "@/components/participants/export-summary";
import { EraseForm } from "./erase-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("participants.privacy"))("link") };
}

/** The right of access and the right to erasure, for municipality admins. */
export default async function PrivacyPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireCtx("participants.subjectRights");
  const { id } = await params;
  const data = await orNotFound(exportParticipant(ctx, id, "view"));
  const t = await getTranslations("participants.privacy");
  const name = `${data.participant.firstName} ${data.participant.lastName}`;
  const outline = exportOutline(data);
  return (
    <ClientMessages namespaces={["participants.privacy"]}>
      <>
        <PageHeader title={t("title", { name })} lead={t("lead")}>
          <p className="no-print flex flex-wrap items-center gap-4">
            <a href={`/api/participants/${id}/export`} download>
              {t("download")}
            </a>
            <PrintButton label={t("print")} />
            <Link href={`/participants/${id}`}>{name}</Link>
          </p>
        </PageHeader>
        <section aria-labelledby="stored" className="mb-8">
          <h2 id="stored" className="mb-2 text-xl font-semibold">
            {t("summary")}
          </h2>
          <ul className="mb-4">
            {outline.map((s) => (
              <li key={s.key} className={s.within ? "ml-6" : undefined}>
                {t(`sections.${s.key}`)}: {t("sectionCount", { count: s.count })}
              </li>
            ))}
          </ul>
          {outline
            .filter((s) => !s.within)
            .map((s) => (
              <section key={s.key} aria-labelledby={`section-${s.key}`} className="mb-4">
                <h3 id={`section-${s.key}`} className="mb-1 text-lg font-semibold">
                  {t(`sections.${s.key}`)}
                </h3>
                <ExportSummary sectionKey={s.key} data={data[s.key]} single={!Array.isArray(data[s.key])} />
              </section>
            ))}
        </section>
        <div className="no-print">
          <EraseForm participantId={id} name={name} />
        </div>
      </>
    </ClientMessages>
  );
}
