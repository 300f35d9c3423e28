// Who sees which event, and as what. Pure, so the rule is unit-tested on its own; the data
// functions in lib/events/data.ts load the facts and ask this.
import type { EventKind, EventStatus } from "@/db/schema/events";
import type { OrganizationKind, Role } from "@/db/schema/organizations";
import { isEmployerRole, isMunicipalityRole } from "@/lib/auth/roles";

/**
 * - `organizer`: staff of the association that runs the event: everything.
 * - `cohost`: people of a co-hosting organization (municipality, NAV, county…): the event and its figures;
 *   municipality co-hosts also register their participants.
 * - `employer`: an employer in the event's city, for a published (or completed/cancelled) event: its own stand.
 * - `municipality`: municipality staff in the event's city, for a published event: their own participants.
 */
export type EventAccess = "organizer" | "cohost" | "employer" | "municipality";

export interface EventFacts {
  associationId: string;
  /** The organizer association's city. */
  city: string;
  status: EventStatus;
  cohostIds: readonly string[];
}

export interface Viewer {
  organizationId: string;
  organizationKind: OrganizationKind;
  role: Role;
  city: string;
}

export function eventAccess(event: EventFacts, viewer: Viewer): EventAccess | null {
  if (viewer.organizationId === event.associationId && viewer.role === "association_staff") return "organizer";
  if (event.cohostIds.includes(viewer.organizationId)) return "cohost";
  if (event.status === "draft" || viewer.city !== event.city) return null;
  if (isEmployerRole(viewer.role)) return "employer";
  if (isMunicipalityRole(viewer.role)) return "municipality";
  return null;
}

/** Municipality staff may register their participants as organizer's partners: as co-host or as municipality in the city. */
export function mayRegisterParticipants(access: EventAccess | null, role: Role): boolean {
  return (access === "municipality" || access === "cohost") && isMunicipalityRole(role);
}

/**
 * One fair feature's rule: may someone who sees the event (as `access`) use it? The domains' access.ts
 * declare theirs (stands, leads, interviews…); lib/events/data.ts's loadEvent asks it, so a caller
 * the rule leaves out gets the same 404 as for an event they cannot see.
 */
export type EventRule = (event: { kind: EventKind }, access: EventAccess) => boolean;

/** A feature of career fairs only (stands, candidates, interviews, leads, check-in, the report), for these audiences. */
export function atCareerFair(...audiences: EventAccess[]): EventRule {
  return (event, access) => event.kind === "career_fair" && audiences.includes(access);
}

/** A feature of any kind of event, for these audiences. */
export function atAnyEvent(...audiences: EventAccess[]): EventRule {
  return (_event, access) => audiences.includes(access);
}

/** Who creates and edits events: staff of an association (organizers run their own association's events). */
export function mayOrganizeEvents(m: { role: Role; organizationKind: OrganizationKind }): boolean {
  return m.role === "association_staff" && m.organizationKind === "association";
}
