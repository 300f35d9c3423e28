"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import type { FormState } from "@/lib/auth/action";
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
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  meetingId: string;
  people: Person[];
}) {
  const t = useTranslations("meetings.attendance");
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="flex flex-col gap-3">
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
      {state.formError && (
        <Alert tone="error" role="alert">
          {state.formError}
        </Alert>
      )}
      <div>
        <SubmitButton pendingText={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
