// Who sees and writes which slot. Pure, so the rule is unit-tested on its own; lib/slots/data.ts
// turns the reach into its WHERE and pages ask the same functions.
import type { OrganizationKind, Role } from "@/db/schema/organizations";
import { isEmployerRole, isMunicipalityRole } from "@/lib/auth/roles";
import { can } from "@/lib/auth/permissions";
import { employerInReach } from "@/lib/employers/access";

export interface SlotViewer {
  role: Role;
  organizationId: string;
  city: string;
}

export interface SlotFacts {
  employerId: string;
  employerKind: OrganizationKind;
  employerCity: string;
}

/**
 * Which slots a viewer reaches: an employer only its own organization's (`own`); municipality
 * staff those of every employer in the municipality's city (`city`); everyone else none.
 */
export type SlotReach = { kind: "own"; employerId: string } | { kind: "city"; city: string } | null;

export function slotReach(viewer: SlotViewer): SlotReach {
  if (isEmployerRole(viewer.role)) return { kind: "own", employerId: viewer.organizationId };
  if (isMunicipalityRole(viewer.role)) return { kind: "city", city: viewer.city };
  return null;
}

export function maySeeSlot(viewer: SlotViewer, slot: SlotFacts): boolean {
  const reach = slotReach(viewer);
  if (!reach) return false;
  if (reach.kind === "own") return slot.employerId === reach.employerId;
  return employerInReach(reach, { kind: slot.employerKind, city: slot.employerCity });
}

/** Edit a slot, change its status: anyone with the write permission who sees it. */
export function mayEditSlot(viewer: SlotViewer, slot: SlotFacts): boolean {
  return can(viewer.role, "slots.write") && maySeeSlot(viewer, slot);
}

/**
 * Municipality staff pick the employer (for a new slot, as a list column and filter); an
 * employer's slots are always its own, so it picks none.
 */
export function picksEmployer(role: Role): boolean {
  return isMunicipalityRole(role);
}
