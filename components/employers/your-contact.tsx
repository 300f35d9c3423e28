import { getTranslations } from "next-intl/server";
import { telHref } from "@/lib/account/rules";
import { isEmployerRole } from "@/lib/auth/roles";
import type { Ctx } from "@/lib/auth/session";
import { yourContact } from "@/lib/employers/data/contacts";

/** The employer's "one person to call" in the municipality, shown on every page of their portal. */
export async function YourContact({ ctx }: { ctx: Ctx }) {
  if (!isEmployerRole(ctx.membership.role)) return null;
  const t = await getTranslations("employers.yourContact");
  const contacts = await yourContact(ctx);
  return (
    <aside aria-label={t("label")} className="mb-6 rounded border border-brand bg-blue-50 p-3">
      {contacts.length === 0 ? (
        <p>{t("missing")}</p>
      ) : (
        contacts.map((c) => (
          <p key={c.email} className="flex flex-wrap gap-x-4 gap-y-1">
            <span>
              <span className="font-semibold">{t("label")}</span> {c.name}, {c.municipality}
            </span>
            {c.phone && (
              <span>
                {t("phone")} <a href={telHref(c.phone)}>{c.phone}</a>
              </span>
            )}
            <span className="break-all">
              {t("email")} <a href={`mailto:${c.email}`}>{c.email}</a>
            </span>
          </p>
        ))
      )}
    </aside>
  );
}
