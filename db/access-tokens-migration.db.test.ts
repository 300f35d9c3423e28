// Migration 0009 moves the token hashes of links already emailed into access_tokens, so those
// links keep working until the expiry the new rule gives them. Checked on a database migrated to
// 0008 with rows the old code wrote, then migrated on.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fairCandidateIdByToken, invitationRecipientIdByToken } from "@/lib/access-tokens/data";
import { newAccessToken } from "@/lib/access-tokens/rules";
import { hashToken } from "@/lib/auth/tokens";
import { authSecret } from "@/lib/config";
import { setDbHandle, type Db } from "./index";

const MIGRATIONS = path.resolve(__dirname, "migrations");
const work = mkdtempSync(path.join(tmpdir(), "lagspill-migration-"));
const DAY = 86_400_000;
const endsAt = new Date("2030-03-05T14:00:00Z");
const ids = {
  org: "00000000-0000-4000-8000-000000000001",
  event: "00000000-0000-4000-8000-000000000002",
  candidate: "00000000-0000-4000-8000-000000000003",
  participantCandidate: "00000000-0000-4000-8000-000000000004",
  campaign: "00000000-0000-4000-8000-000000000005",
  recipient: "00000000-0000-4000-8000-000000000006",
};
const manageToken = newAccessToken();
const invitationToken = newAccessToken();
let db: Db;
let close: () => Promise<void>;

/** The migrations folder as it stood at 0008, before access_tokens. */
function migrationsUpTo(tag: string): string {
  const dir = path.join(work, "migrations");
  mkdirSync(path.join(dir, "meta"), { recursive: true });
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS, "meta/_journal.json"), "utf8"));
  const last = journal.entries.findIndex((e: { tag: string }) => e.tag === tag);
  journal.entries = journal.entries.slice(0, last + 1);
  writeFileSync(path.join(dir, "meta/_journal.json"), JSON.stringify(journal));
  for (const e of journal.entries) copyFileSync(path.join(MIGRATIONS, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  return dir;
}

beforeAll(async () => {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const client = new PGlite("memory://");
  const pg = drizzle(client);
  await migrate(pg, { migrationsFolder: migrationsUpTo("0008_session_created_at") });
  const secret = authSecret();
  await pg.execute(sql`
    insert into organizations (id, kind, name, org_number, city)
    values (${ids.org}, 'association', 'Næringsforum Test', '999000111', 'Bergen')`);
  await pg.execute(sql`
    insert into events (id, association_id, kind, title, starts_at, ends_at, venue, status)
    values (${ids.event}, ${ids.org}, 'career_fair', 'Testtorg', ${new Date(endsAt.getTime() - 6 * 3_600_000)},
            ${endsAt}, 'Grieghallen', 'published')`);
  await pg.execute(sql`
    insert into fair_candidates (id, event_id, name, email, education_level, manage_token_hash)
    values (${ids.candidate}, ${ids.event}, 'Amal Hassan', 'amal@example.org', 'vocational',
            ${hashToken(manageToken, secret)}),
           (${ids.participantCandidate}, ${ids.event}, 'Deltaker', null, 'vocational', null)`);
  await pg.execute(sql`
    insert into invitation_campaigns (id, event_id, subject, body)
    values (${ids.campaign}, ${ids.event}, 'Velkommen', 'Meld dere på')`);
  await pg.execute(sql`
    insert into invitation_recipients (id, campaign_id, email, token_hash)
    values (${ids.recipient}, ${ids.campaign}, 'post@firma.example', ${hashToken(invitationToken, secret)})`);
  await migrate(pg, { migrationsFolder: MIGRATIONS });
  db = pg as unknown as Db;
  close = () => client.close();
  setDbHandle({ db, kind: "pglite", close });
});
afterAll(async () => {
  await close?.();
  setDbHandle(undefined);
  rmSync(work, { recursive: true, force: true });
});

describe("migration 0009_access_tokens", () => {
  it("keeps a manage link already emailed working until 30 days after the fair", async () => {
    const expiry = new Date(endsAt.getTime() + 30 * DAY);
    expect(await fairCandidateIdByToken(manageToken, new Date(expiry.getTime() - 1))).toBe(ids.candidate);
    expect(await fairCandidateIdByToken(manageToken, expiry)).toBeNull();
  });

  it("keeps an invitation link already emailed working until the event ends", async () => {
    expect(await invitationRecipientIdByToken(invitationToken, new Date(endsAt.getTime() - 1))).toBe(ids.recipient);
    expect(await invitationRecipientIdByToken(invitationToken, endsAt)).toBeNull();
  });

  it("moves only the hashes that existed, and drops the old columns", async () => {
    const rows = await db.execute<{ n: number }>(sql`select count(*)::int as n from access_tokens`);
    const [{ n }] = Array.isArray(rows) ? rows : (rows as unknown as { rows: { n: number }[] }).rows;
    expect(Number(n)).toBe(2);
    const columns = await db.execute<{ name: string }>(
      // The old columns were on fair_candidates and invitation_recipients (setup_tokens, from 0011, has its own).
      sql`select table_name || '.' || column_name as name from information_schema.columns
          where column_name in ('manage_token_hash', 'token_hash')
            and table_name in ('fair_candidates', 'invitation_recipients', 'access_tokens')`,
    );
    const names = (Array.isArray(columns) ? columns : (columns as unknown as { rows: { name: string }[] }).rows).map(
      (c) => c.name,
    );
    expect(names).toEqual(["access_tokens.token_hash"]);
  });
});
