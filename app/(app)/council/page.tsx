import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { addRepresentativeAction, setRepresentativeActiveAction } from "./representatives/actions";
import { ButtonForm } from "@/components/council/button-form";
import { Markdown } from "@/components/council/markdown";
import { RepresentativeForm } from "@/components/council/representative-form";
import { Badge } from "@/components/ui/badge";
import { DescriptionItem } from "@/components/ui/description-item";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatList } from "@/components/ui/stat";
import { Table, Td, Th } from "@/components/ui/table";
import { requireCtx } from "@/lib/auth/session";
import { mayRunMeetings } from "@/lib/council/access";
import {
  councilOverview,
  linkableUsers,
  listRepresentatives,
  loadCouncil,
  type CouncilInScope,
} from "@/lib/council/data/council";
import { formatDate, formatDateTime, formatNumber } from "@/lib/i18n/format";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const scope = await loadCouncil(await requireCtx("council.read"));
  return { title: scope?.council.name ?? (await getTranslations("council"))("title") };
}

const roleOf = (scope: CouncilInScope, orgId: string) =>
  orgId === scope.council.secretariatId ? "secretariat" : orgId === scope.council.chairId ? "chair" : "member";

/** The secretariat's list of every representative, to deactivate or bring back, and the form to add one. */
async function ManageRepresentatives({ scope }: { scope: CouncilInScope }) {
  const t = await getTranslations("council.representatives");
  const [all, users] = await Promise.all([listRepresentatives(scope, true), linkableUsers(scope)]);
  return (
    <section aria-labelledby="manage-title" className="mb-8">
      <h2 id="manage-title" className="mb-3 text-xl font-semibold">
        {t("manageTitle")}
      </h2>
      {all.length > 0 && (
        <Table caption={t("manageCaption")}>
          <thead>
            <tr>
              <Th>{t("name")}</Th>
              <Th>{t("organization")}</Th>
              <Th>{t("status")}</Th>
              <Th>
                <span className="sr-only">{t("change")}</span>
              </Th>
            </tr>
          </thead>
          <tbody>
            {all.map((r) => (
              <tr key={r.id}>
                <Td>{r.name}</Td>
                <Td>{r.organizationName}</Td>
                <Td>{r.active ? <Badge tone="success">{t("active")}</Badge> : <Badge>{t("inactive")}</Badge>}</Td>
                <Td>
                  <ButtonForm
                    action={setRepresentativeActiveAction}
                    fields={{ representativeId: r.id, active: r.active ? "no" : "yes" }}
                    label={r.active ? t("deactivate", { name: r.name }) : t("activate", { name: r.name })}
                    pendingText={t("saving")}
                    variant="secondary"
                  />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <h3 className="mb-3 mt-6 text-lg font-semibold">{t("addTitle")}</h3>
      <RepresentativeForm action={addRepresentativeAction} members={scope.members} users={users} />
    </section>
  );
}

export default async function CouncilPage() {
  const ctx = await requireCtx("council.read");
  const t = await getTranslations("council");
  const scope = await loadCouncil(ctx);
  if (!scope) {
    return (
      <>
        <PageHeader title={t("title")} lead={t("lead")} />
        <EmptyState>{t("empty")}</EmptyState>
      </>
    );
  }
  const locale = await getLocale();
  const [overview, reps] = await Promise.all([councilOverview(scope, new Date()), listRepresentatives(scope)]);
  const { nextMeeting, latestMinutes } = overview;
  return (
    <ClientMessages namespaces={["council.representatives"]}>
      <>
        <PageHeader title={scope.council.name} lead={t("lead")} />
        <section aria-labelledby="about-title" className="mb-8">
          <h2 id="about-title" className="mb-3 text-xl font-semibold">
            {t("about")}
          </h2>
          <dl>
            <DescriptionItem term={t("chair")}>{scope.chairName}</DescriptionItem>
            <DescriptionItem term={t("secretariat")}>{scope.secretariatName}</DescriptionItem>
            <DescriptionItem term={t("yourRole")}>{t(`roles.${scope.role}`)}</DescriptionItem>
            <DescriptionItem term={t("nextMeeting")}>
              {nextMeeting ? (
                <>
                  <Link href={`/council/meetings/${nextMeeting.id}`}>{nextMeeting.title}</Link>
                  {`, ${formatDateTime(nextMeeting.startsAt, locale)}, ${nextMeeting.venue}`}
                </>
              ) : (
                t("noNextMeeting")
              )}
            </DescriptionItem>
          </dl>
        </section>

        <StatList label={t("work")}>
          <Stat label={t("openItems")} value={formatNumber(overview.openItems, locale)} />
          <Stat label={t("overdueItems")} value={formatNumber(overview.overdueItems, locale)} />
          <Stat label={t("goals")} value={formatNumber(overview.goals, locale)} />
        </StatList>
        <p className="-mt-4 mb-8 flex flex-wrap gap-4">
          <Link href="/council/actions">{t("toActions")}</Link>
          <Link href="/council/goals">{t("toGoals")}</Link>
          <Link href="/council/meetings">{t("toMeetings")}</Link>
        </p>

        <section aria-labelledby="minutes-title" className="mb-8">
          <h2 id="minutes-title" className="mb-3 text-xl font-semibold">
            {t("latestMinutes")}
          </h2>
          {latestMinutes ? (
            <>
              <p className="mb-3">
                <Link href={`/council/meetings/${latestMinutes.id}`}>{latestMinutes.title}</Link>
                {`, ${formatDate(latestMinutes.startsAt, locale)}`}
                {latestMinutes.approvedAt &&
                  ` · ${t("approvedOn", { date: formatDate(latestMinutes.approvedAt, locale) })}`}
              </p>
              <Markdown source={latestMinutes.minutes} />
            </>
          ) : (
            <EmptyState>{t("noMinutes")}</EmptyState>
          )}
        </section>

        <section aria-labelledby="members-title" className="mb-8">
          <h2 id="members-title" className="mb-3 text-xl font-semibold">
            {t("members")}
          </h2>
          <Table caption={t("membersCaption", { count: scope.members.length })}>
            <thead>
              <tr>
                <Th>{t("organization")}</Th>
                <Th>{t("role")}</Th>
                <Th>{t("representativesColumn")}</Th>
              </tr>
            </thead>
            <tbody>
              {scope.members.map((m) => {
                const mine = reps.filter((r) => r.organizationId === m.id);
                return (
                  <tr key={m.id}>
                    <Td>{m.name}</Td>
                    <Td>{t(`roles.${roleOf(scope, m.id)}`)}</Td>
                    <Td>
                      {mine.length === 0 ? (
                        t("noRepresentatives")
                      ) : (
                        <ul className="flex flex-col gap-1">
                          {mine.map((r) => (
                            <li key={r.id}>
                              {r.name}
                              {r.title && `, ${r.title}`}
                              {" – "}
                              <a href={`mailto:${r.email}`}>{r.email}</a>
                            </li>
                          ))}
                        </ul>
                      )}
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        </section>

        {mayRunMeetings(scope.role) && <ManageRepresentatives scope={scope} />}
      </>
    </ClientMessages>
  );
}
