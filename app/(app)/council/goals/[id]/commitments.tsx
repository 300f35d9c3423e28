import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { CommitmentStatus } from "@/db/schema/council";
import type { Ctx } from "@/lib/auth/session";
import type { CouncilInScope } from "@/lib/council/data/council";
import { listCommitments } from "@/lib/goals/data/contributions";
import { formatDate } from "@/lib/i18n/format";
import { setCommitmentStatusAction } from "../actions";
import { CommitmentStatusForm } from "./commitment-status-form";

const TONES: Record<CommitmentStatus, "neutral" | "info" | "success" | "warning"> = {
  planned: "neutral",
  in_progress: "info",
  delivered: "success",
  dropped: "warning",
};

/** The members' commitments; each member changes the status of its own (the secretariat of any). */
export async function Commitments({
  ctx,
  scope,
  goalId,
  mayChange,
}: {
  ctx: Ctx;
  scope: CouncilInScope;
  goalId: string;
  mayChange: boolean;
}) {
  const t = await getTranslations("commitments");
  const locale = await getLocale();
  const rows = (await listCommitments(ctx, scope, goalId)).map((r) => ({ ...r, mine: mayChange && r.mine }));
  const anyMine = rows.some((r) => r.mine);
  return (
    <div>
      <h2 id="commitments-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="mb-3 text-muted">{t("lead")}</p>
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <Table caption={t("caption")}>
          <thead>
            <tr>
              <Th>{t("organization")}</Th>
              <Th>{t("what")}</Th>
              <Th>{t("description")}</Th>
              <Th>{t("status")}</Th>
              {anyMine && <Th>{t("change")}</Th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <Td>{r.organizationName}</Td>
                <Td className="whitespace-nowrap">
                  {r.amount === null ? t(`kinds.${r.kind}`) : t(`amounts.${r.kind}`, { amount: r.amount })}
                </Td>
                <Td>{r.description}</Td>
                <Td>
                  <Badge tone={TONES[r.status]}>{t(`statuses.${r.status}`)}</Badge>
                  {r.status === "delivered" && r.deliveredAt && (
                    <span className="mt-1 block text-sm">
                      {t("delivered")} {formatDate(r.deliveredAt, locale)}
                    </span>
                  )}
                </Td>
                {anyMine && (
                  <Td>
                    {r.mine && (
                      <CommitmentStatusForm
                        action={setCommitmentStatusAction}
                        id={r.id}
                        version={r.version}
                        status={r.status}
                        description={r.description}
                      />
                    )}
                  </Td>
                )}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
