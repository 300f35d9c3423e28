"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { Form, useFormAction } from "@/components/ui/form";
import type { FormAction } from "@/lib/auth/action";
import { presentField } from "@/lib/council/schemas";

type Person = {
  representativeId: string;
  name: string;
  title: string | null;
  organizationName: string;
  present: boolean | null;
};

/** One checkbox per representative: ticked means present. */
export function AttendanceForm({
  action,
  meetingId,
  people,
}: {
  action: FormAction;
  meetingId: string;
  people: Person[];
}) {
  const t = useTranslations("meetings.attendance");
  const form = useFormAction(action);
  return (
    <Form form={form} className="flex flex-col gap-3">
      <input type="hidden" name="meetingId" value={meetingId} />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 font-semibold">{t("legend")}</legend>
        {people.map((p) => {
          const id = presentField(p.representativeId);
          return (
            <div key={id} className="flex items-center gap-2">
              <input id={id} name={id} type="checkbox" defaultChecked={p.present === true} className="h-5 w-5" />
              <label htmlFor={id}>
                {p.name}, {p.organizationName}
                {p.title ? ` (${p.title})` : ""}
              </label>
            </div>
          );
        })}
      </fieldset>
      {form.formError && (
        <Alert tone="error" role="alert">
          {form.formError}
        </Alert>
      )}
      <div>
        <SubmitButton pendingText={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </Form>
  );
}
