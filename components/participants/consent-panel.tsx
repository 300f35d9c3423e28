import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { FormAction } from "@/lib/auth/action";
import type { ConsentRow } from "@/lib/consents/data/consents";
import { CONSENT_SCOPES } from "@/lib/consents/rules";
import { formatDate } from "@/lib/i18n/format";
import { GiveConsentForm, WithdrawConsentButton } from "./consent-forms";

/** Current consent per scope, the way to withdraw it, the history, and a form to record a new one. */
export async function ConsentPanel({
  participantId,
  name,
  consents,
  today,
  actions,
}: {
  participantId: string;
  name: string;
  consents: ConsentRow[];
  today: string;
  /** From app/(app)/participants/actions. */
  actions: { give: FormAction; withdraw: FormAction };
}) {
  const t = await getTranslations("participants.consent");
  const locale = await getLocale();
  const date = (d: string | Date) => formatDate(new Date(d), locale);
  return (
    <section aria-labelledby="consents" className="flex flex-col gap-4">
      <h2 id="consents" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="text-muted">{t("lead")}</p>
      <ul className="flex flex-col gap-3">
        {CONSENT_SCOPES.map((scope) => {
          const latest = consents.find((c) => c.scope === scope);
          const active = latest && !latest.withdrawnAt ? latest : undefined;
          return (
            <li
              key={scope}
              className="flex flex-col gap-2 rounded border border-line p-3 sm:flex-row sm:items-center sm:justify-between"
            >
              <div>
                <p className="font-semibold">{t(`scopes.${scope}`)}</p>
                {active ? (
                  <p>
                    <Badge tone="success">{t("given")}</Badge>{" "}
                    {t("givenOn", {
                      date: date(active.givenOn),
                      method: t(`methods.${active.method}`),
                      by: active.recordedByName ?? "–",
                    })}
                  </p>
                ) : latest ? (
                  <p>
                    <Badge tone="warning">{t("withdrawn")}</Badge>{" "}
                    {t("withdrawnOn", { date: date(latest.withdrawnAt!), by: latest.withdrawnByName ?? "–" })}
                  </p>
                ) : (
                  <p>
                    <Badge>{t("notGiven")}</Badge>
                  </p>
                )}
              </div>
              {active && (
                <WithdrawConsentButton
                  participantId={participantId}
                  consentId={active.id}
                  question={`${t("withdrawConfirm", { scope: t(`scopes.${scope}`), name })} ${t(`withdrawEffects.${scope}`)}`}
                  action={actions.withdraw}
                />
              )}
            </li>
          );
        })}
      </ul>
      <GiveConsentForm participantId={participantId} today={today} action={actions.give} />
    </section>
  );
}
