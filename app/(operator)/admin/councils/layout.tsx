import type { ReactNode } from "react";
import { requireOperator } from "@/lib/auth/session";

/** The council pages inside the operator's shell (app/(operator)/layout.tsx), for operators who manage councils. */
export default async function AdminCouncilsLayout({ children }: { children: ReactNode }) {
  await requireOperator("councils.manage");
  return children;
}
