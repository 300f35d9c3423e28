import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { action } from "./action";
import { UserError } from "./errors";

// The wrapper's collaborators outside a request: messages are their own keys, no session.
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("next/navigation", () => ({ unstable_rethrow: () => {} }));
vi.mock("next-intl/server", () => {
  const t = Object.assign((key: string) => `t:${key}`, { has: () => true });
  return { getTranslations: async () => t };
});
vi.mock("./session", () => ({ getCtx: async () => null }));
vi.mock("@/lib/logging/logger", () => ({ logError: vi.fn(), requestIdFrom: () => "req-1" }));

const schema = z.object({ name: z.string().min(1, "required") });
const formOf = (fields: Record<string, string>) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
};

describe("action() answers in the FormState union", () => {
  beforeEach(() => vi.clearAllMocks());

  it("passes a success through as the handler answered it", async () => {
    const save = action(schema, { public: true }, async () => ({ ok: true, message: "saved" }));
    expect(await save(null, formOf({ name: "Amina" }))).toEqual({ ok: true, message: "saved" });
    const quiet = action(schema, { public: true }, async () => {});
    expect(await quiet(null, formOf({ name: "Amina" }))).toEqual({ ok: true });
  });

  it("gives a validation failure its field errors and what was typed, without the framework's fields", async () => {
    const save = action(schema, { public: true }, async () => {});
    expect(await save(null, formOf({ name: "", $ACTION_ID_x: "1" }))).toEqual({
      ok: false,
      fieldErrors: { name: "t:required" },
      values: { name: "" },
    });
  });

  it("refuses NUL in any field", async () => {
    const save = action(schema, { public: true }, async () => {});
    expect(await save(null, formOf({ name: "a\u0000" }))).toEqual({
      ok: false,
      fieldErrors: { name: "t:invalid" },
      values: { name: "a\u0000" },
    });
  });

  it("turns a user error into a field or form error, with empty field errors for the latter", async () => {
    const atField = action(schema, { public: true }, async () => {
      throw new UserError("taken", "name");
    });
    expect(await atField(null, formOf({ name: "A" }))).toEqual({
      ok: false,
      fieldErrors: { name: "t:taken" },
      values: { name: "A" },
    });
    const atForm = action(schema, { public: true }, async () => {
      throw new UserError("taken");
    });
    expect(await atForm(null, formOf({ name: "A" }))).toEqual({
      ok: false,
      formError: "t:taken",
      fieldErrors: {},
      values: { name: "A" },
    });
  });

  it("completes a refusal the handler answers itself with empty field errors and what was typed", async () => {
    const limited = action(schema, { public: true }, async () => ({ ok: false, formError: "slow down" }));
    expect(await limited(null, formOf({ name: "A" }))).toEqual({
      ok: false,
      formError: "slow down",
      fieldErrors: {},
      values: { name: "A" },
    });
    const own = action(schema, { public: true }, async () => ({
      ok: false,
      fieldErrors: { name: "no" },
      values: { name: "kept" },
    }));
    expect(await own(null, formOf({ name: "A" }))).toEqual({
      ok: false,
      fieldErrors: { name: "no" },
      values: { name: "kept" },
    });
  });

  it("answers not found without a session, and a server error with the request id", async () => {
    const guarded = action(schema, { permission: "home.view" }, async () => {});
    expect(await guarded(null, formOf({ name: "A" }))).toEqual({
      ok: false,
      formError: "t:notFound",
      fieldErrors: {},
      values: { name: "A" },
    });
    const broken = action(schema, { public: true }, async () => {
      throw new Error("boom");
    });
    const answer = await broken(null, formOf({ name: "A" }));
    expect(answer).toMatchObject({ ok: false, fieldErrors: {}, values: { name: "A" } });
    expect(answer.ok === false && answer.formError).toContain("t:server");
  });
});
