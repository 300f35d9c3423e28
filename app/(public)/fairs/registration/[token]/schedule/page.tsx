import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import QRCode from "qrcode";
import { PublicShell } from "@/components/layout/public-shell";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { PrintButton } from "@/components/ui/print-button";
import { Table, Td, Th } from "@/components/ui/table";
import { candidateSchedule, checkInUrl } from "@/lib/interviews/data/views";
import { formatDate, formatTime } from "@/lib/i18n/format";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  // The address holds the candidate's key: keep it out of search engines.
  return { title: (await getTranslations("interviews.candidate"))("title"), robots: { index: false, follow: false } };
}

/** A public candidate's interview times, printable, with a calendar file and a QR code for the door. */
export default async function CandidateSchedulePage({ params }: Props) {
  const { token } = await params;
  const data = await candidateSchedule(token);
  if (!data) notFound();
  const t = await getTranslations("interviews");
  const tc = await getTranslations("interviews.candidate");
  const locale = await getLocale();
  const back = (
    <p className="no-print mt-8">
      <Link href={`/fairs/registration/${token}`}>{tc("back")}</Link>
    </p>
  );
  if (!data.published) {
    return (
      <PublicShell>
        <PageHeader title={tc("title")} lead={data.event.title} />
        <Alert tone="info" role="status">
          <p>{tc("notPublished")}</p>
        </Alert>
        {back}
      </PublicShell>
    );
  }
  // Encodes only the door address; staff must be signed in to open it.
  const qr = await QRCode.toDataURL(checkInUrl(data.event.id, data.candidateId), {
    margin: 1,
    width: 200,
    errorCorrectionLevel: "M",
  });
  return (
    <PublicShell>
      <PageHeader title={tc("title")} lead={tc("lead", { name: data.candidateName, title: data.event.title })} />
      <p className="mb-4">
        {t("viewer.where", { date: formatDate(data.event.startsAt, locale), venue: data.event.venue })}
      </p>
      <div className="no-print mb-6 flex flex-wrap items-center gap-4">
        <PrintButton label={t("print")} />
        {data.lines.length > 0 && (
          <a href={`/api/fairs/registration/${token}/calendar`} download>
            {t("downloadCalendar")}
          </a>
        )}
      </div>
      {data.lines.length === 0 ? (
        <Alert tone="info">
          <p>{tc("none")}</p>
        </Alert>
      ) : (
        <Table caption={tc("caption")}>
          <thead>
            <tr>
              <Th>{t("columns.time")}</Th>
              <Th>{t("columns.employer")}</Th>
              <Th>{t("columns.standNumber")}</Th>
              <Th>{t("columns.table")}</Th>
            </tr>
          </thead>
          <tbody>
            {data.lines.map((l) => (
              <tr key={l.id}>
                <Td className="whitespace-nowrap">{`${formatTime(l.start, locale)}–${formatTime(l.end, locale)}`}</Td>
                <Td>{l.employerName}</Td>
                <Td>{l.standNumber ?? "–"}</Td>
                <Td>{l.tableNo + 1}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <section aria-labelledby="qr-heading" className="mt-8">
        <h2 id="qr-heading" className="mb-2 text-xl font-semibold">
          {tc("qrHeading")}
        </h2>
        <p className="mb-3 max-w-prose">{tc("qrHelp")}</p>
        {/* A data URL: the content security policy allows data: images, and nothing is fetched. next/image
            would add an optimizer round-trip for an image that is already inline. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img
          src={qr}
          alt={tc("qrAlt", { name: data.candidateName })}
          width={200}
          height={200}
          className="border border-line"
        />
      </section>
      {back}
    </PublicShell>
  );
}
