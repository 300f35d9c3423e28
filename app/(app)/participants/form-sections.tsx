"use client";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { OccupationInput } from "@/components/ui/occupation-input";
import { Select } from "@/components/ui/select";
import { CEFR_LEVELS, FORM_ROWS, LANGUAGES } from "@/lib/participants/rules";

type RowProps = { values: Record<string, string>; errors: Record<string, string> };

export function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-4 rounded border border-line p-4">
      <legend className="px-1 text-lg font-semibold">{title}</legend>
      {hint && <p className="text-muted">{hint}</p>}
      {children}
    </fieldset>
  );
}

export function NorwegianLevels({ values, errors }: RowProps) {
  const tf = useTranslations("participants.form");
  const levels = [{ value: "", label: tf("notMapped") }, ...CEFR_LEVELS.map((l) => ({ value: l, label: l }))];
  const skills = [
    ["norwegianReading", "reading"],
    ["norwegianWriting", "writing"],
    ["norwegianSpeaking", "speaking"],
    ["norwegianListening", "listening"],
  ] as const;
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="font-semibold">{tf("norwegianLegend")}</legend>
      <p className="text-sm text-muted">{tf("norwegianHint")}</p>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {skills.map(([name, label]) => (
          <Select
            key={name}
            name={name}
            label={tf(label)}
            options={levels}
            defaultValue={values[name] ?? ""}
            error={errors[name]}
          />
        ))}
      </div>
    </fieldset>
  );
}

export function LanguageRows({ values, errors }: RowProps) {
  const t = useTranslations("participants");
  const tf = useTranslations("participants.form");
  const languages = LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) })).sort((a, b) =>
    a.label.localeCompare(b.label),
  );
  const levels = CEFR_LEVELS.map((l) => ({ value: l, label: l }));
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="font-semibold">
        {tf("otherLanguages")} <span className="font-normal text-muted">({tf("optional")})</span>
      </legend>
      {Array.from({ length: FORM_ROWS.languages }, (_, i) => (
        <div key={i} className="grid gap-3 sm:grid-cols-2">
          <Select
            name={`lang${i}`}
            label={tf("languageN", { n: i + 1 })}
            placeholder={tf("chooseLanguage")}
            options={languages}
            defaultValue={values[`lang${i}`] ?? ""}
            error={errors[`lang${i}`]}
          />
          <Select
            name={`langLevel${i}`}
            label={tf("levelN", { n: i + 1 })}
            placeholder={tf("chooseLevel")}
            options={levels}
            defaultValue={values[`langLevel${i}`] ?? ""}
            error={errors[`langLevel${i}`]}
          />
        </div>
      ))}
    </fieldset>
  );
}

/** Work experience (occupation + years) or ranked occupation wishes, with ISCO type-ahead. */
export function OccupationRows({ kind, values, errors }: RowProps & { kind: "experience" | "wishes" }) {
  const tf = useTranslations("participants.form");
  const optional = tf("optional");
  return (
    <div className="flex flex-col gap-3">
      {Array.from({ length: FORM_ROWS[kind] }, (_, i) =>
        kind === "wishes" ? (
          <OccupationInput
            key={i}
            name={`wish${i}`}
            browse
            label={tf("wishN", { n: i + 1 })}
            optionalText={optional}
            defaultValue={values[`wish${i}`]}
            error={errors[`wish${i}`]}
          />
        ) : (
          <div key={i} className="grid gap-3 sm:grid-cols-[1fr_10rem]">
            <OccupationInput
              name={`exp${i}`}
              browse
              label={tf("experienceN", { n: i + 1 })}
              optionalText={optional}
              defaultValue={values[`exp${i}`]}
              error={errors[`exp${i}`]}
            />
            <Field
              name={`expYears${i}`}
              label={tf("experienceYearsN", { n: i + 1 })}
              inputMode="numeric"
              defaultValue={values[`expYears${i}`]}
              error={errors[`expYears${i}`]}
            />
          </div>
        ),
      )}
    </div>
  );
}
