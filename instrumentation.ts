// Runs once when a server starts: checks the database and starts the email delivery loop.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { checkDatabaseAtStart } = await import("./lib/health/startup");
  await checkDatabaseAtStart();
  const { startDeliveryLoop } = await import("./lib/email/worker");
  startDeliveryLoop();
}
