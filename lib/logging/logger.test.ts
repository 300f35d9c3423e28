import { createHash, createHmac } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  errorEntry,
  logError,
  logLine,
  requestIdFrom,
  safeFields,
  scrub,
  scrubConsole,
  scrubPath,
  setLogWriter,
} from "./logger";

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

// Made the way the app makes its link tokens: an HMAC-SHA256 in base64url (invitations, fair
// registrations) and 32 bytes in hex (magic links). Derived from fixed input, so the same every run.
const hmac = (i: number) => createHmac("sha256", "secret").update(`candidate:${i}`).digest("base64url");
const B64 = hmac(0);
const HEX = createHash("sha256").update("magic").digest("hex");

describe("tokens", () => {
  it("are taken out wherever they sit, in hundreds of samples", () => {
    for (let i = 0; i < 500; i++) {
      expect(scrub(`token ${hmac(i)}: not found`)).toBe("token [token]: not found");
      expect(scrubPath(`/invitations/${hmac(i)}/unsubscribe`)).toBe("/invitations/[token]/unsubscribe");
    }
    expect(scrub(`${HEX} expired`)).toBe("[token] expired");
  });

  it("are taken out of free text, ids and names are not", () => {
    expect(scrub(`no registration for ${B64}; link ${HEX}.`)).toBe("no registration for [token]; link [token].");
    const kept = [
      "participant 550e8400-e29b-41d4-a716-446655440000 not found",
      'violates foreign key constraint "placements_participant_id_participants_id" ',
      "request 7f3a9c21de",
    ];
    for (const text of kept) expect(scrub(text)).toBe(text);
  });
});

describe("scrubPath", () => {
  it("replaces tokens in segments and drops the query string", () => {
    expect(scrubPath(`/fairs/registration/${B64}/schedule`)).toBe("/fairs/registration/[token]/schedule");
    expect(scrubPath(`/invitations/${B64}`)).toBe("/invitations/[token]");
    expect(scrubPath(`GET /api/fairs/registration/${B64}/calendar`)).toBe(
      "GET /api/fairs/registration/[token]/calendar",
    );
    expect(scrubPath(`/api/auth/callback/resend?token=${HEX}&email=kari%40example.no`)).toBe(
      "/api/auth/callback/resend?[query]",
    );
    expect(scrubPath("/participants?q=Kari+Nordmann#top")).toBe("/participants?[query]");
  });

  it("catches a lower-case token in a segment and an address typed into the path", () => {
    const lower = "abcdefghijklmnopqrstuvwxyz-abcdefghijklmnop";
    expect(scrubPath(`/invitations/${lower}/unsubscribe`)).toBe("/invitations/[token]/unsubscribe");
    expect(scrubPath("/people/kari%40example.no")).toBe("/people/[email]");
  });

  it("keeps ordinary paths as they are", () => {
    for (const path of ["/participants/550e8400-e29b-41d4-a716-446655440000/edit", "/fairs/x.y", "/", "/home?"]) {
      expect(scrubPath(path)).toBe(path === "/home?" ? "/home" : path);
    }
  });

  it("is what errorEntry does to the route", () => {
    const entry = errorEntry("x", new Error("y"), { requestId: "r-123456", route: `/invitations/${B64}?a=1` });
    expect(entry.route).toBe("/invitations/[token]?[query]");
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

describe("logLine", () => {
  afterEach(() => setLogWriter(undefined));
  it("writes one scrubbed plain line to the stream asked for", () => {
    const lines: [string, string][] = [];
    setLogWriter((line, stream) => lines.push([line, stream]));
    logLine(`Failed query: select …\nparams: kari@example.no, ${HEX}`);
    logLine("Lagspill: 3 reminders written.", "stdout");
    expect(lines).toEqual([
      ["Failed query: select …\nparams: [redacted]", "stderr"],
      ["Lagspill: 3 reminders written.", "stdout"],
    ]);
  });

  it("scrubs a token outside the params too", () => {
    const lines: string[] = [];
    setLogWriter((line) => lines.push(line));
    logLine(`pg_restore: could not find ${HEX} for per.hansen@firma.no`);
    expect(lines).toEqual(["pg_restore: could not find [token] for [email]"]);
  });
});

describe("scrubConsole", () => {
  it("scrubs what others write to the console and lets our own lines through unchanged", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const undo = scrubConsole();
    try {
      // As Next reports a page that threw: the error object itself, with its digest.
      const thrown = Object.assign(new Error("Failed query: select 1\nparams: kari@example.no"), {
        digest: "2781947382",
      });
      console.error(thrown);
      console.warn("link %s for %s", `/invitations/${B64}`, "per.hansen@firma.no");
      logError("request failed", new Error("boom"), { requestId: "r-123456", digest: "2781947382" });
      expect(scrubConsole()).not.toBe(undo);
    } finally {
      undo();
    }
    expect(console.error).toBe(error);
    const seen = [...error.mock.calls, ...warn.mock.calls].map((call) => call.join(" "));
    expect(seen[0]).toContain("params: [redacted]");
    expect(seen[0]).not.toContain("kari@");
    // Our JSON line keeps the digest support searches for, and is not scrubbed twice.
    expect(JSON.parse(seen[1])).toMatchObject({ digest: "2781947382", error: { message: "boom" } });
    expect(seen[2]).toBe("link /invitations/[token] for [email]");
    error.mockRestore();
    warn.mockRestore();
  });
});
