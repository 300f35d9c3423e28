"use client";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { occupationLabel } from "@/lib/occupations/rules";
import { searchOccupations, type OccupationHit } from "@/lib/occupations/search";
import { controlClass, describedBy, FieldLabel, HintAndError } from "./field-parts";
import { OccupationBrowser } from "./occupation-browser";

const LIMIT = 8;

/**
 * A field for one occupation: a combobox (WAI-ARIA 1.2, list autocomplete) that searches bokmål and
 * English titles and job categories as the user types, shows titles in the page's language, and with
 * `browse` offers the job categories to pick from. It stays a plain text input: the server reads
 * what it sends with parseOccupationInput(), so a typed code or title works without JavaScript.
 */
export function OccupationInput({
  name,
  label,
  hint,
  error,
  defaultValue,
  optionalText,
  browse = false,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue?: string;
  optionalText?: string;
  /** Offer "Browse job categories" under the field (forms, not list filters). */
  browse?: boolean;
}) {
  const id = name;
  const locale = useLocale();
  const t = useTranslations("occupationPicker");
  const input = useRef<HTMLInputElement>(null);
  const [hits, setHits] = useState<OccupationHit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = `${id}-listbox`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const value = defaultValue && /^\d{4}$/.test(defaultValue) ? occupationLabel(defaultValue, locale) : defaultValue;
  const expanded = open && hits.length > 0;

  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView?.({ block: "nearest" });
  });

  const search = (q: string) => {
    const found = searchOccupations(q, locale, LIMIT);
    setHits(found);
    setOpen(q.trim() !== "");
    setActive(-1);
    return found;
  };
  const choose = (code: string) => {
    if (input.current) input.current.value = occupationLabel(code, locale);
    setOpen(false);
    setActive(-1);
    input.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      const list = open ? hits : search(e.currentTarget.value);
      if (list.length === 0) return;
      const down = e.key === "ArrowDown";
      setActive((a) => (down ? (a + 1) % list.length : a <= 0 ? list.length - 1 : a - 1));
    } else if (e.key === "Enter" && expanded && active >= 0) {
      e.preventDefault();
      choose(hits[active].code);
    } else if (e.key === "Escape" && open) {
      e.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className="flex flex-col gap-1">
      <FieldLabel htmlFor={id} label={label} optionalText={optionalText} />
      <HintAndError id={id} hint={hint} error={error} />
      <div className="relative max-w-md">
        <input
          ref={input}
          id={id}
          name={name}
          type="text"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error).describedBy}
          autoComplete="off"
          defaultValue={value}
          onInput={(e) => search(e.currentTarget.value)}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          className={controlClass(error)}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={t("suggestions")}
          hidden={!expanded}
          className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded border-2 border-muted bg-white shadow-lg"
        >
          {hits.map((h, i) => (
            <li
              key={h.code}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(h.code)}
              className={`cursor-pointer px-3 py-2 ${i === active ? "bg-brand text-white" : "hover:bg-surface"}`}
            >
              {h.title} ({h.code})
            </li>
          ))}
        </ul>
      </div>
      <p role="status" className={open && hits.length === 0 ? "text-sm text-muted" : "sr-only"}>
        {open ? t("results", { count: hits.length }) : ""}
      </p>
      {browse && <OccupationBrowser id={`${id}-browse`} onChoose={choose} />}
    </div>
  );
}
