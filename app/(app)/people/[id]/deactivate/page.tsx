import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { getPerson } from "@/lib/people/data/people";
import { DeactivateForm } from "./deactivate-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("people.confirm"))("title") };
}

/** The confirmation that names the person before their access ends. */
export default async function DeactivatePage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireCtx("people.manage");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const person = await orNotFound(getPerson(ctx, id));
  if (person.isSelf || person.status === "deactivated") notFound();
  const t = await getTranslations("people.confirm");
  const organization = ctx.membership.organizationName;
  return (
    <ClientMessages namespaces={["people.confirm"]}>
      <>
        <PageHeader title={t("title")} />
        <div className="flex max-w-prose flex-col gap-4">
          <p className="text-lg font-semibold">{t("question", { name: person.name, email: person.email })}</p>
          <p>
            {person.elsewhere
              ? t("elsewhere", { name: person.name, organization })
              : t("consequences", { name: person.name })}
          </p>
          <DeactivateForm
            membershipId={person.membershipId}
            submitLabel={person.elsewhere ? t("removeSubmit", { organization }) : t("submit")}
            done={{
              deactivated: t("deactivated", { name: person.name }),
              membershipRemoved: t("membershipRemoved", { name: person.name, organization }),
            }}
          />
        </div>
      </>
    </ClientMessages>
  );
}
