import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireCtx } from "@/lib/auth/session";
import { seesWholeTeam } from "@/lib/fidelity/access";
import { fidelityPanel } from "@/lib/fidelity/data";
import { formatDate } from "@/lib/i18n/format";
import { FidelityOverview } from "./fidelity-overview";
import { FidelityTable } from "./fidelity-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("fidelity"))("title") };
}

export default async function FidelityPage({ searchParams }: { searchParams: Promise<{ specialist?: string }> }) {
  const ctx = await requireCtx("fidelity.view");
  const { specialist } = await searchParams;
  const t = await getTranslations("fidelity");
  const locale = await getLocale();
  const panel = await fidelityPanel(ctx, new Date());
  const organization = ctx.membership.organizationName;
  const date = formatDate(new Date(`${panel.today}T12:00:00Z`), locale);
  const isAdmin = seesWholeTeam(ctx.membership.role);
  const own = panel.specialists.find((s) => s.isMe);
  const others = panel.specialists.filter((s) => !s.isMe);
  // Only one of the caller's own municipality's specialists can be picked; any other id shows none.
  const picked = others.find((s) => s.staffId === specialist);

  const team = panel.team && (
    <section aria-labelledby="team" className="mb-10">
      <h2 id="team" className="mb-3 text-xl font-semibold">
        {t("team")}
      </h2>
      <FidelityTable caption={t("teamCaption", { count: panel.teamSize })} figures={panel.team} team />
    </section>
  );

  return (
    <>
      <PageHeader
        title={t("title")}
        lead={isAdmin ? t("leadAdmin", { organization, date }) : t("leadSpecialist", { date })}
      />
      {panel.teamSize === 0 ? (
        <EmptyState action={<Link href="/organization">{t("emptyAction", { organization })}</Link>}>
          {t("empty", { organization })}
        </EmptyState>
      ) : (
        <>
          {own && (
            <section aria-labelledby="own" className="mb-10">
              <h2 id="own" className="mb-3 text-xl font-semibold">
                {t("own")}
              </h2>
              <FidelityTable caption={t("caption", { name: own.name })} figures={own.figures} />
            </section>
          )}
          {team}
          {others.length > 0 && (
            <section aria-labelledby="each" className="mb-10">
              <h2 id="each" className="mb-3 text-xl font-semibold">
                {t("everySpecialist")}
              </h2>
              <FidelityOverview specialists={others} />
              {picked && (
                <div id="specialist" className="mt-8">
                  <h3 className="mb-2 text-lg font-semibold">{picked.name}</h3>
                  <FidelityTable caption={t("caption", { name: picked.name })} figures={picked.figures} />
                </div>
              )}
            </section>
          )}
        </>
      )}
      <section aria-labelledby="about" className="max-w-prose">
        <h2 id="about" className="mb-3 text-xl font-semibold">
          {t("about.heading")}
        </h2>
        <p className="mb-3">{t("about.text")}</p>
        <p className="mb-3">{t("about.scale")}</p>
        <h3 className="mb-2 text-lg font-semibold">{t("about.howHeading")}</h3>
        <ul className="list-disc space-y-1 pl-5">
          {(["caseload", "employerContacts", "daysToFirstContact", "competitiveWork", "followAlong"] as const).map(
            (k) => (
              <li key={k}>{t(`about.${k}`)}</li>
            ),
          )}
        </ul>
      </section>
    </>
  );
}
