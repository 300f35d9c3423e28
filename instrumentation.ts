// Runs once when a server starts: checks the configuration and the database, starts the email
// delivery loop and the scheduler of background jobs (retention, weekly digest).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { checkConfigAtStart } = await import("./lib/health/startup");
  await checkConfigAtStart();
  const { startDeliveryLoop } = await import("./lib/email/worker");
  startDeliveryLoop();
  const { startScheduler } = await import("./lib/jobs/scheduler");
  startScheduler();
}
