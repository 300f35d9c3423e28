// Two app servers on one database: a session, the outbox and the rate limits work the same
// whichever server a request lands on. Run with `npm run test:multi` (needs PostgreSQL).
import { expect, test, type Browser, type Page } from "@playwright/test";
import { LIMITS, windowStart } from "../../lib/rate-limit/rules";
import { DEMO, expectAccessible } from "../helpers";
import { MULTI } from "./servers";

const servers = [MULTI.serverA, MULTI.serverB];

interface StubSend {
  key: string;
  to: string;
  requests: number;
}

async function stubSends(): Promise<StubSend[]> {
  return (await fetch(`${MULTI.stub}/__sent`)).json();
}

/**
 * A browser context with its own client address: the per-IP magic-link limit counts in the
 * database, so a retried test would otherwise share the bucket of the first attempt. The
 * servers run with TRUSTED_PROXIES=1, so they read the header as a proxy's.
 */
async function newClient(browser: Browser): Promise<Page> {
  const ip = `10.${rand()}.${rand()}.${rand()}`;
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ip } });
  return context.newPage();
}
const rand = () => Math.floor(Math.random() * 250) + 1;

async function requestLink(page: Page, server: string, email: string): Promise<void> {
  await page.goto(`${server}/sign-in`);
  await page.getByLabel("E-postadresse").fill(email);
  await page.getByRole("button", { name: "Send innloggingslenke" }).click();
}

test("a session started on one server is valid on the other", async ({ browser }) => {
  const page = await newClient(browser);
  await page.goto(`${MULTI.serverA}/sign-in`);
  await expectAccessible(page);
  await page.getByRole("button", { name: new RegExp(DEMO.bergenConsultant.name) }).click();
  await page.waitForURL(`${MULTI.serverA}/home`);

  // Cookies belong to the host, not the port: the same context carries the session to B.
  await page.goto(`${MULTI.serverB}/home`);
  await expect(page).toHaveURL(`${MULTI.serverB}/home`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hei, ${DEMO.bergenConsultant.name}`);
  await expectAccessible(page);
});

test("magic links requested on both servers are each delivered exactly once", async ({ browser }) => {
  const addresses: string[] = [
    DEMO.bergenAdmin.email,
    DEMO.bergenConsultant.email,
    DEMO.bergenJobSpecialist.email,
    DEMO.bergenEmployer.email,
    DEMO.bergenAssociation.email,
    DEMO.bergenPartner.email,
    DEMO.trondheimAdmin.email,
    DEMO.trondheimEmployer.email,
  ];
  const before = new Set((await stubSends()).map((s) => s.key));
  const page = await newClient(browser);
  for (const [i, email] of addresses.entries()) {
    await requestLink(page, servers[i % 2], email);
    await expect(page.getByRole("heading", { level: 1, name: "Sjekk e-posten din" })).toBeVisible();
    if (i < 2) await expectAccessible(page);
  }

  // Each server kicks delivery after a request and polls the outbox every 15 s, both claiming
  // from the same table: every link must reach the stub, and none twice.
  const fresh = async () => (await stubSends()).filter((s) => !before.has(s.key) && addresses.includes(s.to));
  await expect
    .poll(async () => (await fresh()).map((s) => s.to).sort(), { timeout: 40_000, intervals: [1_000] })
    .toEqual([...addresses].sort());
  // One more loop interval: a second server sending the same message would show up now.
  await page.waitForTimeout(16_000);
  const sends = await fresh();
  expect(sends).toHaveLength(addresses.length);
  expect(sends.filter((s) => s.requests !== 1)).toEqual([]);
});

test("the per-address limit on magic links holds across both servers", async ({ browser }) => {
  const { limit, windowMs } = LIMITS.magicLinkPerEmail;
  // Windows are aligned to the clock; start in a fresh one if this one is about to end.
  const left = windowStart(new Date(), windowMs).getTime() + windowMs - Date.now();
  if (left < 30_000) await new Promise((r) => setTimeout(r, left + 1_000));

  // An address without an account: it is counted all the same, and a fresh one makes retries independent.
  const email = `multi-${Date.now()}@unknown.example`;
  const page = await newClient(browser);
  for (let i = 0; i < limit; i++) {
    await requestLink(page, servers[i % 2], email);
    await expect(page.getByRole("heading", { level: 1, name: "Sjekk e-posten din" })).toBeVisible();
  }
  await requestLink(page, servers[limit % 2], email);
  const field = page.getByLabel("E-postadresse");
  await expect(page.getByText(/Du har bedt om for mange lenker\. Prøv igjen om \d+ minutt/).first()).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveValue(email);
  await expectAccessible(page);
});
