import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireCtx } from "@/lib/auth/session";
import { listPeople } from "@/lib/people/data/people";
import { assignableRoles, usesAdminFlag } from "@/lib/people/access";
import { InviteForm } from "./invite-form";
import { AccessControl, RoleForm } from "./person-actions";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people"))("title") };
}

export default async function PeoplePage() {
  const ctx = await requireCtx("people.manage");
  // Association staff without the admin flag have the permission's role but not the right.
  const assignable = assignableRoles(ctx.membership);
  if (!assignable) notFound();
  const t = await getTranslations("people");
  const tr = await getTranslations("roles");
  const people = await listPeople(ctx);
  const roles = assignable.map((r) => ({ value: r, label: tr(r) }));
  const withAdminFlag = usesAdminFlag(ctx.membership);
  // An employer has one role to give, so there is nothing to change, only access to end.
  const canChangeRole = roles.length > 1 || withAdminFlag;
  return (
    <ClientMessages namespaces={["people"]}>
      <>
        <PageHeader title={t("title")} lead={t("lead", { organization: ctx.membership.organizationName })} />
        <section aria-labelledby="invite-heading" className="mb-10 flex flex-col gap-3">
          <h2 id="invite-heading" className="text-xl font-semibold">
            {t("inviteHeading")}
          </h2>
          <p className="max-w-prose">{t("inviteInfo")}</p>
          <InviteForm roles={roles} withAdminFlag={withAdminFlag} />
        </section>
        <section aria-labelledby="list-heading" className="flex flex-col gap-3">
          <h2 id="list-heading" className="text-xl font-semibold">
            {t("listHeading")}
          </h2>
          {people.length === 0 ? (
            <EmptyState>{t("empty")}</EmptyState>
          ) : (
            <Table caption={t("caption", { organization: ctx.membership.organizationName })}>
              <thead>
                <tr>
                  <Th>{t("name")}</Th>
                  <Th>{t("email")}</Th>
                  <Th>{t("role")}</Th>
                  <Th>{t("status")}</Th>
                  <Th>{t("actions")}</Th>
                </tr>
              </thead>
              <tbody>
                {people.map((p) => {
                  const row = {
                    membershipId: p.membershipId,
                    name: p.name,
                    role: p.role,
                    isAdmin: p.isAdmin,
                    deactivated: p.status === "deactivated",
                    invited: p.status === "invited",
                    isSelf: p.isSelf,
                  };
                  return (
                    <tr key={p.membershipId}>
                      <Td>
                        {p.name} {p.isSelf && <span className="text-muted">{t("you")}</span>}
                      </Td>
                      <Td className="break-all">{p.email}</Td>
                      <Td>
                        {canChangeRole && !p.isSelf ? (
                          <RoleForm person={row} roles={roles} withAdminFlag={withAdminFlag} />
                        ) : (
                          <>
                            {tr(p.role)} {p.isAdmin && <Badge tone="info">{t("admin")}</Badge>}
                          </>
                        )}
                      </Td>
                      <Td>
                        <Badge tone={p.status === "active" ? "success" : p.status === "invited" ? "info" : "neutral"}>
                          {t(`statuses.${p.status}`)}
                        </Badge>
                      </Td>
                      <Td>
                        <AccessControl person={row} />
                      </Td>
                    </tr>
                  );
                })}
              </tbody>
            </Table>
          )}
        </section>
      </>
    </ClientMessages>
  );
}
