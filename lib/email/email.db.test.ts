import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db";
import { emailAttempts, emailOutbox } from "@/db/schema";
import { openTestDb, resetDb } from "@/db/testing";
import { claimDueEmails, sendEmail } from "./data";
import { MAX_ATTEMPTS } from "./rules";
import { deliverDue, type Sender } from "./worker";

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => h.close());
beforeEach(async () => resetDb(h));

const mail = (to: string) => ({ to, subject: "Hei", text: "Tekst", template: "test" });
const okSender = (): Sender & { calls: string[] } => {
  const calls: string[] = [];
  const fn = (async (req) => {
    calls.push(req.idempotencyKey);
    return `msg-${calls.length}`;
  }) as Sender & { calls: string[] };
  fn.calls = calls;
  return fn;
};

describe("outbox", () => {
  it("writes nothing when the transaction that caused the email rolls back", async () => {
    await expect(
      h.db.transaction(async (tx) => {
        await sendEmail(tx, mail("a@example.no"));
        throw new Error("the action failed");
      }),
    ).rejects.toThrow("the action failed");
    expect(await h.db.select().from(emailOutbox)).toHaveLength(0);
  });

  it("records a failure without the address or a link token the provider quoted", async () => {
    await sendEmail(h.db, mail("kari.nordmann@example.no"));
    const token = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    const refused: Sender = async () => {
      throw new Error(`Resend: validation_error: kari.nordmann@example.no rejected (link ${token})`);
    };
    expect(await deliverDue(h.db, refused)).toEqual({ sent: 0, failed: 1 });
    const [row] = await h.db.select().from(emailOutbox);
    expect(row.lastError).toBe("Resend: validation_error: [email] rejected (link [token])");
    const [attempt] = await h.db.select().from(emailAttempts);
    expect(attempt.error).toBe(row.lastError);
  });

  it("delivers pending mail once and records the attempt", async () => {
    await sendEmail(h.db, mail("a@example.no"));
    const sender = okSender();
    expect(await deliverDue(h.db, sender)).toEqual({ sent: 1, failed: 0 });
    expect(await deliverDue(h.db, sender)).toEqual({ sent: 0, failed: 0 });
    expect(sender.calls).toHaveLength(1);
    const [row] = await h.db.select().from(emailOutbox);
    expect(row.status).toBe("sent");
    expect(row.attempts).toBe(1);
    expect(row.providerMessageId).toBe("msg-1");
    expect(await h.db.select().from(emailAttempts)).toHaveLength(1);
  });

  it("keeps mail when the service is down, retries with backoff, and sends it once it is back", async () => {
    await sendEmail(h.db, mail("a@example.no"));
    const down: Sender = async () => {
      throw new Error("503 Service Unavailable");
    };
    const t0 = new Date();
    expect(await deliverDue(h.db, down, t0)).toEqual({ sent: 0, failed: 1 });
    let [row] = await h.db.select().from(emailOutbox);
    expect(row.status).toBe("pending");
    expect(row.attempts).toBe(1);
    expect(row.lastError).toContain("503");
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(t0.getTime());

    // Not due yet: nothing is tried.
    const sender = okSender();
    expect(await deliverDue(h.db, sender, t0)).toEqual({ sent: 0, failed: 0 });
    // Later, the service is back.
    const later = new Date(row.nextAttemptAt.getTime() + 1000);
    expect(await deliverDue(h.db, sender, later)).toEqual({ sent: 1, failed: 0 });
    [row] = await h.db.select().from(emailOutbox);
    expect(row.status).toBe("sent");
    expect(row.attempts).toBe(2);
    expect(sender.calls).toEqual([row.idempotencyKey]);
    expect(await h.db.select().from(emailAttempts).where(eq(emailAttempts.emailId, row.id))).toHaveLength(2);
  });

  it("marks mail failed after the last attempt, without deleting it", async () => {
    await sendEmail(h.db, mail("a@example.no"));
    await h.db.update(emailOutbox).set({ attempts: MAX_ATTEMPTS - 1 });
    await deliverDue(h.db, async () => {
      throw new Error("timeout");
    });
    const [row] = await h.db.select().from(emailOutbox);
    expect(row.status).toBe("failed");
    expect(row.attempts).toBe(MAX_ATTEMPTS);
  });

  it("never lets two workers claim the same message", async () => {
    for (let i = 0; i < 5; i++) await sendEmail(h.db, mail(`p${i}@example.no`));
    const now = new Date();
    const first = await claimDueEmails(h.db, now);
    const second = await claimDueEmails(h.db, now);
    expect(first).toHaveLength(5);
    expect(second).toHaveLength(0);
  });
});
