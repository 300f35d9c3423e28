"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/button";
import { Form, useFormAction } from "@/components/ui/form";
import { respondInvitationAction } from "./actions";

/** Two buttons, one answer each; answering again changes the answer. */
export function RespondForm({
  token,
  eventId,
  careerFair,
  current,
}: {
  token: string;
  eventId: string;
  careerFair: boolean;
  current: string;
}) {
  const t = useTranslations("invitations.public");
  const form = useFormAction(respondInvitationAction);
  const status = form.ok ? form.message : current;
  const standPath = `/events/${eventId}/stand`;
  return (
    <div className="flex flex-col gap-4">
      {status === "registered" && (
        <Alert tone="success" role="status">
          {careerFair ? (
            <>
              <p className="font-semibold">{t("registeredFair")}</p>
              <p className="mt-2">{t("registeredFairNext")}</p>
              <p className="mt-2">
                <Link href={`/sign-in?${new URLSearchParams({ callbackUrl: standPath })}`}>{t("signInForStand")}</Link>
              </p>
            </>
          ) : (
            <p className="font-semibold">{t("registered")}</p>
          )}
        </Alert>
      )}
      {status === "declined" && (
        <Alert tone="info" role="status">
          <p className="font-semibold">{t("declined")}</p>
        </Alert>
      )}
      {form.formError && (
        <Alert tone="error" role="alert">
          {form.formError}
        </Alert>
      )}
      <Form form={form} className="flex flex-wrap gap-4">
        <input type="hidden" name="token" value={token} />
        <SubmitButton name="answer" value="register" variant={status === "registered" ? "secondary" : "primary"}>
          {careerFair ? t("registerFair") : t("register")}
        </SubmitButton>
        <SubmitButton name="answer" value="decline" variant="secondary">
          {t("decline")}
        </SubmitButton>
      </Form>
    </div>
  );
}
