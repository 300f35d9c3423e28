import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EmployerHistoryView } from "@/components/employers/history";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { employerHistory, getEmployer } from "@/lib/employers/data/employers";
import { formatDate } from "@/lib/i18n/format";
import { formatOrgNumber } from "@/lib/organizations/rules";
import { listStaff } from "@/lib/participants/data";
import { ContactForm } from "./contact-form";
import { ContactPersonForm } from "./contact-person-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("employers.detail"))("metaTitle") };
}

export default async function EmployerPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireCtx("employers.read");
  const { id } = await params;
  const [employer, history] = await Promise.all([
    orNotFound(getEmployer(ctx, id)),
    orNotFound(employerHistory(ctx, id)),
  ]);
  const manage = can(ctx.membership.role, "employers.manage");
  const staff = manage ? await listStaff(ctx) : [];
  const t = await getTranslations("employers");
  const td = await getTranslations("employers.detail");
  const tc = await getTranslations("employers.contact");
  const ti = await getTranslations("employers.invite");
  const th = await getTranslations("employers.history");
  const locale = await getLocale();
  const notSet = <span className="text-muted">{td("notSet")}</span>;

  return (
    <ClientMessages namespaces={["employers.contact", "employers.invite"]}>
      <>
        <PageHeader title={employer.name} lead={employer.industry ? t(`industries.${employer.industry}`) : undefined}>
          <p className="no-print">
            <Link href="/employers">{td("back")}</Link>
          </p>
        </PageHeader>

        <div className="grid gap-8 lg:grid-cols-2">
          <section aria-labelledby="profile-heading" className="flex flex-col gap-3">
            <h2 id="profile-heading" className="text-xl font-semibold">
              {td("profile")}
            </h2>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
              <dt className="font-semibold">{td("orgNumber")}</dt>
              <dd>{formatOrgNumber(employer.orgNumber)}</dd>
              <dt className="font-semibold">{td("sizeBand")}</dt>
              <dd>{employer.sizeBand ? t(`sizeBands.${employer.sizeBand}`) : notSet}</dd>
              <dt className="font-semibold">{td("address")}</dt>
              <dd>{employer.address ?? notSet}</dd>
              <dt className="font-semibold">{td("area")}</dt>
              <dd>{employer.area ?? notSet}</dd>
              <dt className="font-semibold">{td("website")}</dt>
              <dd>
                {employer.website ? (
                  <a href={employer.website}>{employer.website.replace(/^https?:\/\//, "")}</a>
                ) : (
                  notSet
                )}
              </dd>
              <dt className="font-semibold">{td("associations")}</dt>
              <dd>
                {employer.associations.length ? employer.associations.map((a) => a.name).join(", ") : td("notMember")}
              </dd>
            </dl>
            {manage && (
              <p className="no-print">
                <Link href={`/employers/${employer.id}/edit`}>{td("editProfile")}</Link>
              </p>
            )}
          </section>

          <section aria-labelledby="contact-heading" className="flex flex-col gap-3">
            <h2 id="contact-heading" className="text-xl font-semibold">
              {tc("heading")}
            </h2>
            <p>{tc("lead")}</p>
            <p className="font-semibold">
              {employer.contactPerson
                ? tc("current", { name: employer.contactPerson.name, email: employer.contactPerson.email })
                : tc("noneYet")}
            </p>
            {manage && (
              <ContactPersonForm
                employerId={employer.id}
                current={employer.contactPerson?.id ?? null}
                staff={staff.map((s) => ({ value: s.id, label: s.name }))}
              />
            )}
          </section>
        </div>

        <section aria-labelledby="people-heading" className="mt-10 flex flex-col gap-3">
          <h2 id="people-heading" className="text-xl font-semibold">
            {td("contactPeople")}
          </h2>
          {employer.contacts.length === 0 ? (
            <p>{td("contactPeopleEmpty")}</p>
          ) : (
            <Table caption={td("contactPeople")}>
              <thead>
                <tr>
                  <Th>{td("contactName")}</Th>
                  <Th>{td("contactTitle")}</Th>
                  <Th>{td("contactEmail")}</Th>
                  <Th>{td("contactPhone")}</Th>
                  <Th>{td("access")}</Th>
                </tr>
              </thead>
              <tbody>
                {employer.contacts.map((c) => (
                  <tr key={c.id}>
                    <Td>{c.name}</Td>
                    <Td>{c.title ?? "–"}</Td>
                    <Td>{c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : "–"}</Td>
                    <Td>{c.phone ?? "–"}</Td>
                    <Td>
                      {c.hasAccount ? (
                        <Badge tone="success">
                          {c.invitedAt ? td("invitedOn", { date: formatDate(c.invitedAt, locale) }) : td("hasAccount")}
                        </Badge>
                      ) : (
                        <Badge>{td("noAccount")}</Badge>
                      )}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </section>

        {manage && (
          <section aria-labelledby="invite-heading" className="no-print mt-10 flex flex-col gap-3">
            <h2 id="invite-heading" className="text-xl font-semibold">
              {ti("heading")}
            </h2>
            <p className="max-w-prose">{ti("lead", { employer: employer.name })}</p>
            <ContactForm employerId={employer.id} />
          </section>
        )}

        <section aria-labelledby="history-heading" className="mt-10 flex flex-col gap-3">
          <h2 id="history-heading" className="text-xl font-semibold">
            {th("heading")}
          </h2>
          <p className="max-w-prose">{th("lead", { municipality: ctx.membership.organizationName })}</p>
          {can(ctx.membership.role, "followups.write") && (
            <p className="no-print">
              <Link href={`/follow-ups/employers/${employer.id}`}>{td("timelineLink")}</Link>
            </p>
          )}
          <EmployerHistoryView
            history={history}
            employerId={employer.id}
            municipality={ctx.membership.organizationName}
          />
        </section>
      </>
    </ClientMessages>
  );
}
