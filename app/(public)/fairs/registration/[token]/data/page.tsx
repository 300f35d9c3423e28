import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PublicShell } from "@/components/layout/public-shell";
import { DescriptionItem } from "@/components/ui/description-item";
import { PageHeader } from "@/components/ui/page-header";
import { PrintButton } from "@/components/ui/print-button";
import { NotFoundError } from "@/lib/auth/errors";
import { exportByToken } from "@/lib/fair-candidates/data/export";
import { formatDateTime } from "@/lib/i18n/format";
import { isLocale } from "@/lib/i18n/locale";
import { occupationLabel } from "@/lib/occupations/rules";
import { candidateOutline, nestedAs } from "@/lib/privacy/candidate";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };
type Row = Record<string, unknown>;

/** A nested section (an email's delivery attempts), not a field. */
const isRowList = (v: unknown) => Array.isArray(v) && v.some((x) => typeof x === "object" && x !== null);

async function load(token: string) {
  try {
    return await exportByToken(token);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
}

export async function generateMetadata(): Promise<Metadata> {
  // The address holds the candidate's key: keep it out of search engines.
  return { title: (await getTranslations("publicFair.myData"))("title"), robots: { index: false, follow: false } };
}

/**
 * Everything stored about a public candidate, by the register's sections, to read or print
 * (GDPR art. 15). Fields with a plain-language name are shown; the download has every field.
 */
export default async function MyDataPage({ params }: Props) {
  const { token } = await params;
  const data = await load(token);
  const t = await getTranslations("publicFair.myData");
  const all = await getTranslations();
  const locale = await getLocale();
  const rows = (v: unknown): Row[] => (Array.isArray(v) ? (v as Row[]) : v ? [v as Row] : []);

  const text = (key: string, v: unknown): string => {
    if (v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0)) return "–";
    if (v instanceof Date) return formatDateTime(v, locale);
    if (typeof v === "boolean") return v ? t("yes") : t("no");
    if (key === "occupations" && Array.isArray(v)) return v.map((o) => occupationLabel(String(o), locale)).join("\n");
    // Rounds and tables are counted from 0 in the database and from 1 on the schedule.
    if ((key === "round" || key === "tableNo") && typeof v === "number") return String(v + 1);
    if (key === "educationLevel") return all(`publicFair.education.${String(v)}`);
    if (key === "kind" && all.has(`leads.kinds.${String(v)}`)) return all(`leads.kinds.${String(v)}`);
    if (key === "locale" && typeof v === "string" && isLocale(v)) return t(`values.locale.${v}`);
    if (t.has(`values.${key}.${String(v)}`)) return t(`values.${key}.${String(v)}`);
    return Array.isArray(v) ? v.join(", ") : String(v);
  };

  const fields = (r: Row) => (
    <dl className="mb-2">
      {Object.entries(r)
        .filter(([k, v]) => t.has(`fields.${k}`) && !isRowList(v))
        .map(([k, v]) => (
          <DescriptionItem key={k} term={t(`fields.${k}`)}>
            {/* Links in an email's text are long words: let them wrap. */}
            <span className="[overflow-wrap:anywhere]">{text(k, v)}</span>
          </DescriptionItem>
        ))}
    </dl>
  );

  const outline = candidateOutline(data);
  return (
    <PublicShell>
      <PageHeader title={t("title")} lead={t("lead", { fair: data.fair.title })}>
        <p className="no-print flex flex-wrap items-center gap-4">
          <a href={`/api/fairs/registration/${token}/export`} download>
            {t("download")}
          </a>
          <PrintButton label={t("print")} />
          <Link href={`/fairs/registration/${token}`}>{t("back")}</Link>
        </p>
      </PageHeader>
      <p className="no-print mb-6 max-w-prose text-muted">{t("downloadHint")}</p>
      <div className="flex max-w-3xl flex-col gap-10">
        {outline
          .filter((s) => !s.within)
          .map((s) => (
            <section key={s.key} aria-labelledby={`section-${s.key}`}>
              <h2 id={`section-${s.key}`} className="mb-1 text-xl font-semibold">
                {t(`sections.${s.key}`)}
              </h2>
              <p className="mb-3 text-muted">{t("count", { count: s.count })}</p>
              {rows(data[s.key]).map((r, i) => (
                <article key={i} aria-label={`${t(`sections.${s.key}`)}, ${t("row", { n: i + 1 })}`} className="mb-4">
                  {s.count > 1 && <h3 className="font-semibold">{t("row", { n: i + 1 })}</h3>}
                  {fields(r)}
                  {outline
                    .filter((n) => n.within === s.key)
                    .map((n) => {
                      const nested = rows(r[nestedAs(n.key) ?? ""]);
                      return nested.length > 0 ? (
                        <div key={n.key} className="ml-4">
                          <h4 className="font-semibold">{t(`sections.${n.key}`)}</h4>
                          {nested.map((x, j) => (
                            <div key={j}>{fields(x)}</div>
                          ))}
                        </div>
                      ) : null;
                    })}
                </article>
              ))}
            </section>
          ))}
      </div>
    </PublicShell>
  );
}
