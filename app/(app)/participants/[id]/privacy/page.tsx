import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/ui/print-button";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { exportParticipant } from "@/lib/subject-rights/data";
import { EraseForm } from "./erase-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("participants.privacy"))("link") };
}

/** The right of access and the right to erasure, for municipality admins. */
export default async function PrivacyPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireCtx("participants.subjectRights");
  const { id } = await params;
  const data = await orNotFound(exportParticipant(ctx, id));
  const t = await getTranslations("participants.privacy");
  const name = `${data.participant.firstName} ${data.participant.lastName}`;
  return (
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
        <p className="mb-3">
          {t("counts", {
            languages: data.languages.length,
            wishes: data.wishes.length,
            consents: data.consents.length,
            contacts: data.contacts.length,
            followUps: data.followUps.length,
            placements: data.placements.length,
            audit: data.auditLog.length,
          })}
        </p>
        <pre
          className="max-h-[32rem] overflow-auto whitespace-pre-wrap rounded border border-line bg-surface p-3 text-sm print:max-h-none"
          tabIndex={0}
        >
          {JSON.stringify(data, null, 2)}
        </pre>
      </section>
      <div className="no-print">
        <EraseForm participantId={id} name={name} />
      </div>
    </>
  );
}
