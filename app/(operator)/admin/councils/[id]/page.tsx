import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ButtonForm } from "@/components/council/button-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { orNotFound, requireOperator } from "@/lib/auth/session";
import { councilChoices, loadCouncilForOperator, type CouncilForOperator } from "@/lib/council/data/admin";
import { endMembershipRefusal } from "@/lib/council/rules";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { addCouncilMemberAction, endCouncilMemberAction, updateCouncilAction } from "../actions";
import { AddMemberForm } from "../add-member-form";
import { CouncilForm } from "../council-form";
import { ClientMessages } from "@/components/i18n/client-messages";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  await requireOperator("councils.manage");
  return { title: (await orNotFound(loadCouncilForOperator((await params).id))).name };
}

/** Every membership with its dates; a current one that is neither chair nor secretariat can end here. */
async function MemberHistory({ council }: { council: CouncilForOperator }) {
  const [t, tk, locale] = await Promise.all([
    getTranslations("councilAdmin"),
    getTranslations("kinds"),
    getLocale() as Promise<Locale>,
  ]);
  const roleOf = (orgId: string) =>
    orgId === council.chairId ? t("roleChair") : orgId === council.secretariatId ? t("roleSecretariat") : null;
  return (
    <Table caption={t("membersCaption")} cards>
      <thead>
        <tr>
          <Th>{t("organization")}</Th>
          <Th>{t("kind")}</Th>
          <Th>{t("status")}</Th>
          <Th>{t("memberSince")}</Th>
          <Th>{t("memberUntil")}</Th>
          <Th>{t("change")}</Th>
        </tr>
      </thead>
      <tbody>
        {council.members.map((m) => {
          const role = m.memberUntil ? null : roleOf(m.organizationId);
          const refusal = endMembershipRefusal(council, m);
          return (
            <tr key={m.id}>
              <Td>{m.name}</Td>
              <Td label={t("kind")}>{tk(m.kind as "municipality")}</Td>
              <Td label={t("status")}>
                <span className="flex flex-wrap gap-1">
                  {m.memberUntil ? <Badge>{t("former")}</Badge> : <Badge tone="success">{t("current")}</Badge>}
                  {role && <Badge tone="info">{role}</Badge>}
                </span>
              </Td>
              <Td label={t("memberSince")}>{formatDate(m.memberSince, locale)}</Td>
              <Td label={t("memberUntil")}>{m.memberUntil ? formatDate(m.memberUntil, locale) : "–"}</Td>
              <Td label={t("change")}>
                {!m.memberUntil &&
                  (refusal ? (
                    <span className="text-sm text-muted">{t("endNotAllowed")}</span>
                  ) : (
                    <ButtonForm
                      action={endCouncilMemberAction}
                      fields={{ councilId: council.id, memberId: m.id }}
                      label={t("endFor", { name: m.name })}
                      pendingText={t("ending")}
                      variant="secondary"
                      confirm={{
                        question: t("endQuestion", { name: m.name, council: council.name }),
                        consequence: t("endConsequence", { name: m.name }),
                        yes: t("endYes"),
                        no: t("endNo"),
                      }}
                    />
                  ))}
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

export default async function AdminCouncilPage({
  params,
  searchParams,
}: Params & {
  searchParams: Promise<{ created?: string }>;
}) {
  await requireOperator("councils.manage");
  const { id } = await params;
  const [council, choices, t, { created }] = await Promise.all([
    orNotFound(loadCouncilForOperator(id)),
    councilChoices(),
    getTranslations("councilAdmin"),
    searchParams,
  ]);
  const current = council.members.filter((m) => !m.memberUntil);
  const currentIds = new Set(current.map((m) => m.organizationId));
  // A municipality the council covers stays on offer even if its organization was deactivated since.
  const municipalities = [...new Set([...choices.municipalities, ...council.cities])];
  return (
    <ClientMessages namespaces={["councilAdmin"]}>
      <>
        <p className="mb-4">
          <Link href="/admin/councils">{t("backToList")}</Link>
        </p>
        <PageHeader title={council.name} lead={council.cities.join(", ")} />
        {created && (
          <div className="mb-6">
            <Alert tone="success" role="status">
              {t("created")}
            </Alert>
          </div>
        )}
        <section aria-labelledby="settings-title" className="mb-10">
          <h2 id="settings-title" className="mb-1 text-xl font-semibold">
            {t("settingsTitle")}
          </h2>
          <p className="mb-4 text-muted">{t("settingsHint")}</p>
          <CouncilForm
            action={updateCouncilAction}
            councilId={council.id}
            municipalities={municipalities}
            organizations={current.map((m) => ({ id: m.organizationId, name: m.name, kindLabel: "" }))}
            saved={{
              name: council.name,
              cities: council.cities,
              memberIds: [...currentIds],
              chairId: council.chairId,
              secretariatId: council.secretariatId,
            }}
          />
        </section>
        <section aria-labelledby="members-title" className="mb-10">
          <h2 id="members-title" className="mb-3 text-xl font-semibold">
            {t("membersTitle")}
          </h2>
          <MemberHistory council={council} />
        </section>
        <section aria-labelledby="add-title">
          <h2 id="add-title" className="mb-3 text-xl font-semibold">
            {t("addTitle")}
          </h2>
          {choices.organizations.some((o) => !currentIds.has(o.id)) ? (
            <AddMemberForm
              action={addCouncilMemberAction}
              councilId={council.id}
              organizations={choices.organizations.filter((o) => !currentIds.has(o.id))}
            />
          ) : (
            <p>{t("noneToAdd")}</p>
          )}
        </section>
      </>
    </ClientMessages>
  );
}
