// Sends what the outbox holds. Runs inside each app server (instrumentation.ts) when
// RESEND_API_KEY is set, and from `npm run email:deliver`.
import { getDb, type Db } from "@/db";
import type { EmailAttachment } from "@/db/schema";
import { emailFrom } from "@/lib/config";
import { logError, newRequestId, scrub } from "@/lib/logging/logger";
import { claimDueEmails, recordDelivered, recordFailure } from "./data";

export interface SendRequest {
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: EmailAttachment[];
  idempotencyKey: string;
}
/** Resolves with the provider's message id, or throws. */
export type Sender = (req: SendRequest) => Promise<string>;

export interface DeliveryReport {
  sent: number;
  failed: number;
}

export async function deliverDue(db: Db, send: Sender, now = new Date()): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, failed: 0 };
  const batch = await claimDueEmails(db, now);
  for (const email of batch) {
    try {
      const id = await send({
        from: emailFrom(),
        to: email.toAddress,
        subject: email.subject,
        text: email.textBody,
        html: email.htmlBody ?? undefined,
        attachments: email.attachments ?? undefined,
        idempotencyKey: email.idempotencyKey,
      });
      await recordDelivered(db, email.id, id, new Date());
      report.sent++;
    } catch (err) {
      // A provider's message may quote the address; the outbox row has it already, its error need not.
      const reason = scrub(err instanceof Error ? err.message : String(err));
      await recordFailure(db, email.id, reason, email.attempts + 1, new Date());
      report.failed++;
    }
  }
  return report;
}

/** Resend, with a timeout: the SDK never throws and never times out on its own. */
export function resendSender(apiKey: string, timeoutMs = 10_000): Sender {
  return async (req) => {
    const { Resend } = await import("resend");
    const resend = new Resend(apiKey);
    const { data, error } = await resend.emails.send(
      {
        from: req.from,
        to: req.to,
        subject: req.subject,
        text: req.text,
        html: req.html,
        attachments: req.attachments?.map((a) => ({
          filename: a.filename,
          content: Buffer.from(a.content, "utf8"),
          contentType: a.contentType,
        })),
      },
      { idempotencyKey: req.idempotencyKey, signal: AbortSignal.timeout(timeoutMs) } as never,
    );
    if (error || !data) throw new Error(`Resend: ${error?.name ?? "error"}: ${error?.message ?? "no response"}`);
    return data.id;
  };
}

const globalForWorker = globalThis as { __lagspillMailer?: { running: boolean; timer?: NodeJS.Timeout } };

/** Delivers due mail now, if a provider is configured. Never throws. */
export async function kickDelivery(): Promise<void> {
  const key = process.env.RESEND_API_KEY;
  if (!key) return;
  const state = (globalForWorker.__lagspillMailer ??= { running: false });
  if (state.running) return;
  state.running = true;
  try {
    await deliverDue(await getDb(), resendSender(key));
  } catch (err) {
    logError("email delivery run failed", err, { requestId: newRequestId() });
  } finally {
    state.running = false;
  }
}

export function startDeliveryLoop(intervalMs = 15_000): void {
  if (!process.env.RESEND_API_KEY) return;
  const state = (globalForWorker.__lagspillMailer ??= { running: false });
  if (state.timer) return;
  state.timer = setInterval(() => void kickDelivery(), intervalMs);
  state.timer.unref();
}
