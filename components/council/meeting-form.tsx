"use client";
import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Section } from "@/components/events/form-parts";
import { Button, SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Form, useFormAction } from "@/components/ui/form";
import { Select } from "@/components/ui/select";
import type { FormAction } from "@/lib/auth/action";

type Props = {
  action: FormAction;
  initial: Record<string, string>;
  owners: { id: string; name: string }[];
  cancelHref: string;
};

interface Row {
  key: number;
  title: string;
  owner: string;
  minutes: string;
  url: string;
}

const MAX_ROWS = 20;
let nextKey = 1;

/** The agenda rows in the flat values (`agendaTitle_0`…), empty ones included so error names stay in place. */
function rowsFrom(values: Record<string, string>): Row[] {
  const indexes = [
    ...new Set(Object.keys(values).flatMap((k) => /^agenda(?:Title|Owner|Minutes|Url)_(\d+)$/.exec(k)?.[1] ?? [])),
  ]
    .map(Number)
    .sort((a, b) => a - b);
  const rows = indexes.map((i) => ({
    key: nextKey++,
    title: values[`agendaTitle_${i}`] ?? "",
    owner: values[`agendaOwner_${i}`] ?? "",
    minutes: values[`agendaMinutes_${i}`] ?? "",
    url: values[`agendaUrl_${i}`] ?? "",
  }));
  return rows.length > 0 ? rows : [{ key: nextKey++, title: "", owner: "", minutes: "", url: "" }];
}

/** The agenda: rows are numbered by their place, so moving one renumbers the fields the server reads. */
function AgendaEditor({
  initial,
  owners,
  errors,
}: {
  initial: Row[];
  owners: Props["owners"];
  errors: Record<string, string>;
}) {
  const t = useTranslations("meetings.form");
  const [rows, setRows] = useState(initial);
  const set = (i: number, patch: Partial<Row>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const move = (i: number, by: -1 | 1) =>
    setRows((rs) => {
      const next = [...rs];
      [next[i], next[i + by]] = [next[i + by], next[i]];
      return next;
    });
  return (
    <Section title={t("agenda")} hint={t("agendaHint")}>
      <ol className="flex flex-col gap-4">
        {rows.map((r, i) => (
          <li key={r.key}>
            <fieldset className="flex flex-col gap-3 rounded border border-line p-3">
              <legend className="px-1 font-semibold">{t("item", { n: i + 1 })}</legend>
              <Field
                name={`agendaTitle_${i}`}
                label={t("itemTitle")}
                value={r.title}
                onChange={(e) => set(i, { title: e.target.value })}
                error={errors[`agendaTitle_${i}`]}
              />
              <Select
                name={`agendaOwner_${i}`}
                label={t("itemOwner")}
                optionalText={t("optional")}
                placeholder={t("noOwner")}
                options={owners.map((o) => ({ value: o.id, label: o.name }))}
                value={r.owner}
                onChange={(e) => set(i, { owner: e.target.value })}
                error={errors[`agendaOwner_${i}`]}
              />
              <Field
                name={`agendaMinutes_${i}`}
                label={t("itemMinutes")}
                optionalText={t("optional")}
                inputMode="numeric"
                className="max-w-40"
                value={r.minutes}
                onChange={(e) => set(i, { minutes: e.target.value })}
                error={errors[`agendaMinutes_${i}`]}
              />
              <Field
                name={`agendaUrl_${i}`}
                label={t("itemUrl")}
                hint={t("itemUrlHint")}
                optionalText={t("optional")}
                type="url"
                value={r.url}
                onChange={(e) => set(i, { url: e.target.value })}
                error={errors[`agendaUrl_${i}`]}
              />
              <div className="flex flex-wrap gap-3">
                {i > 0 && (
                  <Button
                    type="button"
                    variant="secondary"
                    onClick={() => move(i, -1)}
                    aria-label={t("moveUpLabel", { n: i + 1 })}
                  >
                    {t("moveUp")}
                  </Button>
                )}
                {i < rows.length - 1 && (
                  <Button
                    type="button"
                    variant="secondary"
                    onClick={() => move(i, 1)}
                    aria-label={t("moveDownLabel", { n: i + 1 })}
                  >
                    {t("moveDown")}
                  </Button>
                )}
                <Button
                  type="button"
                  variant="secondary"
                  onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}
                  aria-label={t("removeLabel", { n: i + 1 })}
                >
                  {t("remove")}
                </Button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      {rows.length < MAX_ROWS && (
        <div>
          <Button
            type="button"
            variant="secondary"
            onClick={() => setRows((rs) => [...rs, { key: nextKey++, title: "", owner: "", minutes: "", url: "" }])}
          >
            {t("addItem")}
          </Button>
        </div>
      )}
    </Section>
  );
}

export function MeetingForm({ action, initial, owners, cancelHref }: Props) {
  const t = useTranslations("meetings.form");
  const form = useFormAction(action);
  const values = form.values ?? initial;
  const errors = form.errors;
  const field = (name: string) => ({ name, defaultValue: values[name] ?? "", error: errors[name] });
  // The summary says which agenda item a message belongs to.
  const labels = Object.fromEntries(
    Object.keys(errors).flatMap((k) => {
      const m = /^agenda(Title|Owner|Minutes|Url)_(\d+)$/.exec(k);
      return m ? [[k, t("errorLabel", { n: Number(m[2]) + 1, field: t(`item${m[1]}`) })]] : [];
    }),
  );
  return (
    <Form form={form} summary={{ labels: labels }} noValidate className="flex max-w-3xl flex-col gap-6">
      {values.id && <input type="hidden" name="id" value={values.id} />}
      {values.version && <input type="hidden" name="version" value={values.version} />}
      <div key={form.formKey} className="flex flex-col gap-6">
        <Section title={t("about")}>
          <Field label={t("title")} hint={t("titleHint")} autoComplete="off" {...field("title")} />
          <Field label={t("date")} type="date" className="max-w-56" {...field("date")} />
          <div className="flex flex-wrap gap-4">
            <Field
              label={t("startTime")}
              hint={t("timeHint")}
              type="time"
              className="max-w-40"
              {...field("startTime")}
            />
            <Field label={t("endTime")} hint={t("timeHint")} type="time" className="max-w-40" {...field("endTime")} />
          </div>
          <Field label={t("venue")} hint={t("venueHint")} {...field("venue")} />
        </Section>
        <AgendaEditor initial={rowsFrom(values)} owners={owners} errors={errors} />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingText={t("saving")}>{t("save")}</SubmitButton>
        <Link href={cancelHref}>{t("cancel")}</Link>
      </div>
    </Form>
  );
}
