"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { action } from "@/lib/auth/action";
import { NotFoundError } from "@/lib/auth/errors";
import { COUNCIL_COOKIE, myCouncils } from "@/lib/council/data/council";
import { switchCouncilSchema } from "@/lib/council/schemas";

/** Picks which of the caller's councils the council pages show; only a council the organization is in. */
export const switchCouncilAction = action(
  switchCouncilSchema,
  { permission: "council.read" },
  async ({ councilId }, ctx) => {
    if (!(await myCouncils(ctx)).some((c) => c.id === councilId)) throw new NotFoundError("council");
    (await cookies()).set(COUNCIL_COOKIE, councilId, { path: "/", sameSite: "lax", httpOnly: true });
    redirect("/council");
  },
);
