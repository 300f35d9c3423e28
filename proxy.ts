import { NextResponse, type NextRequest } from "next/server";

// Only a convenience: signed-out visitors go to sign-in and come back afterwards.
// Access is decided on the server by each page, action and route handler (lib/auth).
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const headers = new Headers(request.headers);
  headers.set("x-lagspill-path", `${pathname}${search}`);
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!signedIn) {
    const url = new URL("/sign-in", request.url);
    url.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(url);
  }
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Every signed-in area (app/(app)/<area>); unknown addresses stay 404 for everyone.
  matcher: [
    "/home/:path*",
    "/participants/:path*",
    "/pipeline/:path*",
    "/employers/:path*",
    "/slots/:path*",
    "/proposals/:path*",
    "/placements/:path*",
    "/follow-ups/:path*",
    "/fidelity/:path*",
    "/organization/:path*",
    "/email-status/:path*",
    "/settings/:path*",
    "/people/:path*",
    "/account/:path*",
  ],
};
