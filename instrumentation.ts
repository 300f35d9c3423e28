// Runs once when a server starts: marks each request with the client's address for the rate
// limits, checks the configuration and the database, prints the setup link of an installation
// without an operator, starts the email delivery loop and the
// scheduler of background jobs (retention, weekly digest).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // Before anything can fail: Next, Auth.js and the drivers log to the console themselves.
  const { scrubConsole } = await import("./lib/logging/logger");
  scrubConsole();
  // Before the checks below, so as few requests as possible arrive unmarked (they would share
  // the "unknown" bucket). Why it is needed: lib/security/client-address-hook.ts.
  const { installClientAddressHook } = await import("./lib/security/client-address-hook");
  installClientAddressHook();
  const { checkConfigAtStart } = await import("./lib/health/startup");
  await checkConfigAtStart();
  // An installation without an operator prints its setup link (not in demo mode).
  const { announceSetupLink } = await import("./lib/operators/startup");
  await announceSetupLink();
  const { startDeliveryLoop } = await import("./lib/email/worker");
  startDeliveryLoop();
  const { startScheduler } = await import("./lib/jobs/scheduler");
  startScheduler();
}

/**
 * Every server error Next catches (pages, layouts, server actions, route handlers) as one JSON
 * line; the digest is the "Feil-ID" the error page shows, so support can find the line.
 */
export async function onRequestError(
  err: unknown,
  request: { path: string; method: string; headers: Record<string, string | string[] | undefined> },
  context: { routePath: string; routeType: string },
) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isRequestId, logError } = await import("./lib/logging/logger");
  const digest = (err as { digest?: unknown })?.digest;
  const incoming = request.headers["x-request-id"];
  // A load balancer's id lines up with its own logs; otherwise the digest is the id the user sees.
  const requestId = isRequestId(incoming) ? incoming : typeof digest === "string" ? digest : "unknown";
  logError("request failed", err, {
    requestId,
    route: `${request.method} ${context.routePath}`,
    digest: typeof digest === "string" ? digest : undefined,
    routeType: context.routeType,
  });
}
