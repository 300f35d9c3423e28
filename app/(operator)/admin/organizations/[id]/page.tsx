import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { DescriptionItem } from "@/components/ui/description-item";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { orNotFound, requireOperator } from "@/lib/auth/session";
import { getOrganization } from "@/lib/operators/data/organizations";
import { firstAdminRole, isOperatorKind } from "@/lib/operators/rules";
import { formatOrgNumber } from "@/lib/organizations/rules";
import { InviteAdminForm, ReactivateForm } from "./organization-forms";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return {};
  const user = await requireOperator("organizations.manage");
  const org = await getOrganization(user, id).catch(() => null);
  return { title: org?.name };
}

/** One organization: its details, who has access, the invitation of its administrator, and access on or off. */
export default async function OrganizationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const user = await requireOperator("organizations.manage");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const org = await orNotFound(getOrganization(user, id));
  const { created } = await searchParams;
  const t = await getTranslations("admin.details");
  const tk = await getTranslations("kinds");
  const tr = await getTranslations("roles");
  const adminRole = isOperatorKind(org.kind) && !org.deactivated ? firstAdminRole(org.kind).role : null;
  return (
    <ClientMessages namespaces={["admin.details"]}>
      <>
        <PageHeader title={org.name} />
        {created && (
          <div className="mb-6">
            <Alert tone="success" role="status">
              {t("created", { name: org.name })}
            </Alert>
          </div>
        )}
        <dl className="mb-8 max-w-3xl">
          <DescriptionItem term={t("kind")}>{tk(org.kind)}</DescriptionItem>
          <DescriptionItem term={t("orgNumber")}>{formatOrgNumber(org.orgNumber)}</DescriptionItem>
          <DescriptionItem term={t("place")}>{org.county ? `${org.city}, ${org.county}` : org.city}</DescriptionItem>
          {org.municipalityNumber && (
            <DescriptionItem term={t("municipalityNumber")}>{org.municipalityNumber}</DescriptionItem>
          )}
          <DescriptionItem term={t("status")}>
            {org.deactivated ? (
              <Badge tone="warning">{(await getTranslations("admin.organizations"))("deactivated")}</Badge>
            ) : (
              <Badge tone="success">{(await getTranslations("admin.organizations"))("active")}</Badge>
            )}
          </DescriptionItem>
        </dl>
        <section aria-labelledby="people-heading" className="mb-10 flex flex-col gap-3">
          <h2 id="people-heading" className="text-xl font-semibold">
            {t("peopleHeading")}
          </h2>
          {org.people.length === 0 ? (
            <EmptyState>{t("peopleEmpty")}</EmptyState>
          ) : (
            <Table caption={t("peopleCaption", { name: org.name })} cards>
              <thead>
                <tr>
                  <Th>{t("name")}</Th>
                  <Th>{t("email")}</Th>
                  <Th>{t("role")}</Th>
                  <Th>{t("personStatus")}</Th>
                </tr>
              </thead>
              <tbody>
                {org.people.map((p) => (
                  <tr key={`${p.email}:${p.role}`}>
                    <Td>{p.name ?? p.email}</Td>
                    <Td label={t("email")} className="break-all">
                      {p.email}
                    </Td>
                    <Td label={t("role")}>
                      {tr(p.role)} {p.isAdmin && <Badge tone="info">{t("admin")}</Badge>}
                    </Td>
                    <Td label={t("personStatus")}>
                      {p.status === "invited"
                        ? t("invitedPerson")
                        : p.status === "active"
                          ? t("activePerson")
                          : t("deactivatedPerson")}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </section>
        {adminRole && (
          <section aria-labelledby="invite-heading" className="mb-10 flex flex-col gap-3">
            <h2 id="invite-heading" className="text-xl font-semibold">
              {t("inviteHeading")}
            </h2>
            <p className="max-w-prose">{t("inviteInfo", { role: tr(adminRole), name: org.name })}</p>
            <InviteAdminForm organizationId={org.id} />
          </section>
        )}
        <section aria-labelledby="access-heading" className="mb-10 flex flex-col gap-3">
          <h2 id="access-heading" className="text-xl font-semibold">
            {t("accessHeading")}
          </h2>
          {org.deactivated ? (
            <>
              <p className="max-w-prose">{t("deactivatedInfo")}</p>
              <ReactivateForm organizationId={org.id} />
            </>
          ) : (
            <p>
              <Link href={`/admin/organizations/${org.id}/deactivate`}>{t("deactivate")}</Link>
            </p>
          )}
        </section>
        <p>
          <Link href="/admin">{t("back")}</Link>
        </p>
      </>
    </ClientMessages>
  );
}
