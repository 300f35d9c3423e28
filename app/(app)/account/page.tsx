import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { listOwnSessions, ownDetails } from "@/lib/account/data";
import { requireCtx } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/i18n/format";
import { AccountForm, SignOutEverywhereForm } from "./account-form";
import { SESSION_COOKIES } from "@/lib/auth/session-cookie";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const ctx = await requireCtx("account.view");
  const t = await getTranslations("account");
  const tr = await getTranslations("roles");
  const locale = await getLocale();
  const jar = await cookies();
  const current = SESSION_COOKIES.map((n) => jar.get(n)?.value).find(Boolean);
  const [sessions, details] = await Promise.all([listOwnSessions(ctx, current), ownDetails(ctx)]);
  return (
    <ClientMessages namespaces={["account"]}>
      <>
        <PageHeader title={t("title")} lead={t("lead")} />
        <section aria-labelledby="details-heading" className="mb-10 flex flex-col gap-3">
          <h2 id="details-heading" className="text-xl font-semibold">
            {t("detailsHeading")}
          </h2>
          <p className="max-w-prose">
            <span className="font-semibold">{t("email")}: </span>
            {t("emailInfo", { email: ctx.email })}
          </p>
          <AccountForm initial={{ name: ctx.name, phone: details.phone ?? "", locale: details.locale ?? locale }} />
        </section>
        <section aria-labelledby="organizations-heading" className="mb-10 flex flex-col gap-3">
          <h2 id="organizations-heading" className="text-xl font-semibold">
            {t("organizationsHeading")}
          </h2>
          <Table caption={t("organizationsCaption")}>
            <thead>
              <tr>
                <Th>{t("organization")}</Th>
                <Th>{t("role")}</Th>
              </tr>
            </thead>
            <tbody>
              {ctx.memberships.map((m) => (
                <tr key={m.id}>
                  <Td>{m.organizationName}</Td>
                  <Td>
                    {tr(m.role)} {m.isAdmin && <Badge tone="info">{t("admin")}</Badge>}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </section>
        <section aria-labelledby="sessions-heading" className="flex flex-col gap-3">
          <h2 id="sessions-heading" className="text-xl font-semibold">
            {t("sessionsHeading")}
          </h2>
          {sessions.length === 0 ? (
            <p>{t("noSessions")}</p>
          ) : (
            <Table caption={t("sessionsCaption")}>
              <thead>
                <tr>
                  <Th>{t("session")}</Th>
                  <Th>{t("expires")}</Th>
                </tr>
              </thead>
              <tbody>
                {sessions.map((s) => (
                  <tr key={s.key}>
                    <Td>
                      {t("sessionNumber", { n: s.key + 1 })}{" "}
                      {s.current && <Badge tone="info">{t("thisBrowser")}</Badge>}
                    </Td>
                    <Td>{formatDateTime(s.expires, locale)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
          <p className="max-w-prose">{t("signOutEverywhereInfo")}</p>
          <SignOutEverywhereForm />
        </section>
      </>
    </ClientMessages>
  );
}
