import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatList } from "@/components/ui/stat";
import { can } from "@/lib/auth/permissions";
import { requireCtx } from "@/lib/auth/session";
import { loadCouncil } from "@/lib/council/data/council";
import { emailStatusCounts } from "@/lib/email-status/data";
import { listEvents } from "@/lib/events/data";
import { upcomingFairStatus } from "@/lib/fair-candidates/data/fair-status";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { cityKindsShown } from "@/lib/organizations/access";
import { countMembersByRole, countOrganizationsInCity } from "@/lib/organizations/data";
import { caseloadScope } from "@/lib/participants/access";
import { caseloadFigures } from "@/lib/participants/data";
import { employerFigures } from "@/lib/placements/data/proposals";
import { CouncilCard } from "./council-card";
import { FairStatusList } from "./fair-status";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("home"))("title") };
}

const IN_CITY = {
  employer: "employersInCity",
  municipality: "municipalitiesInCity",
  association: "associationsInCity",
  partner: "partnersInCity",
} as const;

export default async function HomePage() {
  const ctx = await requireCtx("home.view");
  const { role, city, organizationName } = ctx.membership;
  const t = await getTranslations("home");
  const tr = await getTranslations("roles");
  const locale = await getLocale();
  const n = (x: number) => formatNumber(x, locale);

  const scope = caseloadScope(role);
  const now = new Date();
  const organizesFairs = can(role, "events.manage");
  const [byRole, inCity, email, caseload, recruitment, events, council, fairs] = await Promise.all([
    countMembersByRole(ctx),
    countOrganizationsInCity(ctx),
    can(role, "email.status.read") ? emailStatusCounts(ctx) : null,
    can(role, "participants.read") ? caseloadFigures(ctx, scope) : null,
    can(role, "proposals.answer") ? employerFigures(ctx) : null,
    listEvents(ctx, now),
    can(role, "council.read") ? loadCouncil(ctx) : null,
    organizesFairs ? upcomingFairStatus(ctx, now) : [],
  ]);
  const nextEvents = events.upcoming.filter((e) => e.status !== "cancelled").slice(0, 3);
  const members = Object.values(byRole).reduce((a, b) => a + (b ?? 0), 0);

  return (
    <>
      <PageHeader
        title={t("welcome", { name: ctx.name })}
        lead={t("roleAt", { role: tr(role), organization: organizationName })}
      />
      {council && role === "partner" && <CouncilCard name={council.council.name} />}
      {organizesFairs && <FairStatusList fairs={fairs} locale={locale} />}
      {caseload && (
        <StatList label={scope === "all" ? t("caseloadAll") : t("caseloadMine")}>
          <Stat label={t("activeParticipants")} value={n(caseload.active)} href="/participants?status=active" />
          <Stat label={t("endingSoon")} value={n(caseload.endingSoon)} href="/participants?endsWithinMonths=3" />
          <Stat label={t("followUpsDue")} value={n(caseload.followUpsDue)} href="/follow-ups?range=overdue" />
          <Stat label={t("inWork")} value={n(caseload.inWork)} />
        </StatList>
      )}
      {recruitment && (
        <StatList label={t("employerFigures")}>
          <Stat label={t("openSlots")} value={n(recruitment.openSlots)} href="/slots?status=open" />
          <Stat label={t("awaitingAnswer")} value={n(recruitment.awaitingAnswer)} href="/proposals" />
          <Stat label={t("inProgress")} value={n(recruitment.inProgress)} href="/proposals" />
          <Stat label={t("activePlacements")} value={n(recruitment.active)} />
        </StatList>
      )}
      <StatList label={t("figures")}>
        <Stat
          label={t("colleagues")}
          value={n(members)}
          href={can(role, "organization.read") ? "/organization" : undefined}
        />
        {can(role, "municipality.overview") && (
          <>
            <Stat label={t("consultants")} value={n(byRole.consultant ?? 0)} />
            <Stat label={t("jobSpecialists")} value={n(byRole.job_specialist ?? 0)} />
          </>
        )}
        {cityKindsShown(role).map((kind) => (
          <Stat key={kind} label={t(IN_CITY[kind], { city })} value={n(inCity[kind])} />
        ))}
        {email && (
          <>
            <Stat label={t("emailPending")} value={n(email.pending)} href="/email-status" />
            <Stat label={t("emailSent")} value={n(email.sent)} href="/email-status" />
            <Stat label={t("emailFailed")} value={n(email.failed)} href="/email-status" />
          </>
        )}
      </StatList>
      {nextEvents.length > 0 && (
        <section aria-labelledby="upcoming-events" className="mb-8">
          <h2 id="upcoming-events" className="mb-3 text-xl font-semibold">
            {t("upcomingEvents")}
          </h2>
          <ul className="flex flex-col gap-2">
            {nextEvents.map((e) => (
              <li key={e.id}>
                <Link href={`/events/${e.id}`}>{e.title}</Link> — {formatDate(e.startsAt, locale)}, {e.venue}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="next-steps" className="mb-8">
        <h2 id="next-steps" className="mb-3 text-xl font-semibold">
          {t("nextSteps")}
        </h2>
        <ul className="list-disc pl-5">
          {caseload && (
            <>
              <li>
                <Link href="/participants">{t("seeParticipants")}</Link>
              </li>
              <li>
                <Link href="/follow-ups">{t("seeFollowUps")}</Link>
              </li>
              <li>
                <Link href="/follow-ups?range=week">{t("seeFollowUpsWeek")}</Link>
              </li>
            </>
          )}
          {council && (
            <li>
              <Link href="/council/dashboard">{t("seeCouncil", { name: council.council.name })}</Link>
            </li>
          )}
          <li>
            <Link href="/organization">{t("seeOrganization")}</Link>
          </li>
          {recruitment && (
            <>
              <li>
                <Link href="/proposals">{t("seeProposals")}</Link>
              </li>
              <li>
                <Link href="/slots">{t("seeSlots")}</Link>
              </li>
              <li>
                <Link href="/slots/new">{t("postSlot")}</Link>
              </li>
            </>
          )}
          {can(role, "events.manage") && (
            <>
              <li>
                <Link href="/events/new">{t("createEvent")}</Link>
              </li>
              <li>
                <Link href="/members">{t("seeMembers")}</Link>
              </li>
            </>
          )}
          {email && (
            <li>
              <Link href="/email-status">{t("seeEmailStatus")}</Link>
            </li>
          )}
        </ul>
      </section>
    </>
  );
}
