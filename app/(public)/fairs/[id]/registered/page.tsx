import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/layout/public-shell";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getPublicFair } from "@/lib/fair-candidates/data/public";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ status?: string }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const t = await getTranslations("publicFair.receipt");
  return { title: (await searchParams).status === "waitlisted" ? t("waitlistedTitle") : t("title") };
}

/** The receipt after registering: what was saved and what happens next. Nothing personal in the address. */
export default async function RegisteredPage({ params, searchParams }: Props) {
  const fair = await getPublicFair((await params).id);
  if (!fair) notFound();
  const waitlisted = (await searchParams).status === "waitlisted";
  const t = await getTranslations("publicFair.receipt");
  return (
    <PublicShell>
      <PageHeader title={waitlisted ? t("waitlistedTitle") : t("title")} lead={fair.title} />
      <Alert tone="success" role="status">
        <p>{waitlisted ? t("waitlisted") : t("registered")}</p>
      </Alert>
      <h2 className="mt-8 mb-3 text-xl font-semibold">{t("nextTitle")}</h2>
      <ol className="max-w-prose list-decimal space-y-2 pl-6">
        <li>{t("next1")}</li>
        <li>{t("next2")}</li>
        <li>{t("next3")}</li>
        <li>{t("next4")}</li>
      </ol>
      <p className="mt-6 max-w-prose">{t("noEmail")}</p>
      <p className="mt-6">
        <Link href={`/fairs/${fair.id}`}>{t("back")}</Link>
      </p>
    </PublicShell>
  );
}
