import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ConfirmForm } from "@/components/admin/confirm-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireOperator } from "@/lib/auth/session";
import { listOperators } from "@/lib/operators/data/operators";
import { removeOperatorAction } from "../../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.remove"))("title") };
}

/** The confirmation that names the operator before their access to /admin ends. */
export default async function RemoveOperatorPage({ params }: { params: Promise<{ userId: string }> }) {
  const user = await requireOperator("operators.manage");
  const { userId } = await params;
  const operators = await listOperators(user);
  const target = operators.find((o) => o.userId === decodeURIComponent(userId));
  if (!target || target.isSelf || operators.length < 2) notFound();
  const t = await getTranslations("admin.remove");
  const name = target.name ?? target.email;
  return (
    <>
      <PageHeader title={t("title")} />
      <div className="flex max-w-prose flex-col gap-4">
        <p className="text-lg font-semibold">{t("question", { name })}</p>
        <p>{t("consequences", { name })}</p>
        <ConfirmForm
          action={removeOperatorAction}
          fields={{ userId: target.userId }}
          submitLabel={t("submit", { name })}
          pendingText={t("working")}
          cancel={{ href: "/admin/operators", label: t("cancel") }}
          back={{ href: "/admin/operators", label: t("back") }}
        />
      </div>
    </>
  );
}
