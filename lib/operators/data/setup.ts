import "server-only";
import { eq, isNull } from "drizzle-orm";
import { getDb, type Db } from "@/db";
import { setupTokens } from "@/db/schema";
import { writeStaffAudit } from "@/lib/audit/data";
import { UserError } from "@/lib/auth/errors";
import { hashToken, newToken } from "@/lib/auth/tokens";
import { authSecret } from "@/lib/config";
import type { Locale } from "@/lib/i18n/locale";
import { setupTokenExpires, setupTokenState, type SetupTokenState } from "../rules";
import { addOperator, lockOperators, operatorCount } from "./operators";

/**
 * On a server's start: an installation without an operator gets a new setup token (only its hash
 * is stored) and the caller prints the link. Several servers starting at once each print their
 * own working link; the first one used voids the others.
 */
export async function createSetupToken(db: Db, now = new Date()): Promise<string | null> {
  return db.transaction(async (tx) => {
    if ((await operatorCount(tx)) > 0) return null;
    const token = newToken();
    await tx
      .insert(setupTokens)
      .values({ tokenHash: hashToken(token, authSecret()), expiresAt: setupTokenExpires(now), createdAt: now });
    return token;
  });
}

async function findToken(db: Pick<Db, "select">, token: string) {
  const [row] = await db
    .select({ id: setupTokens.id, expiresAt: setupTokens.expiresAt, usedAt: setupTokens.usedAt })
    .from(setupTokens)
    .where(eq(setupTokens.tokenHash, hashToken(token, authSecret())))
    .limit(1);
  return row;
}

/** What the setup page shows for a link: the form, or why it no longer works. */
export async function setupLinkState(token: string, now = new Date()): Promise<SetupTokenState> {
  const db = await getDb();
  return setupTokenState(await findToken(db, token), (await operatorCount(db)) > 0, now);
}

/**
 * The person holding a valid setup link becomes the first operator, in one transaction: the
 * user, the operators row, every setup token voided, the sign-in link by email and the audit
 * line. Two people using two links at the same moment: the second finds an operator and is refused.
 */
export async function claimSetup(
  input: { token: string; name: string; email: string },
  opts: { locale: Locale; now?: Date },
): Promise<void> {
  const now = opts.now ?? new Date();
  const db = await getDb();
  await db.transaction(async (tx) => {
    await lockOperators(tx);
    const state = setupTokenState(await findToken(tx, input.token), (await operatorCount(tx)) > 0, now);
    if (state !== "valid") throw new UserError(`admin.setup.state.${state}`);
    const added = await addOperator(tx, {
      name: input.name,
      email: input.email,
      inviter: null,
      locale: opts.locale,
      now,
    });
    await tx.update(setupTokens).set({ usedAt: now }).where(isNull(setupTokens.usedAt));
    await writeStaffAudit(tx, { userId: added.userId, organizationId: null }, added.userId, "operator_setup", {
      newUser: added.created,
    });
  });
}

/** `npm run operator:invite`: makes a person an operator from the server's command line. */
export async function inviteOperatorFromCli(
  input: { email: string; name: string | null },
  opts: { locale: Locale; now?: Date },
): Promise<{ userId: string; created: boolean }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockOperators(tx);
    const now = opts.now ?? new Date();
    const added = await addOperator(tx, { ...input, inviter: null, locale: opts.locale, now });
    // Later setup links would be void anyway; marking them used says so in the table too.
    await tx.update(setupTokens).set({ usedAt: now }).where(isNull(setupTokens.usedAt));
    await writeStaffAudit(tx, { userId: null, organizationId: null }, added.userId, "operator_invite", {
      newUser: added.created,
      via: "command line",
    });
    return added;
  });
}
