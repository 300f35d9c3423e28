import { describe, expect, it } from "vitest";
import {
  can,
  OPERATOR_PERMISSIONS,
  operatorCan,
  PERMISSIONS,
  permissionsOf,
  ROLES,
  type Permission,
} from "./permissions";
import type { Role } from "@/db/schema/organizations";

// The full role × permission matrix, written out by hand so a change to the table must change this test too.
const expected: Record<Permission, Role[]> = {
  "home.view": ["consultant", "job_specialist", "municipality_admin", "employer", "association_staff", "partner"],
  "organization.read": [
    "consultant",
    "job_specialist",
    "municipality_admin",
    "employer",
    "association_staff",
    "partner",
  ],
  "email.status.read": ["municipality_admin", "association_staff"],
  "municipality.overview": ["consultant", "job_specialist", "municipality_admin"],
  "participants.read": ["consultant", "job_specialist", "municipality_admin"],
  "participants.write": ["consultant", "job_specialist", "municipality_admin"],
  "participants.manage": ["municipality_admin"],
  "participants.import": ["consultant", "job_specialist", "municipality_admin"],
  "audit.read": ["municipality_admin"],
  "participants.subjectRights": ["municipality_admin"],
  "followups.write": ["consultant", "job_specialist", "municipality_admin"],
  "fidelity.view": ["job_specialist", "municipality_admin"],
  "municipality.settings": ["municipality_admin"],
  "employers.read": ["consultant", "job_specialist", "municipality_admin"],
  "employers.manage": ["consultant", "job_specialist", "municipality_admin"],
  "employer.profile": ["employer"],
  "slots.read": ["consultant", "job_specialist", "municipality_admin", "employer"],
  "slots.write": ["consultant", "job_specialist", "municipality_admin", "employer"],
  "matching.view": ["consultant", "job_specialist", "municipality_admin"],
  "placements.manage": ["consultant", "job_specialist", "municipality_admin"],
  "proposals.answer": ["employer"],
  "agreements.confirm": ["consultant", "job_specialist", "municipality_admin", "employer"],
  "members.manage": ["association_staff"],
  "events.read": ["consultant", "job_specialist", "municipality_admin", "employer", "association_staff", "partner"],
  "events.manage": ["association_staff"],
  "fairs.exhibit": ["employer"],
  "fairs.registerParticipants": ["consultant", "job_specialist", "municipality_admin"],
  "council.read": ["consultant", "job_specialist", "municipality_admin", "association_staff", "partner"],
  "council.contribute": ["municipality_admin", "association_staff", "partner"],
  "reports.municipality": ["municipality_admin"],
  "account.view": ["consultant", "job_specialist", "municipality_admin", "employer", "association_staff", "partner"],
  "people.manage": ["municipality_admin", "association_staff", "employer"],
};

describe("permissions matrix", () => {
  it("covers exactly the permissions in the table", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const permission of Object.keys(expected) as Permission[]) {
    for (const role of ROLES) {
      const allowed = expected[permission].includes(role);
      it(`${role} ${allowed ? "may" : "may not"} ${permission}`, () => {
        expect(can(role, permission)).toBe(allowed);
      });
    }
  }

  it("denies everything without a role", () => {
    expect(can(null, "home.view")).toBe(false);
    expect(can(undefined, "organization.read")).toBe(false);
  });

  it("lists a role's permissions", () => {
    expect(permissionsOf("employer")).toEqual([
      "home.view",
      "organization.read",
      "employer.profile",
      "slots.read",
      "slots.write",
      "proposals.answer",
      "agreements.confirm",
      "events.read",
      "fairs.exhibit",
      "account.view",
      "people.manage",
    ]);
  });
});

describe("operators of the installation", () => {
  it("may do every operator task, and nobody else may", () => {
    for (const p of Object.keys(OPERATOR_PERMISSIONS) as (keyof typeof OPERATOR_PERMISSIONS)[]) {
      expect(operatorCan({ isOperator: true }, p), p).toBe(true);
      expect(operatorCan({ isOperator: false }, p), p).toBe(false);
      expect(operatorCan(null, p), p).toBe(false);
    }
    expect(Object.keys(OPERATOR_PERMISSIONS).sort()).toEqual([
      "councils.manage",
      "operators.manage",
      "organizations.manage",
    ]);
  });
  it("hold no role, so no organization's permission and no participant is theirs", () => {
    // An operator's context has no membership: `can` is asked with no role and refuses everything.
    for (const p of Object.keys(PERMISSIONS) as Permission[]) expect(can(null, p), p).toBe(false);
    expect(Object.keys(OPERATOR_PERMISSIONS).some((p) => p.startsWith("participants"))).toBe(false);
  });
});
