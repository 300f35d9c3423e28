import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Select } from "@/components/ui/select";
import { Table, Td, Th } from "@/components/ui/table";
import { organizationKindEnum, type OrganizationKind } from "@/db/schema/organizations";
import { requireOperator } from "@/lib/auth/session";
import { listOrganizations } from "@/lib/operators/data/organizations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.organizations"))("title") };
}

const KINDS = organizationKindEnum.enumValues;

/** Every organization of the installation, filtered by kind, with its status and number of people. */
export default async function OrganizationsPage({ searchParams }: { searchParams: Promise<{ kind?: string }> }) {
  const user = await requireOperator("organizations.manage");
  const { kind: asked } = await searchParams;
  const kind = KINDS.find((k) => k === asked) as OrganizationKind | undefined;
  const t = await getTranslations("admin.organizations");
  const tk = await getTranslations("kinds");
  const rows = await listOrganizations(user, { kind });
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")}>
        <p className="flex flex-wrap gap-x-6 gap-y-2">
          <Link href="/admin/organizations/new-municipality">{t("newMunicipality")}</Link>
          <Link href="/admin/organizations/new">{t("newOrganization")}</Link>
        </p>
      </PageHeader>
      <form method="get" aria-label={t("filterLabel")} className="no-print mb-6 flex flex-wrap items-end gap-4">
        <Select
          name="kind"
          label={t("kindFilter")}
          defaultValue={kind ?? ""}
          options={[{ value: "", label: t("allKinds") }, ...KINDS.map((k) => ({ value: k, label: tk(k) }))]}
          className="w-auto"
        />
        <Button type="submit" variant="secondary">
          {t("show")}
        </Button>
      </form>
      {rows.length === 0 ? (
        <EmptyState action={!kind && <Link href="/admin/organizations/new-municipality">{t("newMunicipality")}</Link>}>
          {kind ? t("emptyKind") : t("empty")}
        </EmptyState>
      ) : (
        <Table caption={t("caption", { count: rows.length })} cards>
          <thead>
            <tr>
              <Th>{t("name")}</Th>
              <Th>{t("kind")}</Th>
              <Th>{t("place")}</Th>
              <Th>{t("status")}</Th>
              <Th className="text-right">{t("people")}</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((o) => (
              <tr key={o.id}>
                <Td>
                  <Link href={`/admin/organizations/${o.id}`}>{o.name}</Link>
                </Td>
                <Td label={t("kind")}>{tk(o.kind)}</Td>
                <Td label={t("place")}>{o.county ? `${o.city}, ${o.county}` : o.city}</Td>
                <Td label={t("status")}>
                  {o.deactivated ? (
                    <Badge tone="warning">{t("deactivated")}</Badge>
                  ) : (
                    <Badge tone="success">{t("active")}</Badge>
                  )}
                </Td>
                <Td label={t("people")} className="sm:text-right">
                  {o.people}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
