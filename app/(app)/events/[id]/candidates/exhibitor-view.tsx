import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CefrGlossary } from "@/components/placements/cefr-glossary";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import type { Ctx } from "@/lib/auth/session";
import { listForExhibitor } from "@/lib/fair-candidates/data/staff";
import { occupationLabel } from "@/lib/occupations/rules";
import { setEmployerWishAction } from "./actions";
import { RowActionForm } from "./row-forms";

/** An exhibitor: consented profiles only (no email or phone), who wants to meet them, and whom they want to meet. */
export async function ExhibitorView({ ctx, eventId }: { ctx: Ctx; eventId: string }) {
  const t = await getTranslations("fairCandidates");
  const tx = await getTranslations("fairCandidates.exhibitor");
  const tp = await getTranslations("publicFair.education");
  const locale = await getLocale();
  const { stand, rows } = await listForExhibitor(ctx, eventId);
  if (!stand) {
    return (
      <>
        <PageHeader title={t("title")} />
        <EmptyState action={<Link href={`/events/${eventId}/stand`}>{tx("registerStand")}</Link>}>
          {tx("noStand")}
        </EmptyState>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t("title")} lead={tx("lead")} />
      {rows.length === 0 ? (
        <EmptyState>{tx("empty")}</EmptyState>
      ) : (
        <Table caption={tx("caption", { count: rows.length })}>
          <thead>
            <tr>
              <Th>{t("columns.name")}</Th>
              <Th>{t("columns.education")}</Th>
              <Th>{t("columns.occupations")}</Th>
              <Th>{tx("languages")}</Th>
              <Th>{tx("wishes")}</Th>
              <Th>
                <span className="sr-only">{t("columns.actions")}</span>
              </Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <Td>{r.name}</Td>
                <Td>{[tp(r.educationLevel), r.educationField].filter(Boolean).join(", ")}</Td>
                <Td className="text-sm">{r.occupations.map((o) => occupationLabel(o, locale)).join(", ")}</Td>
                <Td>
                  {[
                    r.norwegianLevel && tx("norwegian", { level: r.norwegianLevel }),
                    r.englishLevel && tx("english", { level: r.englishLevel }),
                  ]
                    .filter(Boolean)
                    .join(", ")}
                </Td>
                <Td>
                  <div className="flex flex-col items-start gap-1">
                    {r.wishedUs && <Badge tone="info">{tx("wishedUs")}</Badge>}
                    {r.weWish && <Badge tone="success">{tx("weWish")}</Badge>}
                  </div>
                </Td>
                <Td>
                  <RowActionForm
                    action={setEmployerWishAction}
                    fields={{ eventId, candidateId: r.id, want: r.weWish ? "no" : "yes" }}
                    label={r.weWish ? tx("unwant", { name: r.name }) : tx("want", { name: r.name })}
                    variant={r.weWish ? "link" : "secondary"}
                  />
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {rows.some((r) => r.norwegianLevel || r.englishLevel) && <CefrGlossary className="mt-4" />}
    </>
  );
}
