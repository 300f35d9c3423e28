import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireOperator } from "@/lib/auth/session";
import { listOperators } from "@/lib/operators/data/operators";
import { InviteOperatorForm } from "./invite-operator-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.operators"))("title") };
}

export default async function OperatorsPage() {
  const user = await requireOperator("operators.manage");
  const t = await getTranslations("admin.operators");
  const format = await getFormatter();
  const rows = await listOperators(user);
  // The last operator cannot be removed, so with one there is nothing to offer.
  const removable = rows.length > 1;
  return (
    <ClientMessages namespaces={["admin.operators"]}>
      <>
        <PageHeader title={t("title")} lead={t("lead")} />
        <section aria-labelledby="list-heading" className="mb-10 flex flex-col gap-3">
          <Table caption={t("caption", { count: rows.length })} cards>
            <thead>
              <tr>
                <Th>{t("name")}</Th>
                <Th>{t("email")}</Th>
                <Th>{t("since")}</Th>
                <Th>{t("invitedBy")}</Th>
                <Th>{t("actions")}</Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((o) => (
                <tr key={o.userId}>
                  <Td>
                    {o.name ?? o.email} {o.isSelf && <span className="text-muted">{t("you")}</span>}
                  </Td>
                  <Td label={t("email")} className="break-all">
                    {o.email}
                  </Td>
                  <Td label={t("since")}>
                    {format.dateTime(o.since, { dateStyle: "short", timeZone: "Europe/Oslo" })}
                  </Td>
                  <Td label={t("invitedBy")}>{o.invitedByName ?? t("setupLink")}</Td>
                  <Td label={t("actions")}>
                    {removable && !o.isSelf && (
                      <Link href={`/admin/operators/${encodeURIComponent(o.userId)}/remove`}>
                        {t("remove", { name: o.name ?? o.email })}
                      </Link>
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </section>
        <section aria-labelledby="invite-heading" className="flex flex-col gap-3">
          <h2 id="invite-heading" className="text-xl font-semibold">
            {t("inviteHeading")}
          </h2>
          <p className="max-w-prose">{t("inviteInfo")}</p>
          <InviteOperatorForm />
        </section>
      </>
    </ClientMessages>
  );
}
