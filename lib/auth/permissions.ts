// The one table of who may do what. Pages, actions and route handlers ask `can()`;
// nothing else decides access. Tenant scoping (which organization) comes from the session.
import { roleEnum, type Role } from "@/db/schema/organizations";
import { MUNICIPALITY_ROLES } from "./roles";

export const ROLES: readonly Role[] = roleEnum.enumValues;

const ALL = ROLES;
const MUNICIPALITY = MUNICIPALITY_ROLES;

export const PERMISSIONS = {
  /** The role's home page with its figures. */
  "home.view": ALL,
  /** Own organization's details and people. */
  "organization.read": ALL,
  /** Delivery status of email sent to the organization's people. */
  "email.status.read": ["municipality_admin", "association_staff"],
  /** Figures about the municipality's staff and the employers around it. */
  "municipality.overview": MUNICIPALITY,

  /** Read participant records of the own municipality (every read is audited). */
  "participants.read": MUNICIPALITY,
  /** Register and edit participants, record consent, outcomes and jobs. */
  "participants.write": MUNICIPALITY,
  /** See every participant of the municipality and move them between staff. */
  "participants.manage": ["municipality_admin"],
  /** Import participants from the case system's CSV export. */
  "participants.import": MUNICIPALITY,
  /** Read who read and changed a participant record. */
  "audit.read": ["municipality_admin"],
  /** Data-subject rights: export everything about a participant, erase on request. */
  "participants.subjectRights": ["municipality_admin"],
  /** Log follow-up contacts and see what is due. */
  "followups.write": MUNICIPALITY,
  /** The IPS fidelity panel. */
  "fidelity.view": ["job_specialist", "municipality_admin"],
  /** Retention period and caseload target of the municipality. */
  "municipality.settings": ["municipality_admin"],

  /** Employers in the municipality's city: list, relationship history, contact person. */
  "employers.read": MUNICIPALITY,
  /** Edit an employer's profile, assign the municipality contact, invite its contact people. */
  "employers.manage": MUNICIPALITY,
  /** An employer's own organization profile and colleagues. */
  "employer.profile": ["employer"],
  /** Slots: employers their own organization's, municipality staff those of employers in their city. */
  "slots.read": [...MUNICIPALITY, "employer"],
  "slots.write": [...MUNICIPALITY, "employer"],
  /** Ranked matches between participants and slots, with reasons. */
  "matching.view": MUNICIPALITY,
  /** Propose participants and move their placements through the stages. */
  "placements.manage": MUNICIPALITY,
  /** Proposals to the employer's own slots: consented fields only; answer them. */
  "proposals.answer": ["employer"],
  /** Read and confirm an internship agreement (each party its own confirmation). */
  "agreements.confirm": [...MUNICIPALITY, "employer"],

  /** Member companies of the association: directory, segments, member list import. */
  "members.manage": ["association_staff"],
  /**
   * Events and career fairs the person's organization may see (scoped in lib/events): the
   * organizer association's staff, co-hosts' staff, employers and municipality staff in the
   * city for published events.
   */
  "events.read": ALL,
  /** Create and run the association's events: invitations, stands, candidates, scheduler, check-in, leads of public candidates, report. */
  "events.manage": ["association_staff"],
  /** An employer's stand at a fair: registration, wishes, schedule, leads. */
  "fairs.exhibit": ["employer"],
  /** Register the own programme participants for a fair (with consent) and their wishes. */
  "fairs.registerParticipants": MUNICIPALITY,

  /**
   * The cooperation council workspace: meetings, minutes, action items, goals and the dashboard,
   * for people of member organizations (scoped in lib/council). Aggregates only, never a participant.
   */
  "council.read": [...MUNICIPALITY, "association_staff", "partner"],
  /**
   * Contribute as a member organization: update the own organization's action items and commitments,
   * report figures. Meetings, minutes and goals are further limited to the secretariat and chair (lib/council).
   */
  "council.contribute": ["municipality_admin", "association_staff", "partner"],
  /** The municipality's own reports: outcomes by cohort, the funnel, time to first internship, industries, employers. */
  "reports.municipality": ["municipality_admin"],

  /** One's own account: name, language, organizations, sessions, sign out everywhere. */
  "account.view": ALL,
  /**
   * Invite, change the role of, and deactivate people of the own organization: municipality
   * admins; association staff with the admin flag (checked in lib/people); employer contacts
   * invite colleagues of the same employer.
   */
  "people.manage": ["municipality_admin", "association_staff", "employer"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role | null | undefined, permission: Permission): boolean {
  if (!role) return false;
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(role, p));
}

/**
 * What an operator of the installation may do on /admin. Operators hold no role in any
 * organization, so none of the permissions above (and no participant) is theirs.
 */
export const OPERATOR_PERMISSIONS = {
  /** Create municipalities, associations and partners, invite their first admin, deactivate them. */
  "organizations.manage": true,
  /** Create councils and change their municipalities, members, chair and secretariat. */
  "councils.manage": true,
  /** Invite and remove other operators. */
  "operators.manage": true,
} as const;

export type OperatorPermission = keyof typeof OPERATOR_PERMISSIONS;

export function operatorCan(user: { isOperator: boolean } | null | undefined, permission: OperatorPermission): boolean {
  return !!user?.isOperator && OPERATOR_PERMISSIONS[permission];
}
