import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { Timeline } from "@/components/follow-ups/timeline";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { employerTimeline } from "@/lib/timeline/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("followUps.employer"))("metaTitle") };
}

const PAGE_SIZE = 50;

export default async function EmployerTimelinePage({
  params,
  searchParams,
}: {
  params: Promise<{ employerId: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const ctx = await requireCtx("followups.write");
  const { employerId } = await params;
  const page = z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .catch(1)
    .parse((await searchParams).page);
  const { employer, events, total } = await orNotFound(
    employerTimeline(ctx, employerId, { page, pageSize: PAGE_SIZE }),
  );
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const t = await getTranslations("followUps.employer");
  const tf = await getTranslations("followUps");
  return (
    <>
      <PageHeader
        title={t("title", { name: employer.name })}
        lead={t("lead", { municipality: ctx.membership.organizationName })}
      >
        <p className="no-print">
          <Link href="/follow-ups">{t("back")}</Link>
        </p>
      </PageHeader>
      {total === 0 ? (
        <EmptyState action={<Link href="/participants">{tf("emptyAction")}</Link>}>{t("empty")}</EmptyState>
      ) : (
        <Timeline events={events} show="participant" headingLevel={2} />
      )}
      <Pagination page={page} pages={pages} href={(p) => `/follow-ups/employers/${employer.id}?page=${p}`} />
    </>
  );
}
