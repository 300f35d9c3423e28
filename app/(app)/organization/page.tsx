import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireCtx } from "@/lib/auth/session";
import { getOwnOrganization, listMembers } from "@/lib/organizations/data";
import { formatOrgNumber } from "@/lib/organizations/rules";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organization"))("title") };
}

export default async function OrganizationPage() {
  const ctx = await requireCtx("organization.read");
  const t = await getTranslations("organization");
  const tk = await getTranslations("kinds");
  const tr = await getTranslations("roles");
  const [org, members] = await Promise.all([getOwnOrganization(ctx), listMembers(ctx)]);
  return (
    <>
      <PageHeader title={org.name} lead={tk(org.kind)} />
      <section aria-labelledby="details" className="mb-8">
        <h2 id="details" className="mb-3 text-xl font-semibold">
          {t("details")}
        </h2>
        <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-2">
          <dt className="font-semibold">{t("orgNumber")}</dt>
          <dd>{formatOrgNumber(org.orgNumber)}</dd>
          <dt className="font-semibold">{t("kind")}</dt>
          <dd>{tk(org.kind)}</dd>
          <dt className="font-semibold">{t("city")}</dt>
          <dd>{org.city}</dd>
        </dl>
      </section>
      <h2 className="mb-3 text-xl font-semibold">{t("people")}</h2>
      {members.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <Table caption={t("peopleCaption", { organization: org.name })}>
          <thead>
            <tr>
              <Th>{t("personName")}</Th>
              <Th>{t("email")}</Th>
              <Th>{t("role")}</Th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={`${m.email}-${m.role}`}>
                <Td>{m.name}</Td>
                <Td>{m.email}</Td>
                <Td>
                  {tr(m.role)} {m.isAdmin && <Badge tone="info">{t("admin")}</Badge>}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
