import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { NotFoundError } from "@/lib/auth/errors";
import type { Ctx } from "@/lib/auth/session";
import { mayMatch } from "../access";
import { CREDITED_PREFIX, DISTANCE_FIT, WISH_RANK_FIT } from "../rules";

/**
 * How many candidates the SQL pre-filter hands to the ranking. The pre-filter orders by the
 * parts it can compute cheaply (occupation, Norwegian, area: 80 of 100 points), so a candidate
 * it leaves out could only pass one it keeps on hours and time left, and then only far below
 * the top 20 shown.
 */
export const PREFILTER_LIMIT = 200;

export function requireStaff(ctx: Ctx): void {
  if (!mayMatch(ctx.membership.role)) throw new NotFoundError("matches");
}

/**
 * The sub-major group (the first CREDITED_PREFIX digits) of an ISCO column, written out as a
 * constant so that it is the very expression the sub-major indexes on participant_wishes and
 * participant_experience are built on (db/schema/participants.ts).
 */
export const subMajorOf = (column: SQL) => sql`left(${column}, ${sql.raw(String(CREDITED_PREFIX))})`;

/**
 * The occupation fit (0..1) of an ISCO column against a known unit group, by the same distances as
 * the ranking. Callers keep only rows of the same sub-major group (CREDITED_PREFIX), the last that earns credit.
 */
export function distanceFit(column: SQL, code: string): SQL {
  return sql`(case when ${column} = ${code} then ${DISTANCE_FIT[0]}::float8
    when left(${column}, 3) = ${code.slice(0, 3)} then ${DISTANCE_FIT[1]}::float8
    when left(${column}, 2) = ${code.slice(0, 2)} then ${DISTANCE_FIT[2]}::float8 else 0::float8 end)`;
}

export const rankFit = (rank: SQL) =>
  sql`(case ${rank} when 1 then ${WISH_RANK_FIT[0]}::float8 when 2 then ${WISH_RANK_FIT[1]}::float8 else ${WISH_RANK_FIT[2]}::float8 end)`;
