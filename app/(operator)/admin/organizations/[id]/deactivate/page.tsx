import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ConfirmForm } from "@/components/admin/confirm-form";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requireOperator } from "@/lib/auth/session";
import { getOrganization } from "@/lib/operators/data/organizations";
import { setOrganizationActiveAction } from "../../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.deactivate"))("title") };
}

/** The confirmation that names the organization and how many lose access before it is deactivated. */
export default async function DeactivateOrganizationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireOperator("organizations.manage");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const org = await orNotFound(getOrganization(user, id));
  if (org.deactivated) notFound();
  const t = await getTranslations("admin.deactivate");
  const withAccess = org.people.filter((p) => p.status !== "deactivated").length;
  return (
    <>
      <PageHeader title={t("title")} />
      <div className="flex max-w-prose flex-col gap-4">
        <p className="text-lg font-semibold">{t("question", { name: org.name })}</p>
        <p>{t("consequences", { count: withAccess })}</p>
        <ConfirmForm
          action={setOrganizationActiveAction}
          fields={{ organizationId: org.id, active: "no" }}
          submitLabel={t("submit", { name: org.name })}
          pendingText={t("working")}
          cancel={{ href: `/admin/organizations/${org.id}`, label: t("cancel") }}
          back={{ href: "/admin", label: t("back") }}
        />
      </div>
    </>
  );
}
