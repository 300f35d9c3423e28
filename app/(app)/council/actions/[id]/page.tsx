import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { DescriptionItem } from "@/components/ui/description-item";
import { PageHeader } from "@/components/ui/page-header";
import { mayChangeStatus } from "@/lib/action-items/access";
import { getActionItem, listActionComments } from "@/lib/action-items/data/action-items";
import { nextStatuses } from "@/lib/action-items/rules";
import { can } from "@/lib/auth/permissions";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { loadCouncil } from "@/lib/council/data/council";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { osloDate } from "@/lib/time/oslo";
import { addActionCommentAction, setActionStatusAction } from "../actions";
import { ActionStatusBadges } from "../item-table";
import { ActionCommentForm } from "./comment-form";
import { ActionStatusForm } from "./status-form";
import { ClientMessages } from "@/components/i18n/client-messages";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

async function load(id: string) {
  const ctx = await requireCtx("council.read");
  const scope = await loadCouncil(ctx);
  if (!scope) notFound();
  return { ctx, scope, item: await orNotFound(getActionItem(scope, id)) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { item } = await load((await params).id);
  return { title: item.title };
}

export default async function ActionItemPage({ params, searchParams }: Props) {
  const { ctx, scope, item } = await load((await params).id);
  const { saved } = await searchParams;
  const t = await getTranslations("actionItems");
  const locale = await getLocale();
  const today = osloDate(new Date());
  const comments = await listActionComments(item);
  const contributes = can(ctx.membership.role, "council.contribute");
  const mayChange = contributes && mayChangeStatus(scope.role, item, ctx.membership.organizationId);

  return (
    <ClientMessages namespaces={["actionItems"]}>
      <>
        <p className="no-print mb-4">
          <Link href="/council/actions">{t("detail.back")}</Link>
        </p>
        <PageHeader title={item.title}>
          <div>
            <ActionStatusBadges item={item} today={today} />
          </div>
        </PageHeader>
        {saved === "created" && (
          <div className="mb-6">
            <Alert tone="success" role="status">
              {t("detail.created")}
            </Alert>
          </div>
        )}
        <dl className="mb-8 max-w-3xl">
          <DescriptionItem term={t("detail.ownerOrg")}>{item.ownerOrgName}</DescriptionItem>
          <DescriptionItem term={t("detail.ownerPerson")}>{item.ownerName ?? t("detail.notSet")}</DescriptionItem>
          <DescriptionItem term={t("detail.dueOn")}>{formatDate(new Date(item.dueOn), locale)}</DescriptionItem>
          <DescriptionItem term={t("detail.status")}>{t(`statuses.${item.status}`)}</DescriptionItem>
          {item.doneAt && (
            <DescriptionItem term={t("detail.doneAt")}>{formatDate(item.doneAt, locale)}</DescriptionItem>
          )}
          <DescriptionItem term={t("detail.meeting")}>
            {item.meetingId ? (
              <Link href={`/council/meetings/${item.meetingId}`}>{item.meetingTitle}</Link>
            ) : (
              t("detail.notSet")
            )}
          </DescriptionItem>
          <DescriptionItem term={t("detail.createdBy")}>
            {(item.createdByName ?? t("detail.formerUser")) + ", " + formatDateTime(item.createdAt, locale)}
          </DescriptionItem>
        </dl>
        <div className="mb-8">
          {mayChange ? (
            <ActionStatusForm
              action={setActionStatusAction}
              id={item.id}
              version={item.version}
              targets={nextStatuses(item.status)}
            />
          ) : (
            <p>{t("detail.readOnly", { org: item.ownerOrgName })}</p>
          )}
        </div>
        <section aria-labelledby="comments-title" className="flex flex-col gap-4">
          <h2 id="comments-title" className="text-xl font-semibold">
            {t("detail.comments")}
          </h2>
          {comments.length === 0 ? (
            <p>{t("detail.noComments")}</p>
          ) : (
            <ol className="flex max-w-2xl flex-col gap-3">
              {comments.map((c) => (
                <li key={c.id} className="rounded border border-line p-3">
                  <p className="mb-1 text-sm font-semibold">
                    {t("detail.commentBy", {
                      name: c.authorName ?? t("detail.formerUser"),
                      time: formatDateTime(c.createdAt, locale),
                    })}
                  </p>
                  <p className="whitespace-pre-line">{c.body}</p>
                </li>
              ))}
            </ol>
          )}
          {contributes && <ActionCommentForm action={addActionCommentAction} id={item.id} />}
        </section>
      </>
    </ClientMessages>
  );
}
