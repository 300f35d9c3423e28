import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/auth/errors";
import { loadInvitation } from "@/lib/invitations/data/answers";

/** The invitation behind the link, or the friendly not-found page for an unknown token. */
export async function invitationOr404(token: string) {
  try {
    return await loadInvitation(token);
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
}
