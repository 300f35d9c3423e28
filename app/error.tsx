"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** Shown instead of a stack trace. The error itself is logged on the server with the same digest. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  const tl = useTranslations("logging");
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-12">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-lg">{t("lead")}</p>
      {error.digest ? (
        <p className="mt-3">
          <span className="font-mono">{tl("errorId", { id: error.digest })}</span>
          <br />
          {tl("errorIdHint")}
        </p>
      ) : null}
      <div className="mt-6 flex gap-4">
        <Button onClick={() => reset()}>{t("retry")}</Button>
        <Link href="/" className="self-center">
          {t("home")}
        </Link>
      </div>
    </main>
  );
}
