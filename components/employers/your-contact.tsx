import { getTranslations } from "next-intl/server";
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
          <p key={c.email}>
            <span className="font-semibold">{t("label")}</span> {c.name}, <a href={`mailto:${c.email}`}>{c.email}</a>,{" "}
            {c.municipality}
          </p>
        ))
      )}
    </aside>
  );
}
