// The signed-in areas: one folder app/(app)/<area> each. The proxy sends signed-out visitors of these
// to sign-in; the menu (./navigation) links to most of them. No imports, so the proxy stays small.
// Adding an area: its folder, a line here, and its menu item if it has one (areas.test.ts checks all three agree).
export const SIGNED_IN_AREAS = [
  "/home",
  "/participants",
  "/pipeline",
  "/employers",
  "/slots",
  "/proposals",
  "/placements",
  "/follow-ups",
  "/fidelity",
  "/organization",
  "/email-status",
  "/settings",
  "/people",
  "/account",
  "/events",
  "/members",
  "/council",
  "/reports",
] as const;

/** The operators' pages, app/(operator)/admin: outside the organizations' areas and their menu. */
export const OPERATOR_AREAS = ["/admin"] as const;

export type SignedInArea = (typeof SIGNED_IN_AREAS)[number];
