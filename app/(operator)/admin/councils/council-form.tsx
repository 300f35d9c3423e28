"use client";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { describedBy, FieldLabel, HintAndError } from "@/components/ui/field-parts";
import { Field } from "@/components/ui/field";
import { Form, FormSaved, useFormAction } from "@/components/ui/form";
import { Select } from "@/components/ui/select";
import type { FormAction } from "@/lib/auth/action";
import { cityField, memberField } from "@/lib/council/admin-schemas";

type Option = { value: string; label: string; name: string; checked: boolean };

/** Checkboxes under one legend; the fieldset carries the field's id, so the error summary links to it. */
function CheckboxGroup({
  id,
  legend,
  hint,
  error,
  options,
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  options: Option[];
}) {
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy(id, hint, error).describedBy}
      className="flex flex-col gap-2"
    >
      <FieldLabel as="legend" label={legend} />
      <HintAndError id={id} hint={hint} error={error} />
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map((o) => (
          <div key={o.name} className="flex items-center gap-2">
            <input
              id={`${id}-${o.name}`}
              type="checkbox"
              name={o.name}
              value={o.value}
              defaultChecked={o.checked}
              className="h-5 w-5"
            />
            <label htmlFor={`${id}-${o.name}`}>{o.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

type Props = {
  action: FormAction;
  /** Set when changing an existing council; members then change one by one elsewhere on the page. */
  councilId?: string;
  municipalities: string[];
  /** Create: every organization that may join. Change: the current members (chair and secretariat choices). */
  organizations: { id: string; name: string; kindLabel: string }[];
  saved: { name: string; cities: string[]; memberIds: string[]; chairId: string; secretariatId: string };
};

/** The operator's form for a council's name, municipalities, (on creation) members, chair and secretariat. */
export function CouncilForm({ action, councilId, municipalities, organizations, saved }: Props) {
  const t = useTranslations("councilAdmin");
  const form = useFormAction(action);
  const values = form.values;
  // After a failed submit the boxes show what was sent; otherwise what is saved.
  const isChecked = (name: string, value: string, savedChecked: boolean) =>
    values ? values[name] === value : savedChecked;
  const orgOptions = organizations.map((o) => ({ value: o.id, label: o.name }));
  return (
    <Form form={form} summary noValidate className="flex max-w-3xl flex-col gap-6">
      <div key={form.formKey} className="flex flex-col gap-6">
        {councilId && <input type="hidden" name="councilId" value={councilId} />}
        <Field
          label={t("name")}
          name="name"
          autoComplete="off"
          defaultValue={form.valueOf("name", saved.name)}
          error={form.errorFor("name")}
        />
        <CheckboxGroup
          id="cities"
          legend={t("citiesLegend")}
          hint={t("citiesHint")}
          error={form.errorFor("cities")}
          options={municipalities.map((city, i) => ({
            name: cityField(i),
            value: city,
            label: city,
            checked: isChecked(cityField(i), city, saved.cities.includes(city)),
          }))}
        />
        {!councilId && (
          <CheckboxGroup
            id="members"
            legend={t("membersLegend")}
            hint={t("membersHint")}
            error={form.errorFor("members")}
            options={organizations.map((o) => ({
              name: memberField(o.id),
              value: "on",
              label: `${o.name} (${o.kindLabel})`,
              checked: isChecked(memberField(o.id), "on", saved.memberIds.includes(o.id)),
            }))}
          />
        )}
        <Select
          label={t("chair")}
          name="chairId"
          placeholder={t("chooseOrganization")}
          options={orgOptions}
          defaultValue={form.valueOf("chairId", saved.chairId)}
          error={form.errorFor("chairId")}
        />
        <Select
          label={t("secretariat")}
          name="secretariatId"
          placeholder={t("chooseOrganization")}
          options={orgOptions}
          defaultValue={form.valueOf("secretariatId", saved.secretariatId)}
          error={form.errorFor("secretariatId")}
        />
      </div>
      <FormSaved form={form}>{form.message}</FormSaved>
      <div>
        <SubmitButton pendingText={councilId ? t("saving") : t("creating")}>
          {councilId ? t("save") : t("create")}
        </SubmitButton>
      </div>
    </Form>
  );
}
