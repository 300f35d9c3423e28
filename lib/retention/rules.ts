// Pure rules for the retention job: who is past retention. What anonymization does to each
// table is the register's (lib/privacy/register). No db, no next/*.
import type { ParticipantStatus } from "@/db/schema/participants";
import { osloDate } from "@/lib/time/oslo";
import { addMonths } from "@/lib/participants/rules";

/** Months after programme end before a participant is anonymized, when the municipality has set nothing. */
export const DEFAULT_RETENTION_MONTHS = 24;

/** Only participants whose programme is over are anonymized; an active record is never touched. */
export const RETENTION_STATUSES: ParticipantStatus[] = ["completed", "ended_early"];

/**
 * True when the programme ended more than `retentionMonths` before today (Oslo date):
 * programme end + retention < today. A programme that ended on 31 August with 6 months'
 * retention is kept through 28 February and anonymized from 1 March.
 */
export function isPastRetention(programmeEnd: string, retentionMonths: number, now: Date): boolean {
  return addMonths(programmeEnd, retentionMonths) < osloDate(now);
}
