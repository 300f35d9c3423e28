"use client";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { Form, useFormAction } from "@/components/ui/form";
import type { FormAction } from "@/lib/auth/action";

/** Shown only to people whose organization sits in two or more councils, like the organization switch. */
export function CouncilSwitch({
  action,
  current,
  councils,
}: {
  action: FormAction;
  current: string;
  councils: { id: string; name: string }[];
}) {
  const t = useTranslations("council.switch");
  const form = useFormAction(action);
  return (
    <Form form={form} className="no-print mb-4 flex flex-wrap items-end gap-2">
      <label htmlFor="councilId" className="text-sm">
        {t("label")}
      </label>
      <select
        id="councilId"
        name="councilId"
        defaultValue={current}
        className="rounded border-2 border-muted px-2 py-1"
      >
        {councils.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <SubmitButton variant="secondary" className="!py-1">
        {t("submit")}
      </SubmitButton>
      {form.formError && (
        <p role="alert" className="basis-full text-danger">
          {form.formError}
        </p>
      )}
    </Form>
  );
}
