"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Select } from "@/components/ui/select";
import type { FormState } from "@/lib/auth/action";
import {
  addInterviewAction,
  moveInterviewAction,
  publishScheduleAction,
  removeInterviewAction,
  runSchedulerAction,
  swapInterviewsAction,
} from "./actions";

type Option = { value: string; label: string };

function Feedback({ state }: { state: FormState }) {
  const t = useTranslations("interviews.messages");
  if (state.formError) {
    return (
      <Alert tone="error" role="alert">
        {state.formError}
      </Alert>
    );
  }
  if (state.ok && state.message) {
    return (
      <Alert tone="success" role="status">
        {t(state.message)}
      </Alert>
    );
  }
  return null;
}

/** Run, or run again after publishing (the page shows the warning above it). */
export function RunForm({ eventId, again }: { eventId: string; again: boolean }) {
  const t = useTranslations("interviews.staff");
  const [state, formAction] = useActionState(runSchedulerAction, {});
  return (
    <form action={formAction} className="flex flex-col items-start gap-3">
      <input type="hidden" name="eventId" value={eventId} />
      <SubmitButton pendingText={t("running")}>{again ? t("runAgain") : t("run")}</SubmitButton>
      <Feedback state={state} />
    </form>
  );
}

export function PublishForm({ eventId, republish }: { eventId: string; republish: boolean }) {
  const t = useTranslations("interviews.staff");
  const [state, formAction] = useActionState(publishScheduleAction, {});
  return (
    <form action={formAction} className="flex flex-col items-start gap-3">
      <input type="hidden" name="eventId" value={eventId} />
      <SubmitButton pendingText={t("publishing")}>{republish ? t("republish") : t("publish")}</SubmitButton>
      <Feedback state={state} />
    </form>
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
  const [moveState, moveAction] = useActionState(moveInterviewAction, {});
  const [removeState, removeAction] = useActionState(removeInterviewAction, {});
  const errors = { ...moveState.fieldErrors };
  const error = moveState.formError ?? removeState.formError ?? Object.values(errors)[0];
  return (
    <div className="flex flex-wrap items-end gap-3">
      <form action={moveAction} className="flex flex-wrap items-end gap-2">
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
      </form>
      <form action={removeAction}>
        <input type="hidden" name="eventId" value={eventId} />
        <input type="hidden" name="interviewId" value={interviewId} />
        <SubmitButton variant="link" pendingText={t("saving")}>
          {t("remove")} <span className="sr-only">{detail}</span>
        </SubmitButton>
      </form>
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
  const te = useTranslations("errors");
  const [state, formAction] = useActionState(swapInterviewsAction, {});
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  return (
    <form
      action={formAction}
      noValidate
      className="flex max-w-2xl flex-col gap-4"
      key={JSON.stringify(state.values ?? null)}
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
      <ErrorSummary title={te("summaryTitle")} errors={errors} />
      <div>
        <SubmitButton variant="secondary" pendingText={t("saving")}>
          {t("swap")}
        </SubmitButton>
      </div>
      <Feedback state={state} />
    </form>
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
  const te = useTranslations("errors");
  const [state, formAction] = useActionState(addInterviewAction, {});
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  return (
    <form
      action={formAction}
      noValidate
      className="flex max-w-2xl flex-col gap-4"
      key={JSON.stringify(state.values ?? null)}
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
      <ErrorSummary title={te("summaryTitle")} errors={errors} />
      <div>
        <SubmitButton variant="secondary" pendingText={t("saving")}>
          {t("add")}
        </SubmitButton>
      </div>
      <Feedback state={state} />
    </form>
  );
}
