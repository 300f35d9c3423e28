import "server-only";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db";
import { auth } from "./auth";
import { userAccess, type MembershipInfo } from "./data";
import { NotFoundError } from "./errors";
import { can, operatorCan, type OperatorPermission, type Permission } from "./permissions";

export const MEMBERSHIP_COOKIE = "lagspill-membership";

export interface UserCtx {
  userId: string;
  name: string;
  email: string;
  memberships: MembershipInfo[];
  /** An operator of the installation (/admin); not a membership, and it opens no organization's pages. */
  isOperator: boolean;
}

/** The signed-in person acting in one organization with one role. Tenant ids come only from here. */
export interface Ctx extends UserCtx {
  membership: MembershipInfo;
}

/** Resolved once per request. A tampered or expired cookie simply gives no session. */
export const getUser = cache(async (): Promise<UserCtx | null> => {
  let session;
  try {
    session = await auth();
  } catch {
    return null;
  }
  if (!session?.user?.id || !session.user.email) return null;
  const db = await getDb();
  const access = await userAccess(db, session.user.id);
  if (access.deactivated) return null;
  return {
    userId: session.user.id,
    name: session.user.name ?? session.user.email,
    email: session.user.email,
    memberships: access.memberships,
    isOperator: access.isOperator,
  };
});

/** The membership picked in the organization switcher, else the first. */
export const getCtx = cache(async (): Promise<Ctx | null> => {
  const user = await getUser();
  if (!user || user.memberships.length === 0) return null;
  const chosen = (await cookies()).get(MEMBERSHIP_COOKIE)?.value;
  const membership = user.memberships.find((m) => m.id === chosen) ?? user.memberships[0];
  return { ...user, membership };
});

/** The requested path without its query (the proxy passes it on). */
async function requestPath(): Promise<string> {
  return ((await headers()).get("x-lagspill-path") ?? "").split("?")[0];
}

async function signInRedirect(): Promise<never> {
  const path = (await headers()).get("x-lagspill-path") ?? "/home";
  redirect(`/sign-in?${new URLSearchParams({ callbackUrl: path })}`);
}

/** For pages: signed in (else to sign-in and back), with a membership (else the no-access page). */
export async function requireCtx(permission?: Permission): Promise<Ctx> {
  const user = await getUser();
  if (!user) return signInRedirect();
  const ctx = await getCtx();
  if (!ctx) {
    // An operator with no organization gets /admin as home and 404 on every organization's page.
    // Decided by the address, not by the permission asked: the layout asks none and renders
    // alongside the page, so a redirect there would win over the page's 404.
    if (user.isOperator) return (await requestPath()) === "/home" ? redirect("/admin") : notFound();
    redirect("/no-access");
  }
  // Another role's page answers 404, so its address reveals nothing.
  if (permission && !can(ctx.membership.role, permission)) notFound();
  return ctx;
}

/** For /admin pages: an operator of the installation (else 404), signed in (else to sign-in and back). */
export async function requireOperator(permission: OperatorPermission): Promise<UserCtx> {
  const user = await getUser();
  if (!user) return signInRedirect();
  if (!operatorCan(user, permission)) notFound();
  return user;
}

/** For pages: a scoped lookup that found nothing (or another tenant's id) becomes the 404 page. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
}
