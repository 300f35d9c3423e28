"use client";
import { useTranslations } from "next-intl";
import { Table, Td, Th } from "@/components/ui/table";
import type { MemberReportRow, ProfileDifference } from "@/lib/members/rules";

/**
 * Where the file differs from a known employer's profile. The import never writes these: the
 * employer maintains its own profile, so the association sees them only as proposals.
 */
export function ProposedChanges({ rows }: { rows: MemberReportRow[] }) {
  const t = useTranslations("members.import");
  const te = useTranslations("employers");
  const proposals = rows.flatMap((r) => (r.proposed ?? []).map((d) => ({ row: r, d })));
  if (proposals.length === 0) return null;

  const show = (d: ProfileDifference, value: string | null) => {
    if (value === null) return t("none");
    if (d.field === "industry") return te(`industries.${value}`);
    if (d.field === "sizeBand") return te(`sizeBands.${value}`);
    return value;
  };

  return (
    <div className="flex flex-col gap-2">
      <p className="max-w-prose">{t("proposed.lead")}</p>
      <Table caption={t("proposed.caption", { count: proposals.length })}>
        <thead>
          <tr>
            <Th>{t("line")}</Th>
            <Th>{t("orgNumber")}</Th>
            <Th>{t("name")}</Th>
            <Th>{t("proposed.field")}</Th>
            <Th>{t("proposed.current")}</Th>
            <Th>{t("proposed.file")}</Th>
          </tr>
        </thead>
        <tbody>
          {proposals.map(({ row, d }) => (
            <tr key={`${row.line}-${d.field}`}>
              <Td>{row.line}</Td>
              <Td>{row.orgNumber}</Td>
              <Td>{row.name}</Td>
              <Td>{t(`columns.${d.field}`)}</Td>
              <Td>{show(d, d.current)}</Td>
              <Td>{show(d, d.file)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
