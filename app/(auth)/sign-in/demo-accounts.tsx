import { getTranslations } from "next-intl/server";

export interface DemoAccount {
  name: string;
  email: string;
  role: string;
  organization: string;
}

/** One plain form per demo person: posting it signs in at once (demo mode only). */
export async function DemoAccounts({ accounts, callbackUrl }: { accounts: DemoAccount[]; callbackUrl?: string }) {
  const t = await getTranslations("auth");
  return (
    <section aria-labelledby="demo-title" className="mt-10">
      <h2 id="demo-title" className="text-xl font-semibold">
        {t("demoTitle")}
      </h2>
      <p className="mt-1 text-muted">{t("demoLead")}</p>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2">
        {accounts.map((a) => (
          <li key={a.email}>
            <form method="post" action="/sign-in/demo">
              <input type="hidden" name="email" value={a.email} />
              <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
              <button
                type="submit"
                className="w-full rounded border-2 border-brand bg-white px-4 py-2 text-left font-semibold text-brand hover:bg-surface"
              >
                {t("demoButton", { name: a.name, role: a.role })}
                <span className="block text-sm font-normal text-muted">{a.organization}</span>
              </button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}
