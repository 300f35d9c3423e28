import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EventStatusBadge } from "@/components/events/event-status-badge";
import { EventFacts } from "@/components/events/event-facts";
import { EventFiguresList } from "@/components/events/event-figures";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requireCtx } from "@/lib/auth/session";
import { appBaseUrl } from "@/lib/config";
import { mayRegisterParticipants } from "@/lib/events/access";
import { eventFigures, loadEvent } from "@/lib/events/data";
import { standsState, statusTargets } from "@/lib/events/rules";
import { formatDate } from "@/lib/i18n/format";
import { getOwnStand } from "@/lib/stands/data";
import { setEventStatusAction } from "../actions";
import { EventStatusForm } from "../status-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const ctx = await requireCtx("events.read");
  const scope = await loadEvent(ctx, (await params).id).catch(() => null);
  return { title: scope?.event.title ?? (await getTranslations("events"))("title") };
}

const buttonLink =
  "rounded bg-brand px-4 py-2 font-semibold text-white no-underline hover:bg-brand-dark hover:text-white";
const SAVED = ["created", "updated", "published", "completed", "cancelled"];

export default async function EventPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const ctx = await requireCtx("events.read");
  const { id } = await params;
  const { saved } = await searchParams;
  const scope = await orNotFound(loadEvent(ctx, id));
  const { event, access } = scope;
  const t = await getTranslations("events");
  const locale = await getLocale();
  const now = new Date();
  const fair = event.kind === "career_fair";
  const staff = access === "organizer" || access === "cohost";
  const figures = staff ? await eventFigures(ctx, id) : null;
  const ownStand = access === "employer" && fair ? await getOwnStand(ctx, id, now) : null;
  // The address staff copy into their own channels, on APP_URL like every link we hand out.
  const publicLink = `${appBaseUrl()}/fairs/${id}`;

  return (
    <ClientMessages namespaces={["events.status"]}>
      <>
        <PageHeader
          title={event.title}
          lead={
            <>
              {t(`kinds.${event.kind}`)} · {scope.associationName} · <EventStatusBadge status={event.status} />
            </>
          }
        >
          {access === "organizer" && (
            <p className="no-print">
              <Link href={`/events/${id}/edit`}>{t("overview.edit")}</Link>
            </p>
          )}
        </PageHeader>
        {saved && SAVED.includes(saved) && (
          <div className="mb-6">
            <Alert tone="success" role="status">
              {t(`overview.saved.${saved}`)}
            </Alert>
          </div>
        )}
        {access === "organizer" && event.status === "published" && fair && (
          <section aria-labelledby="public-title" className="mb-8">
            <h2 id="public-title" className="mb-2 text-xl font-semibold">
              {t("overview.publicTitle")}
            </h2>
            <p className="mb-1">{t("overview.publicLead")}</p>
            <p>
              <Link href={`/fairs/${id}`}>{publicLink}</Link>
            </p>
          </section>
        )}
        {ownStand && (
          <section aria-labelledby="stand-title" className="mb-8">
            <h2 id="stand-title" className="mb-2 text-xl font-semibold">
              {t("overview.standTitle")}
            </h2>
            {ownStand.stand?.status === "registered" ? (
              <p className="mb-3">
                {ownStand.stand.standNumber
                  ? t("overview.standNumbered", { number: ownStand.stand.standNumber })
                  : t("overview.standRegistered")}
              </p>
            ) : (
              <p className="mb-3">
                {standsState(event, now) === "open"
                  ? event.registrationClosesAt
                    ? t("overview.standInvite", {
                        date: formatDate(new Date(event.registrationClosesAt.getTime() - 1), locale),
                      })
                    : t("overview.standInviteOpen")
                  : t("overview.standClosed")}
              </p>
            )}
            <p className="no-print">
              <Link href={`/events/${id}/stand`} className={buttonLink}>
                {ownStand.stand?.status === "registered" ? t("overview.standSee") : t("overview.standRegister")}
              </Link>
            </p>
          </section>
        )}
        {fair && mayRegisterParticipants(access, ctx.membership.role) && event.status === "published" && (
          <section aria-labelledby="participants-title" className="mb-8">
            <h2 id="participants-title" className="mb-2 text-xl font-semibold">
              {t("overview.participantsTitle")}
            </h2>
            <p className="mb-3">{t("overview.participantsLead")}</p>
            <p className="no-print">
              <Link href={`/events/${id}/candidates`} className={buttonLink}>
                {t("overview.participantsLink")}
              </Link>
            </p>
          </section>
        )}
        {figures && <EventFiguresList figures={figures} fair={fair} />}
        <EventFacts scope={scope} />
        {access === "organizer" && (
          <EventStatusForm
            action={setEventStatusAction}
            id={id}
            version={event.version}
            title={event.title}
            targets={
              statusTargets(event.status, event.startsAt, now).filter((s) => s !== "draft") as (
                "published" | "completed" | "cancelled"
              )[]
            }
          />
        )}
      </>
    </ClientMessages>
  );
}
