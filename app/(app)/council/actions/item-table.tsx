import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { ActionStatus } from "@/db/schema";
import type { ActionItemRow } from "@/lib/action-items/data/action-items";
import { isOverdue } from "@/lib/action-items/rules";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";

const TONES: Record<ActionStatus, "neutral" | "info" | "success"> = {
  open: "neutral",
  in_progress: "info",
  done: "success",
  dropped: "neutral",
};

/** An item's status, and "Overdue" in words (not colour alone) when it is past its due date. */
export async function ActionStatusBadges({
  item,
  today,
}: {
  item: { status: ActionStatus; dueOn: string };
  today: string;
}) {
  const t = await getTranslations("actionItems");
  return (
    <span className="inline-flex flex-wrap gap-2">
      <Badge tone={TONES[item.status]}>{t(`statuses.${item.status}`)}</Badge>
      {isOverdue(item, today) && <Badge tone="danger">{t("overdue")}</Badge>}
    </span>
  );
}

export async function ActionItemTable({
  rows,
  caption,
  today,
  locale,
  showOwner = true,
}: {
  rows: ActionItemRow[];
  caption: string;
  today: string;
  locale: Locale;
  showOwner?: boolean;
}) {
  const t = await getTranslations("actionItems");
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{t("item")}</Th>
          {showOwner && <Th>{t("ownerColumn")}</Th>}
          <Th>{t("dueOn")}</Th>
          <Th>{t("status")}</Th>
          <Th>{t("meeting")}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className={isOverdue(r, today) ? "bg-red-50" : undefined}>
            <Td>
              <Link href={`/council/actions/${r.id}`}>{r.title}</Link>
            </Td>
            {showOwner && (
              <Td>
                {r.ownerOrgName}
                {r.ownerName && <span className="block text-sm text-muted">{r.ownerName}</span>}
              </Td>
            )}
            <Td className="whitespace-nowrap">{formatDate(new Date(r.dueOn), locale)}</Td>
            <Td>
              <ActionStatusBadges item={r} today={today} />
            </Td>
            <Td>{r.meetingTitle ?? "–"}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
