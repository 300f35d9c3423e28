// Waits until a URL answers 200: the second app server starts only after the first has
// migrated and seeded the shared database (and built the app, when it builds).
const url = process.argv[2];
const deadline = Date.now() + 300_000;
while (Date.now() < deadline) {
  try {
    if ((await fetch(url)).ok) process.exit(0);
  } catch {
    // not up yet
  }
  await new Promise((r) => setTimeout(r, 500));
}
console.error(`wait-for: ${url} did not answer within 300 s`);
process.exit(1);
