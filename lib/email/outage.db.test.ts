// The email service fails, hangs and recovers: mail waits in the outbox and goes out once.
// Runs the real Resend SDK against a local stub (the SDK reads RESEND_BASE_URL when built).
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { emailAttempts, emailOutbox } from "@/db/schema";
import { openTestDb, resetDb } from "@/db/testing";
import { sendEmail } from "./data";
import { deliverDue, resendSender } from "./worker";

type Mode = "fail" | "hang" | "ok";

/** A stand-in for the Resend API that counts requests and successful sends per idempotency key. */
class Stub {
  mode: Mode = "ok";
  requests = new Map<string, number>();
  sent = new Map<string, number>();
  private hanging: ServerResponse[] = [];
  private server: Server = createServer((req, res) => void this.handle(req, res));

  async start(): Promise<string> {
    this.server.listen(0, "127.0.0.1");
    await once(this.server, "listening");
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    this.server.close();
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    for await (const chunk of req) void chunk; // read the body like a real server
    const key = String(req.headers["idempotency-key"]);
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
    if (this.mode === "hang") {
      this.hanging.push(res);
      return;
    }
    res.setHeader("content-type", "application/json");
    if (this.mode === "fail") {
      res.statusCode = 500;
      res.end(JSON.stringify({ name: "internal_server_error", message: "Stub is down", statusCode: 500 }));
      return;
    }
    // Like Resend: a repeated idempotency key returns the first result and sends nothing new.
    if (!this.sent.has(key)) this.sent.set(key, this.sent.size + 1);
    res.end(JSON.stringify({ id: `stub-${this.sent.get(key)}` }));
  }
}

let h: DbHandle;
let stub: Stub;
const savedBaseUrl = process.env.RESEND_BASE_URL;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => {
  await h.close();
  process.env.RESEND_BASE_URL = savedBaseUrl;
});
beforeEach(async () => {
  await resetDb(h);
  stub = new Stub();
  process.env.RESEND_BASE_URL = await stub.start();
  return () => stub.stop();
});

const mail = (to: string) => ({ to, subject: "Hei", text: "Tekst", template: "test" });
// Past every backoff, so each run finds the message due again.
const later = (hours: number) => new Date(Date.now() + hours * 3_600_000);
const TIMEOUT_MS = 300;

describe("email service outage", () => {
  it("keeps mail pending through errors and a hang, then delivers each message exactly once", async () => {
    await sendEmail(h.db, mail("a@example.no"));
    await sendEmail(h.db, mail("b@example.no"));
    const send = resendSender("re_test_key", TIMEOUT_MS);

    stub.mode = "fail";
    expect(await deliverDue(h.db, send)).toEqual({ sent: 0, failed: 2 });

    stub.mode = "hang";
    const started = Date.now();
    expect(await deliverDue(h.db, send, later(1))).toEqual({ sent: 0, failed: 2 });
    // The timeout, not the stub, ended each attempt.
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS * 2 * 5);

    let rows = await h.db.select().from(emailOutbox);
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ["pending", 2],
      ["pending", 2],
    ]);
    expect(rows.every((r) => r.lastError?.startsWith("Resend:"))).toBe(true);
    expect(await h.db.select().from(emailAttempts)).toHaveLength(4);

    stub.mode = "ok";
    // Two workers at once, as on two app servers: each message still goes out once.
    const reports = await Promise.all([deliverDue(h.db, send, later(2)), deliverDue(h.db, send, later(2))]);
    expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(2);
    expect(await deliverDue(h.db, send, later(3))).toEqual({ sent: 0, failed: 0 });

    rows = await h.db.select().from(emailOutbox);
    expect(rows.map((r) => r.status)).toEqual(["sent", "sent"]);
    expect(rows.map((r) => r.attempts)).toEqual([3, 3]);
    for (const r of rows) {
      // Three requests per message (error, hang, success), one send.
      expect(stub.requests.get(r.idempotencyKey)).toBe(3);
      expect(stub.sent.has(r.idempotencyKey)).toBe(true);
    }
    expect(stub.sent.size).toBe(2);
    expect(new Set(rows.map((r) => r.providerMessageId)).size).toBe(2);
  });

  it("does not send twice when the service sent the mail but the answer never arrived", async () => {
    await sendEmail(h.db, mail("a@example.no"));
    const send = resendSender("re_test_key", TIMEOUT_MS);
    const [{ idempotencyKey }] = await h.db.select().from(emailOutbox);
    // The hang is after the stub took the request: a real service may well have sent it.
    stub.mode = "hang";
    expect(await deliverDue(h.db, send)).toEqual({ sent: 0, failed: 1 });
    stub.mode = "ok";
    expect(await deliverDue(h.db, send, later(1))).toEqual({ sent: 1, failed: 0 });
    expect(stub.requests.get(idempotencyKey)).toBe(2);
    // The retry carried the same idempotency key, so the service can recognise it.
    expect([...stub.requests.keys()]).toEqual([idempotencyKey]);
  });
});
