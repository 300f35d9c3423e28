import { NextResponse, type NextRequest } from "next/server";
import { OPERATOR_AREAS, SIGNED_IN_AREAS } from "@/lib/auth/areas";
import { SESSION_COOKIES } from "@/lib/auth/session-cookie";
import { contentSecurityPolicy, newNonce } from "@/lib/security/csp";

// Only a convenience: signed-out visitors go to sign-in and come back afterwards.
// Access is decided on the server by each page, action and route handler (lib/auth).

/** A signed-in area (lib/auth/areas) or anything under it; unknown addresses stay 404 for everyone. */
export function isSignedInArea(pathname: string): boolean {
  return [...SIGNED_IN_AREAS, ...OPERATOR_AREAS].some((area) => pathname === area || pathname.startsWith(`${area}/`));
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  const csp = contentSecurityPolicy(newNonce(), process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-lagspill-path", `${pathname}${search}`);
  headers.set("Content-Security-Policy", csp);
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  let response: NextResponse;
  if (!signedIn && isSignedInArea(pathname)) {
    const url = new URL("/sign-in", request.url);
    url.searchParams.set("callbackUrl", `${pathname}${search}`);
    response = NextResponse.redirect(url);
  } else {
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Every page and route handler, dotted paths included (/participants/a.b, and the 404 pages of
  // /foo.php and /favicon.ico are HTML too), so every page renders with the nonce. Skipped: only
  // Next's build assets and image optimizer, which get a fixed CSP in next.config.js. There is no
  // public/ folder; a file put there would pass through here and get the CSP too, which is harmless.
  matcher: ["/((?!_next/static/|_next/image).*)"],
};
