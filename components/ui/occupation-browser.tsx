"use client";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useRef, useState } from "react";
import { occupationCategories, type OccupationCategory } from "@/lib/occupations/search";

/**
 * "Browse job categories": the categories of arbeidsplassen.no as nested disclosures, category →
 * subcategory → occupations, each a button that fills the field. Native <details> keep it keyboard
 * friendly without script of their own; the lists render only once opened, so a form with several
 * occupation fields stays light.
 */
export function OccupationBrowser({ id, onChoose }: { id: string; onChoose: (code: string) => void }) {
  const t = useTranslations("occupationPicker");
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  const choose = (code: string) => {
    if (details.current) details.current.open = false;
    onChoose(code);
  };
  return (
    <details ref={details} id={id} className="max-w-md" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer text-sm font-semibold text-brand underline underline-offset-2">
        {t("browse")}
      </summary>
      {open && <Categories id={id} onChoose={choose} hint={t("browseHint")} />}
    </details>
  );
}

function Categories({ id, hint, onChoose }: { id: string; hint: string; onChoose: (code: string) => void }) {
  const locale = useLocale();
  const categories = useMemo(() => occupationCategories(locale), [locale]);
  return (
    <div className="mt-2 rounded border border-line p-3">
      <p className="mb-2 text-sm text-muted">{hint}</p>
      <ul className="flex flex-col gap-1">
        {categories.map((c, i) => (
          <li key={c.key}>
            <Category id={`${id}-${i}`} category={c} onChoose={onChoose} subLang={locale === "nb" ? undefined : "nb"} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function Category({
  id,
  category,
  subLang,
  onChoose,
}: {
  id: string;
  category: OccupationCategory;
  /** Subcategories keep NAV's bokmål names, marked as such on an English page. */
  subLang?: string;
  onChoose: (code: string) => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer font-semibold">{category.name}</summary>
      {open && (
        <div className="ml-4 mt-1 flex flex-col gap-2">
          {category.subcategories.map((s, i) => (
            <div key={s.name} role="group" aria-labelledby={`${id}-${i}`}>
              <p id={`${id}-${i}`} lang={subLang} className="text-sm font-semibold text-muted">
                {s.name}
              </p>
              <ul>
                {s.occupations.map((o) => (
                  <li key={o.code}>
                    <button
                      type="button"
                      onClick={() => onChoose(o.code)}
                      className="text-left text-brand underline underline-offset-2 hover:text-brand-dark"
                    >
                      {o.title} ({o.code})
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </details>
  );
}
