"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { RadioGroup } from "@/components/ui/radio-group";
import { Textarea } from "@/components/ui/textarea";
import { SubmitButton } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Form, useFormAction } from "@/components/ui/form";
import { Select } from "@/components/ui/select";
import { contactChannelEnum, contactKindEnum, contactPurposeEnum } from "@/db/schema/follow-up";
import { logContactAction } from "./actions";

type Props = { initial: Record<string, string>; employers: { value: string; label: string }[]; cancelHref: string };

export function ContactForm({ initial, employers, cancelHref }: Props) {
  const t = useTranslations("followUps.contact");
  const form = useFormAction(logContactAction);
  const values = form.values ?? initial;
  const errors = form.errors;
  const options = (group: "kinds" | "channels" | "purposes", values: readonly string[]) =>
    values.map((v) => ({ value: v, label: t(`${group}.${v}`) }));
  const labels = {
    kind: t("kind"),
    channel: t("channel"),
    purpose: t("purpose"),
    faceToFace: t("faceToFace"),
    contactDate: t("contactDate"),
    employerId: t("employer"),
    notes: t("notes"),
    nextAction: t("nextAction"),
    nextDueOn: t("nextDueOn"),
  };

  return (
    <Form form={form} summary noValidate className="flex max-w-3xl flex-col gap-6">
      <input type="hidden" name="participantId" value={initial.participantId} />
      <input type="hidden" name="followUpId" value={initial.followUpId ?? ""} />
      <input type="hidden" name="from" value={initial.from ?? ""} />
      {/* The key makes React re-render the fields with what was typed after a failed submit. */}
      <div key={form.formKey} className="flex flex-col gap-6">
        <RadioGroup
          name="kind"
          legend={labels.kind}
          options={options("kinds", contactKindEnum.enumValues)}
          defaultValue={values.kind}
          error={errors.kind}
        />
        <RadioGroup
          name="channel"
          legend={labels.channel}
          options={options("channels", contactChannelEnum.enumValues)}
          defaultValue={values.channel}
          error={errors.channel}
        />
        <RadioGroup
          name="purpose"
          legend={labels.purpose}
          options={options("purposes", contactPurposeEnum.enumValues)}
          defaultValue={values.purpose}
          error={errors.purpose}
        />
        {/* Shown only while "Møte" is chosen, by CSS (app/globals.css), so it works without JS too. */}
        <div className="face-to-face-question">
          <RadioGroup
            name="faceToFace"
            legend={labels.faceToFace}
            hint={t("faceToFaceHint")}
            inline
            options={[
              { value: "yes", label: t("yes") },
              { value: "no", label: t("no") },
            ]}
            defaultValue={values.faceToFace}
            error={errors.faceToFace}
          />
        </div>
        <Field
          name="contactDate"
          type="date"
          label={labels.contactDate}
          hint={t("contactDateHint")}
          className="max-w-56"
          defaultValue={values.contactDate ?? ""}
          error={errors.contactDate}
        />
        <Select
          name="employerId"
          label={labels.employerId}
          hint={t("employerHint")}
          placeholder={t("chooseEmployer")}
          options={employers}
          defaultValue={values.employerId ?? ""}
          error={errors.employerId}
        />
        <Textarea
          name="notes"
          label={labels.notes}
          optionalText={t("optional")}
          hint={t("notesHint")}
          defaultValue={values.notes ?? ""}
          error={errors.notes}
        />
        <fieldset className="flex flex-col gap-4 rounded border border-line p-4" aria-describedby="next-hint">
          <legend className="px-1 text-lg font-semibold">
            {t("next")} <span className="font-normal text-muted">({t("optional")})</span>
          </legend>
          <p id="next-hint" className="text-muted">
            {t("nextHint")}
          </p>
          <Field
            name="nextAction"
            label={labels.nextAction}
            defaultValue={values.nextAction ?? ""}
            error={errors.nextAction}
            autoComplete="off"
          />
          <Field
            name="nextDueOn"
            type="date"
            label={labels.nextDueOn}
            className="max-w-56"
            defaultValue={values.nextDueOn ?? ""}
            error={errors.nextDueOn}
          />
        </fieldset>
      </div>
      {/* The messages name their field already; the questions as labels would read "…?: …". */}
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingText={t("saving")}>{t("save")}</SubmitButton>
        <Link href={cancelHref}>{t("cancel")}</Link>
      </div>
    </Form>
  );
}
