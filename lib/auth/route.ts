import "server-only";
import { logError, requestIdFrom } from "@/lib/logging/logger";
import { NotFoundError } from "./errors";
import { can, type Permission } from "./permissions";
import { getCtx, type Ctx } from "./session";

type Access = { permission: Permission } | { public: true };
type RouteArgs = { params: Promise<Record<string, string | string[]>> };

const json = (status: number, body: unknown) => Response.json(body, { status });

export function withAuth(
  handler: (req: Request, ctx: null, args: RouteArgs) => Promise<Response>,
  access: { public: true },
): (req: Request, args: RouteArgs) => Promise<Response>;
export function withAuth(
  handler: (req: Request, ctx: Ctx, args: RouteArgs) => Promise<Response>,
  access: { permission: Permission },
): (req: Request, args: RouteArgs) => Promise<Response>;
/** The one wrapper for route handlers: session, permission, and errors as JSON without internals. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the overloads above give callers the precise ctx type
export function withAuth(handler: (req: Request, ctx: any, args: RouteArgs) => Promise<Response>, access: Access) {
  return async (req: Request, args: RouteArgs): Promise<Response> => {
    let ctx: Ctx | null = null;
    try {
      if ("permission" in access) {
        ctx = await getCtx();
        if (!ctx || !can(ctx.membership.role, access.permission)) return json(404, { error: "Not found" });
      }
      return await handler(req, ctx, args);
    } catch (err) {
      if (err instanceof NotFoundError) return json(404, { error: "Not found" });
      // The id goes back in the body and a header, and into the log line, so support can find it.
      const requestId = requestIdFrom(req.headers);
      const route = `${req.method} ${new URL(req.url).pathname}`;
      logError("route handler failed", err, {
        requestId,
        route,
        userId: ctx?.userId,
        organizationId: ctx?.membership.organizationId,
      });
      return Response.json(
        { error: "Something went wrong. Try again in a moment.", requestId },
        { status: 500, headers: { "x-request-id": requestId } },
      );
    }
  };
}
