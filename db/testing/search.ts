// "Search every table of the schema" for the privacy data tests: after erasure or retention, no
// row anywhere may still hold a person's name, address, phone or case number.
import { is, sql } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../index";
import * as schema from "../schema";

const TABLES = (Object.values(schema) as unknown[]).filter((v): v is PgTable => is(v, PgTable));

/**
 * Every table whose rows, each read whole as text, contain one of the strings (case-insensitive):
 * "table: n × string" per hit, so an assertion failure says where the person was left.
 */
export async function searchEveryTable(db: Db, strings: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const table of TABLES)
    for (const s of strings) {
      const [{ n }] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(table)
        .where(sql`strpos(lower(row_to_json(${table})::text), ${s.toLowerCase()}) > 0`);
      if (n > 0) found.push(`${getTableConfig(table).name}: ${n} × ${s}`);
    }
  return found;
}
