"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { Form, useFormAction, type FormHandle } from "@/components/ui/form";
import { Select } from "@/components/ui/select";
import {
  addInterviewAction,
  moveInterviewAction,
  publishScheduleAction,
  removeInterviewAction,
  runSchedulerAction,
  swapInterviewsAction,
} from "./actions";

type Option = { value: string; label: string };

function Feedback({ form }: { form: Pick<FormHandle, "formError" | "ok" | "message"> }) {
  const t = useTranslations("interviews.messages");
  if (form.formError) {
    return (
      <Alert tone="error" role="alert">
        {form.formError}
      </Alert>
    );
  }
  if (form.ok && form.message) {
    return (
      <Alert tone="success" role="status">
        {t(form.message)}
      </Alert>
    );
  }
  return null;
}

/** Run, or run again after publishing (the page shows the warning above it). */
export function RunForm({ eventId, again }: { eventId: string; again: boolean }) {
  const t = useTranslations("interviews.staff");
  const form = useFormAction(runSchedulerAction);
  return (
    <Form form={form} className="flex flex-col items-start gap-3">
      <input type="hidden" name="eventId" value={eventId} />
      <SubmitButton pendingText={t("running")}>{again ? t("runAgain") : t("run")}</SubmitButton>
      <Feedback form={form} />
    </Form>
  );
}

export function PublishForm({ eventId, republish }: { eventId: string; republish: boolean }) {
  const t = useTranslations("interviews.staff");
  const form = useFormAction(publishScheduleAction);
  return (
    <Form form={form} className="flex flex-col items-start gap-3">
      <input type="hidden" name="eventId" value={eventId} />
      <SubmitButton pendingText={t("publishing")}>{republish ? t("republish") : t("publish")}</SubmitButton>
      <Feedback form={form} />
    </Form>
  );
}

/** Per row of the grid: remove the interview, or move it to another round and table. */
export function RowForms({
  eventId,
  interviewId,
  detail,
  round,
  tableNo,
  rounds,
  tables,
}: {
  eventId: string;
  interviewId: string;
  detail: string;
  round: number;
  tableNo: number;
  rounds: Option[];
  tables: Option[];
}) {
  const t = useTranslations("interviews.staff");
  const moveForm = useFormAction(moveInterviewAction);
  const removeForm = useFormAction(removeInterviewAction);
  const errors = { ...moveForm.errors };
  const error = moveForm.formError ?? removeForm.formError ?? Object.values(errors)[0];
  return (
    <div className="flex flex-wrap items-end gap-3">
      <Form form={moveForm} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="eventId" value={eventId} />
        <input type="hidden" name="interviewId" value={interviewId} />
        <Select
          label={t("moveRound")}
          name="round"
          id={`round-${interviewId}`}
          options={rounds}
          defaultValue={String(round + 1)}
          aria-describedby={`detail-${interviewId}`}
        />
        <Select
          label={t("moveTable")}
          name="tableNo"
          id={`table-${interviewId}`}
          options={tables}
          defaultValue={String(tableNo + 1)}
          aria-describedby={`detail-${interviewId}`}
        />
        <SubmitButton variant="secondary" pendingText={t("saving")}>
          {t("move")} <span className="sr-only">{detail}</span>
        </SubmitButton>
      </Form>
      <Form form={removeForm}>
        <input type="hidden" name="eventId" value={eventId} />
        <input type="hidden" name="interviewId" value={interviewId} />
        <SubmitButton variant="link" pendingText={t("saving")}>
          {t("remove")} <span className="sr-only">{detail}</span>
        </SubmitButton>
      </Form>
      <span id={`detail-${interviewId}`} className="sr-only">
        {detail}
      </span>
      {error && (
        <p role="alert" className="w-full text-sm font-semibold text-danger">
          {error}
        </p>
      )}
    </div>
  );
}

export function SwapForm({ eventId, interviews }: { eventId: string; interviews: Option[] }) {
  const t = useTranslations("interviews.staff");
  const form = useFormAction(swapInterviewsAction);
  const errors = form.errors;
  const values = form.values ?? {};
  return (
    <Form
      form={form}
      summary={{ fieldsOnly: true }}
      noValidate
      className="flex max-w-2xl flex-col gap-4"
      key={form.formKey}
    >
      <input type="hidden" name="eventId" value={eventId} />
      <Select
        label={t("swapFirst")}
        name="first"
        id="first"
        options={interviews}
        placeholder={t("chooseInterview")}
        defaultValue={values.first ?? ""}
        error={errors.first}
      />
      <Select
        label={t("swapSecond")}
        name="second"
        id="second"
        options={interviews}
        placeholder={t("chooseInterview")}
        defaultValue={values.second ?? ""}
        error={errors.second}
      />
      <div>
        <SubmitButton variant="secondary" pendingText={t("saving")}>
          {t("swap")}
        </SubmitButton>
      </div>
      <Feedback form={form} />
    </Form>
  );
}

export function AddForm({
  eventId,
  candidates,
  stands,
  rounds,
  tables,
}: {
  eventId: string;
  candidates: Option[];
  stands: Option[];
  rounds: Option[];
  tables: Option[];
}) {
  const t = useTranslations("interviews.staff");
  const form = useFormAction(addInterviewAction);
  const errors = form.errors;
  const values = form.values ?? {};
  return (
    <Form
      form={form}
      summary={{ fieldsOnly: true }}
      noValidate
      className="flex max-w-2xl flex-col gap-4"
      key={form.formKey}
    >
      <input type="hidden" name="eventId" value={eventId} />
      <Select
        label={t("addCandidate")}
        name="candidateId"
        id="candidateId"
        options={candidates}
        placeholder={t("chooseCandidate")}
        defaultValue={values.candidateId ?? ""}
        error={errors.candidateId}
      />
      <Select
        label={t("addStand")}
        name="standId"
        id="standId"
        options={stands}
        placeholder={t("chooseStand")}
        defaultValue={values.standId ?? ""}
        error={errors.standId}
      />
      <div className="flex flex-wrap gap-4">
        <Select
          label={t("moveRound")}
          name="round"
          id="round"
          options={rounds}
          defaultValue={values.round ?? "1"}
          error={errors.round}
        />
        <Select
          label={t("moveTable")}
          name="tableNo"
          id="tableNo"
          options={tables}
          defaultValue={values.tableNo ?? "1"}
          error={errors.tableNo}
        />
      </div>
      <div>
        <SubmitButton variant="secondary" pendingText={t("saving")}>
          {t("add")}
        </SubmitButton>
      </div>
      <Feedback form={form} />
    </Form>
  );
}
