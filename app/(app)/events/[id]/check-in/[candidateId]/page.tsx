import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { getDoorCandidate } from "@/lib/check-in/data";
import { formatTime } from "@/lib/i18n/format";
import { checkInAction } from "../actions";
import { CandidateStatus } from "../candidate-status";
import { CheckInButton } from "../check-in-button";
import { ClientMessages } from "@/components/i18n/client-messages";

type Params = { params: Promise<{ id: string; candidateId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const ctx = await requireCtx("events.manage");
  const { id, candidateId } = await params;
  const found = await getDoorCandidate(ctx, id, candidateId).catch(() => null);
  const t = await getTranslations("checkIn");
  return { title: found ? t("candidateTitle", { name: found.candidate.name }) : t("title") };
}

/** The page a candidate's QR code opens at the door: who they are and one big button. */
export default async function DoorCandidatePage({
  params,
  searchParams,
}: Params & { searchParams: Promise<{ saved?: string }> }) {
  const ctx = await requireCtx("events.manage");
  const { id, candidateId } = await params;
  const { saved } = await searchParams;
  const { candidate: c } = await orNotFound(getDoorCandidate(ctx, id, candidateId));
  const t = await getTranslations("checkIn");
  const locale = await getLocale();

  return (
    <ClientMessages namespaces={["checkIn"]}>
      <>
        <PageHeader title={c.name} lead={<CandidateStatus c={c} />} />
        <div className="flex max-w-xl flex-col gap-6">
          {saved === "walkIn" && (
            <Alert tone="success" role="status">
              {t("walkIn.saved", { name: c.name })}
            </Alert>
          )}
          {c.status === "cancelled" ? (
            <Alert tone="error">{t("cancelledNote")}</Alert>
          ) : (
            <>
              {c.checkedInAt && (
                <p className="text-lg font-semibold">
                  {t("alreadyCheckedIn", { time: formatTime(c.checkedInAt, locale) })}
                </p>
              )}
              {!c.checkedInAt && c.status === "waitlisted" && <p>{t("waitlistedNote")}</p>}
              <CheckInButton
                action={checkInAction}
                eventId={id}
                candidateId={c.id}
                name={c.name}
                checkedIn={c.checkedInAt !== null}
                large={!c.checkedInAt}
              />
            </>
          )}
          <p className="no-print">
            <Link href={`/events/${id}/check-in`}>{t("backToDoor")}</Link>
          </p>
        </div>
      </>
    </ClientMessages>
  );
}
