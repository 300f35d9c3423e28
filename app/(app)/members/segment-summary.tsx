import { getLocale, getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { SIZE_BANDS } from "@/lib/employers/rules";
import { formatNumber } from "@/lib/i18n/format";
import type { SegmentCount } from "@/lib/members/data";

/** Members per industry (rows) and size band (columns): the segments a campaign can target. */
export async function SegmentSummary({ segments }: { segments: SegmentCount[] }) {
  const t = await getTranslations("members");
  const te = await getTranslations("employers");
  const locale = await getLocale();
  const n = (x: number) => formatNumber(x, locale);
  const industries = [...new Set(segments.map((s) => s.industry))];
  const bands = [...SIZE_BANDS, null].filter((b) => segments.some((s) => s.sizeBand === b));
  const cell = (industry: string | null, band: string | null) =>
    segments.find((s) => s.industry === industry && s.sizeBand === band)?.members ?? 0;
  const label = (industry: string | null) => (industry ? te(`industries.${industry}`) : t("unknownIndustry"));
  return (
    <details className="mb-6">
      <summary className="cursor-pointer font-semibold">{t("segmentsTitle")}</summary>
      <div className="mt-3">
        <Table caption={t("segmentsCaption")}>
          <thead>
            <tr>
              <Th>{t("industry")}</Th>
              {bands.map((b) => (
                <Th key={b ?? "none"} className="text-right">
                  {b ? te(`sizeBands.${b}`) : t("unknownSize")}
                </Th>
              ))}
              <Th className="text-right">{t("segmentTotal")}</Th>
            </tr>
          </thead>
          <tbody>
            {industries.map((i) => (
              <tr key={i ?? "none"}>
                <th scope="row" className="border-b border-line px-3 py-2 text-left align-top font-normal">
                  {label(i)}
                </th>
                {bands.map((b) => (
                  <Td key={b ?? "none"} className="text-right">
                    {n(cell(i, b))}
                  </Td>
                ))}
                <Td className="text-right font-semibold">
                  {n(segments.filter((s) => s.industry === i).reduce((a, s) => a + s.members, 0))}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
    </details>
  );
}
