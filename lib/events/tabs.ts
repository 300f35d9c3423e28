// The sections of an event's pages, per kind and per what the caller may do (lib/events/access).
import type { EventKind } from "@/db/schema/events";
import type { Role } from "@/db/schema/organizations";
import { mayRegisterParticipants, type EventAccess } from "./access";

export type EventTab =
  "overview" | "invitations" | "stands" | "stand" | "candidates" | "schedule" | "checkIn" | "leads" | "report";

const PATHS: Record<EventTab, string> = {
  overview: "",
  invitations: "/invitations",
  stands: "/stands",
  stand: "/stand",
  candidates: "/candidates",
  schedule: "/schedule",
  checkIn: "/check-in",
  leads: "/leads",
  report: "/report",
};

// The report is the fair report (lib/fair-report): other kinds have none, and its address answers 404.
const FAIR_ONLY: readonly EventTab[] = ["stands", "stand", "candidates", "schedule", "checkIn", "leads", "report"];

const BY_ACCESS: Record<EventAccess, readonly EventTab[]> = {
  organizer: ["overview", "invitations", "stands", "candidates", "schedule", "checkIn", "leads", "report"],
  cohost: ["overview", "stands", "candidates", "report"],
  employer: ["overview", "stand", "candidates", "schedule", "leads"],
  municipality: ["overview", "candidates", "schedule"],
};

/** Municipality staff of a co-hosting municipality also follow their own participants' schedule. */
export function eventTabs(kind: EventKind, access: EventAccess, role?: Role): { tab: EventTab; path: string }[] {
  const tabs =
    access === "cohost" && role && mayRegisterParticipants(access, role)
      ? [...BY_ACCESS.cohost.slice(0, 3), "schedule" as const, ...BY_ACCESS.cohost.slice(3)]
      : BY_ACCESS[access];
  return tabs.filter((t) => kind === "career_fair" || !FAIR_ONLY.includes(t)).map((tab) => ({ tab, path: PATHS[tab] }));
}
