import { afterEach, describe, expect, it } from "vitest";
import { errorEntry, logError, requestIdFrom, safeFields, scrub, setLogWriter } from "./logger";

const now = new Date("2026-11-28T09:30:00.000Z");

describe("errorEntry", () => {
  it("is one line with level, time, request id, message, route and the error", () => {
    const entry = errorEntry(
      "server action failed",
      new TypeError("boom"),
      { requestId: "abc123def0", route: "/participants" },
      now,
    );
    expect(entry).toMatchObject({
      level: "error",
      time: "2026-11-28T09:30:00.000Z",
      requestId: "abc123def0",
      msg: "server action failed",
      route: "/participants",
      error: { name: "TypeError", message: "boom" },
    });
    expect(entry.error?.stack).toContain("TypeError: boom");
    expect(JSON.stringify(entry)).not.toContain("\n");
  });

  it("drops fields that could hold personal data and keeps ids", () => {
    const entry = errorEntry("x", new Error("y"), {
      requestId: "r-123456",
      userId: "u1",
      organizationId: "o1",
      digest: "2781947382",
      email: "kari@example.no",
      name: "Kari Nordmann",
      values: { firstName: "Kari" },
      fullName: "Kari Nordmann",
      phone: "99887766",
      formValues: "Kari",
    });
    expect(entry).toMatchObject({ requestId: "r-123456", userId: "u1", organizationId: "o1", digest: "2781947382" });
    const line = JSON.stringify(entry);
    expect(line).not.toContain("Kari");
    expect(line).not.toContain("kari@example.no");
    expect(line).not.toContain("99887766");
  });

  it("takes bound values out of a failed query's message and keeps the database's code", () => {
    const cause = Object.assign(new Error('duplicate key value violates unique constraint "users_email_unique"'), {
      code: "23505",
    });
    const err = new Error(
      "Failed query: insert into users (email, name) values ($1, $2)\nparams: kari@example.no,Kari Nordmann",
      { cause },
    );
    const entry = errorEntry("x", err, { requestId: "r-123456" });
    expect(entry.error?.code).toBe("23505");
    expect(entry.error?.message).toContain("params: [redacted]");
    expect(entry.error?.message).toContain("users_email_unique");
    expect(JSON.stringify(entry)).not.toMatch(/Kari|kari@/);
  });

  it("describes thrown non-errors", () => {
    expect(errorEntry("x", "ola@example.no failed", { requestId: "r-123456" }, now).error).toEqual({
      name: "NonError",
      message: "[email] failed",
    });
  });
});

describe("ids", () => {
  it("replaces a request id that does not look like one", () => {
    expect(errorEntry("x", new Error("y"), { requestId: "kari@example.no" }).requestId).toBe("invalid");
    expect(errorEntry("x", new Error("y"), { requestId: "abcdef12", digest: "a b" })).not.toHaveProperty("digest");
  });
});

describe("scrub and safeFields", () => {
  it("replaces emails and national-id-length numbers", () => {
    expect(scrub("to per.hansen@firma.no, fnr 01017012345")).toBe("to [email], fnr [number]");
  });
  it("keeps only plain values under safe names", () => {
    expect(
      safeFields({ method: "POST", status: 500, retried: false, nested: { a: 1 }, token: "secret", none: undefined }),
    ).toEqual({
      method: "POST",
      status: 500,
      retried: false,
    });
  });
});

describe("requestIdFrom", () => {
  it("keeps a well-formed incoming x-request-id", () => {
    expect(requestIdFrom(new Headers({ "x-request-id": "lb-7f3a9c21" }))).toBe("lb-7f3a9c21");
  });
  it("makes a new short id when the header is missing or odd", () => {
    const fresh = requestIdFrom(new Headers());
    expect(fresh).toMatch(/^[0-9a-f]{10}$/);
    expect(requestIdFrom(new Headers({ "x-request-id": "<script>alert(1)</script>" }))).toMatch(/^[0-9a-f]{10}$/);
    expect(requestIdFrom(undefined)).not.toBe(fresh);
  });
});

describe("logError", () => {
  afterEach(() => setLogWriter(undefined));
  it("writes exactly one parseable JSON line", () => {
    const lines: string[] = [];
    setLogWriter((line) => lines.push(line));
    logError("route handler failed", new Error("down"), { requestId: "abcdef1234", route: "GET /api/x" });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({
      level: "error",
      requestId: "abcdef1234",
      route: "GET /api/x",
      error: { message: "down" },
    });
  });
});
