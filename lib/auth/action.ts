import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { emptyFieldMessage } from "@/lib/forms/rules";
import { logError, requestIdFrom } from "@/lib/logging/logger";
import { NotFoundError, UserError } from "./errors";
import { can, operatorCan, type OperatorPermission, type Permission } from "./permissions";
import { getCtx, getUser, type Ctx, type UserCtx } from "./session";

/** A form's answer from the server: done (with an optional confirmation), or refused with what to fix. */
export type FormState =
  | { ok: true; message?: string }
  | {
      ok: false;
      /** An error that belongs to no field. */
      formError?: string;
      fieldErrors: Record<string, string>;
      /** What the user typed, so a failed submit loses nothing. */
      values: Record<string, string>;
    };

/** Before the first submit there is no answer yet. */
export type IdleState = null;

/** What a server action built with `action()` looks like to a form. */
export type FormAction<S extends FormState = FormState> = (prev: S | IdleState, form: FormData) => Promise<S>;

/** What a handler may answer: a refusal may leave out the field errors and the typed values, which the wrapper adds. */
export type HandlerState =
  // A success carries no values: the fields start afresh, and a confirmation that names something says it in `message`.
  | { ok: true; message?: string; values?: never }
  | { ok: false; formError?: string; fieldErrors?: Record<string, string>; values?: Record<string, string> };

/** The request's headers, or none when called outside a request (scripts, tests). */
async function requestHeaders(): Promise<Headers | undefined> {
  try {
    return await headers();
  } catch {
    return undefined;
  }
}

type Access = { permission: Permission } | { operator: OperatorPermission } | { public: true };
type Handler<S extends z.ZodType, C> = (input: z.infer<S>, ctx: C) => Promise<HandlerState | void>;

/** A schema, or a function that builds it per request (e.g. when it depends on today's date). */
type SchemaOf<S extends z.ZodType> = S | (() => S);

export function action<S extends z.ZodType>(
  schema: SchemaOf<S>,
  access: { public: true },
  fn: Handler<S, null>,
): FormAction;
export function action<S extends z.ZodType>(
  schema: SchemaOf<S>,
  access: { permission: Permission },
  fn: Handler<S, Ctx>,
): FormAction;
export function action<S extends z.ZodType>(
  schema: SchemaOf<S>,
  access: { operator: OperatorPermission },
  fn: Handler<S, UserCtx>,
): FormAction;
/**
 * The one wrapper for server actions: resolves the session, checks the permission,
 * validates with zod, and turns errors into messages at the fields. Server actions are
 * public POST endpoints, so every one is built with this.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the overloads above give callers the precise ctx type
export function action<S extends z.ZodType>(schema: SchemaOf<S>, access: Access, fn: Handler<S, any>) {
  return async (_prev: FormState | IdleState, form: FormData): Promise<FormState> => {
    const values: Record<string, string> = {};
    for (const [key, value] of form.entries()) {
      if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
    }
    const t = await getTranslations("errors");
    const all = await getTranslations();
    // A message is a key: "required" means errors.required; "followUps.errors.x" names its own namespace.
    const msg = (key: string) => (t.has(key) ? t(key) : key.includes(".") && all.has(key) ? all(key) : t("invalid"));
    let ctx: Ctx | UserCtx | null = null;
    if ("permission" in access) {
      const member = await getCtx();
      if (!member || !can(member.membership.role, access.permission))
        return { ok: false, formError: t("notFound"), fieldErrors: {}, values };
      ctx = member;
    }
    if ("operator" in access) {
      const user = await getUser();
      if (!operatorCan(user, access.operator)) return { ok: false, formError: t("notFound"), fieldErrors: {}, values };
      ctx = user;
    }
    // PostgreSQL text cannot hold NUL; no form field ever needs one, so refuse it for every action.
    const withNul = Object.keys(values).filter((k) => values[k].includes("\u0000"));
    if (withNul.length > 0)
      return { ok: false, fieldErrors: Object.fromEntries(withNul.map((k) => [k, t("invalid")])), values };
    const parsed = (typeof schema === "function" ? schema() : schema).safeParse(values);
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "form");
        fieldErrors[field] ??= msg(
          (issue.path.length > 0 && emptyFieldMessage(values[field], issue.code, issue.message)) || issue.message,
        );
      }
      return { ok: false, fieldErrors, values };
    }
    try {
      const answer = (await fn(parsed.data, ctx)) ?? { ok: true };
      if (answer.ok) return answer;
      return { ...answer, fieldErrors: answer.fieldErrors ?? {}, values: answer.values ?? values };
    } catch (err) {
      unstable_rethrow(err);
      if (err instanceof UserError) {
        return err.field
          ? { ok: false, fieldErrors: { [err.field]: msg(err.key) }, values }
          : { ok: false, formError: msg(err.key), fieldErrors: {}, values };
      }
      if (err instanceof NotFoundError) return { ok: false, formError: t("notFound"), fieldErrors: {}, values };
      // The id in the message is the one in the log line, so support can find it.
      const incoming = await requestHeaders();
      const requestId = requestIdFrom(incoming);
      const route = incoming?.get("x-lagspill-path")?.split("?")[0];
      logError("server action failed", err, {
        requestId,
        route,
        userId: ctx?.userId,
        organizationId: ctx && "membership" in ctx ? ctx.membership.organizationId : undefined,
      });
      return {
        ok: false,
        formError: `${t("server")} (${all("logging.errorIdInline", { id: requestId })})`,
        fieldErrors: {},
        values,
      };
    }
  };
}
