import { NotFoundError } from "@/lib/auth/errors";
import { withAuth } from "@/lib/auth/route";
import { demoSignInSchema } from "@/lib/auth/schemas";
import { callbackUrl, safeCallbackPath } from "@/lib/auth/tokens";
import { isDemoMode } from "@/lib/config";
import { demoSignInToken } from "@/lib/demo/data";
import { hit } from "@/lib/rate-limit/data";
import { clientIp, LIMITS } from "@/lib/rate-limit/rules";

/**
 * POST /sign-in/demo: a demo account signs in through the same Auth.js callback as an
 * emailed magic link, without the email. A plain form post, so the browser follows the
 * redirect and receives the session cookie. Answers 404 outside demo mode, and 429 with
 * Retry-After when one address signs in too often.
 */
export const POST = withAuth(
  async (req) => {
    if (!isDemoMode()) throw new NotFoundError("demo sign-in");
    const limited = await hit(`demo-sign-in:ip:${clientIp(req.headers)}`, LIMITS.demoSignInPerIp);
    if (!limited.allowed) {
      return Response.json(
        { error: "Too many sign-ins from your address. Try again later." },
        { status: 429, headers: { "Retry-After": String(limited.retryAfterSeconds) } },
      );
    }
    const parsed = demoSignInSchema.safeParse(Object.fromEntries(await req.formData()));
    if (!parsed.success) throw new NotFoundError("demo account");
    const { email, callbackUrl: target } = parsed.data;
    const token = await demoSignInToken(email, new Date());
    if (!token) throw new NotFoundError("demo account");
    const location = callbackUrl("", { token, email, callbackUrl: safeCallbackPath(target) });
    return new Response(null, { status: 303, headers: { Location: location } });
  },
  { public: true },
);
