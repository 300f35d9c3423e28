import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SlotStatusBadge } from "@/components/slots/slot-status-badge";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n/format";
import { occupationLabel } from "@/lib/occupations/rules";
import { mayEditSlot } from "@/lib/slots/access";
import { getSlot } from "@/lib/slots/data";
import { setSlotStatusAction } from "../actions";
import { SlotStatusForm } from "../status-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const ctx = await requireCtx("slots.read");
  const slot = await getSlot(ctx, (await params).id).catch(() => null);
  return { title: slot?.title ?? (await getTranslations("slots"))("title") };
}

const buttonLink =
  "rounded bg-brand px-4 py-2 font-semibold text-white no-underline hover:bg-brand-dark hover:text-white";

export default async function SlotPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const ctx = await requireCtx("slots.read");
  const { id } = await params;
  const { saved } = await searchParams;
  const slot = await orNotFound(getSlot(ctx, id));
  const t = await getTranslations("slots");
  const td = await getTranslations("slots.detail");
  const tc = await getTranslations("placements.cefr");
  const locale = await getLocale();
  const date = (d: string) => formatDate(new Date(d), locale);
  const staff = can(ctx.membership.role, "matching.view");
  const editable = mayEditSlot(ctx.membership, slot);
  const facts: [string, string][] = [
    [t("kind"), t(`kinds.${slot.kind}`)],
    [t("occupation"), occupationLabel(slot.iscoCode, locale)],
    [t("positions"), String(slot.positions)],
    [
      td("period"),
      slot.endsOn
        ? td("periodRange", { start: date(slot.startsOn), end: date(slot.endsOn) })
        : td("periodOpen", { start: date(slot.startsOn) }),
    ],
    [t("form.hoursPerWeek"), td("hours", { hours: slot.hoursPerWeek })],
    [t("form.area"), slot.area ?? t("none")],
    [
      td("norwegian"),
      // The level in words too: an employer should not need to know the framework's codes.
      slot.norwegianRequired
        ? `${slot.norwegianRequired} – ${tc(`levels.${slot.norwegianRequired}`)}`
        : t("form.noRequirement"),
    ],
    [td("drivingLicence"), slot.requiresDrivingLicence ? td("required") : td("notRequired")],
    [td("other"), slot.otherRequirements ?? t("none")],
    [td("canLeadToJob"), slot.canLeadToJob ? td("yes") : td("no")],
    [td("mentor"), slot.mentorName ?? t("none")],
    [
      td("schemes"),
      slot.supportSchemes.length ? slot.supportSchemes.map((s) => t(`schemes.${s}`)).join(", ") : t("none"),
    ],
  ];

  return (
    <ClientMessages namespaces={["slots.detail"]}>
      <>
        <PageHeader
          title={slot.title}
          lead={
            <>
              {slot.employerName} · <SlotStatusBadge status={slot.status} />
            </>
          }
        >
          <p className="no-print flex flex-wrap items-center gap-4">
            {staff && slot.status === "open" && (
              <Link href={`/slots/${id}/matches`} className={buttonLink}>
                {td("findCandidates")}
              </Link>
            )}
            {editable && <Link href={`/slots/${id}/edit`}>{td("edit")}</Link>}
            {can(ctx.membership.role, "placements.manage") && (
              <Link href={`/slots/${id}/pipeline`}>{td("pipeline")}</Link>
            )}
            <Link href="/slots">{td("back")}</Link>
          </p>
        </PageHeader>
        {saved && (
          <div className="mb-6">
            <Alert tone="success" role="status">
              {saved === "created" ? td("created") : td("saved")}
            </Alert>
          </div>
        )}
        <section aria-labelledby="facts-title" className="mb-8">
          <h2 id="facts-title" className="mb-3 text-xl font-semibold">
            {td("facts")}
          </h2>
          <p className="mb-4 max-w-prose whitespace-pre-line">{slot.description}</p>
          <dl className="grid max-w-3xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            {facts.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-semibold">{label}</dt>
                <dd className="whitespace-pre-line">{value}</dd>
              </div>
            ))}
          </dl>
        </section>
        {editable && (
          <SlotStatusForm action={setSlotStatusAction} id={id} version={slot.version} status={slot.status} />
        )}
      </>
    </ClientMessages>
  );
}
