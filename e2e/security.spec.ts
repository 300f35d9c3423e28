import { expect, request, test, type Browser, type Page, type Response } from "@playwright/test";
import { LIMITS, windowStart } from "../lib/rate-limit/rules";
import { DEMO, expectAccessible, signInAsDemo, visit } from "./helpers";

// A partner no other spec asks a link for, so the per-address limit is ours alone.
const PETTER = "petter.ranheimsli@nav.example";

function expectSecurityHeaders(response: Response | null) {
  const headers = response!.headers();
  const csp = headers["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-eval");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["permissions-policy"]).toBe("camera=(), microphone=(), geolocation=()");
  return csp;
}

test("public and signed-in pages carry the security headers, with a new nonce each time", async ({ page }) => {
  const blocked: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) blocked.push(m.text());
  });
  const front = await page.goto("/");
  const first = expectSecurityHeaders(front);
  await expectAccessible(page);
  const again = expectSecurityHeaders(await page.goto("/"));
  expect(again).not.toBe(first);
  // Addresses with a dot are pages too (here the 404 page), and their scripts run under the nonce.
  for (const path of ["/foo.php", "/fairs/x.y", "/apple-touch-icon.png"]) {
    const notFound = await page.goto(path);
    expect(notFound!.status(), path).toBe(404);
    expectSecurityHeaders(notFound);
  }

  await signInAsDemo(page, DEMO.bergenConsultant.name);
  expectSecurityHeaders(await page.goto("/participants/a.b"));
  expectSecurityHeaders(await page.goto("/participants"));
  await expectAccessible(page);
  await page.getByRole("link", { name: "Organisasjonen" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bergen kommune, integreringstjenesten");
  expect(blocked).toEqual([]);
});

test("a signed-in person sent to sign-in with a hostile callback stays inside the app", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenConsultant.name);
  const origin = new URL(page.url()).origin;
  for (const target of ["/%09/evil.example", "//evil.example", "/%5Cevil.example", "https://evil.example/x"]) {
    await page.goto(`/sign-in?callbackUrl=${target}`);
    expect(new URL(page.url()).origin).toBe(origin);
  }
});

test("the session cookie is HttpOnly and SameSite=Lax", async ({ page, context }) => {
  await signInAsDemo(page, DEMO.bergenConsultant.name);
  const session = (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"));
  expect(session).toBeDefined();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe("Lax");
  // Over plain http (this test server) Auth.js leaves out Secure; over https it adds it and the __Secure- prefix.
  expect(session!.secure).toBe(false);
});

test("after five links for one address, the sign-in form says to wait and sends nothing", async ({ page }) => {
  const sentToPetter = async () => {
    await page.goto(`/dev/outbox?to=${encodeURIComponent(PETTER)}`);
    return page.getByRole("listitem").filter({ hasText: PETTER }).count();
  };
  const before = await sentToPetter();
  for (let i = 0; i < 5; i++) {
    await page.goto("/sign-in");
    await page.getByLabel("E-postadresse").fill(PETTER);
    await page.getByRole("button", { name: "Send innloggingslenke" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sjekk e-posten din" })).toBeVisible();
  }
  expect(await sentToPetter()).toBe(before + 5);

  await visit(page, "/sign-in");
  await page.getByLabel("E-postadresse").fill(PETTER);
  await page.getByRole("button", { name: "Send innloggingslenke" }).click();
  const field = page.getByLabel("E-postadresse");
  await expect(
    page.getByText(/^Du har bedt om for mange lenker\. Prøv igjen om \d+ minutt(er)?\.$/).first(),
  ).toBeVisible();
  await expect(field).toHaveValue(PETTER);
  await expect(field).toHaveAttribute("aria-invalid", "true");
  // Focus moves to the summary from client code: the page hydrated under the CSP.
  await expect(page.getByRole("alert").filter({ hasText: "Rett opp dette før du går videre:" })).toBeFocused();
  await expectAccessible(page);
  expect(await sentToPetter()).toBe(before + 5);
});

test("a deactivated person gets no weekly digest; reactivated, they get it again", async ({ page }) => {
  test.setTimeout(90_000);
  const LEYLA = DEMO.bergenJobSpecialist;
  // The digests to one address (the outbox filtered by recipient, so other tests' mail cannot push them out of its list).
  const digestsTo = async (email: string) => {
    await visit(page, `/dev/outbox?to=${encodeURIComponent(email)}`);
    return page
      .getByRole("listitem")
      .filter({ hasText: /Lagspill: (oppfølging denne uken|du har forfalt oppfølging)/ })
      .filter({ hasText: email })
      .count();
  };
  const sendDigest = async () => {
    await visit(page, "/dev/outbox");
    await page.getByRole("button", { name: "Send ukens oppsummering nå" }).click();
    await expect(page.getByRole("status").filter({ hasText: /lagt i utboksen/ })).toBeVisible();
  };
  await sendDigest();
  await expectAccessible(page);
  const leylaBefore = await digestsTo(LEYLA.email);
  const jonasBefore = await digestsTo(DEMO.bergenConsultant.email);
  expect(leylaBefore).toBeGreaterThan(0);
  expect(jonasBefore).toBeGreaterThan(0);

  await signInAsDemo(page, DEMO.bergenAdmin.name);
  await visit(page, "/people");
  await page.getByRole("link", { name: `Steng tilgang for ${LEYLA.name}` }).click();
  await page.getByRole("button", { name: "Ja, steng tilgangen" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Tilgangen for ${LEYLA.name} er stengt` })).toBeVisible();
  try {
    await sendDigest();
    expect(await digestsTo(LEYLA.email)).toBe(leylaBefore);
    expect(await digestsTo(DEMO.bergenConsultant.email)).toBe(jonasBefore + 1);
  } finally {
    // Other specs sign in as Leyla.
    await visit(page, "/people");
    await page.getByRole("button", { name: `Gi ${LEYLA.name} tilgang igjen` }).click();
    await expect(page.getByRole("status").filter({ hasText: `${LEYLA.name} har fått tilgang igjen` })).toBeVisible();
  }
  await sendDigest();
  expect(await digestsTo(LEYLA.email)).toBe(leylaBefore + 1);
});

/**
 * A person no other test knows, so the per-address limit is this test's alone and a retry starts
 * afresh: Ingvild invites a colleague to Næringsforum Trondheim.
 */
async function freshAccount(browser: Browser): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAsDemo(page, "Ingvild Lademoen");
  await page.goto("/people");
  const email = `signin.${Date.now()}.${Math.floor(Math.random() * 1e6)}@naeringsforum-trondheim.example`;
  await page.getByLabel("Navn", { exact: true }).fill("Siri Innlogging");
  await page.getByLabel("E-post", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Send invitasjon" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitasjonen er sendt til ${email}.` })).toBeVisible();
  await context.close();
  return email;
}

/** Windows are aligned to the clock; start in a fresh one if this one is about to end. */
async function freshWindow(): Promise<void> {
  const { windowMs } = LIMITS.magicLinkPerEmail;
  const left = windowStart(new Date(), windowMs).getTime() + windowMs - Date.now();
  if (left < 30_000) await new Promise((r) => setTimeout(r, left + 1_000));
}

/**
 * Asks Auth.js's own endpoint for a link the way a fresh curl session would, with the csrf token
 * and cookie from /api/auth/csrf, claiming whatever `claims` says about where it reached the
 * server. Returns where Auth.js redirects.
 */
async function postToAuthJs(baseURL: string, email: string, claims: Record<string, string> = {}) {
  const api = await request.newContext({ baseURL });
  const csrf = await api.get("/api/auth/csrf", { headers: claims });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  // By hand: with X-Forwarded-Proto: https the cookie is a Secure __Host- one.
  const cookie = csrf
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "set-cookie")
    .map((h) => h.value.split(";")[0])
    .join("; ");
  const res = await api.post("/api/auth/signin/resend", {
    headers: { ...claims, cookie },
    form: { email, csrfToken, callbackUrl: "/home" },
    maxRedirects: 0,
  });
  const location = res.headers()["location"];
  await api.dispose();
  expect(res.status()).toBe(302);
  return location;
}

async function askWithForm(page: Page, email: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("E-postadresse").fill(email);
  await page.getByRole("button", { name: "Send innloggingslenke" }).click();
}

/** The links of the sign-in emails to `email` in the demo outbox. */
async function signInLinks(page: Page, email: string): Promise<string[]> {
  await page.goto("/dev/outbox");
  return page
    .getByRole("listitem")
    .filter({ hasText: email })
    .filter({ hasText: "Innloggingslenken din til Lagspill" })
    .getByRole("link", { name: `Åpne lenken i e-posten til ${email}` })
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
}

test("Auth.js's own endpoint and the sign-in form share one limit: past it both refuse and nothing is sent", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const email = await freshAccount(browser);
  await freshWindow();
  const { limit } = LIMITS.magicLinkPerEmail;
  for (let i = 0; i < limit; i++) {
    if (i % 2 === 0) {
      expect(await postToAuthJs(baseURL!, email)).toContain("/api/auth/verify-request");
    } else {
      await askWithForm(page, email);
      await expect(page.getByRole("heading", { level: 1, name: "Sjekk e-posten din" })).toBeVisible();
    }
  }
  expect(await signInLinks(page, email)).toHaveLength(limit);

  // The form says how long to wait, at the field.
  await askWithForm(page, email);
  const wait = /^Du har bedt om for mange lenker\. Prøv igjen om \d+ minutt(er)?\.$/;
  await expect(page.getByText(wait).first()).toBeVisible();
  await expect(page.getByLabel("E-postadresse")).toHaveAttribute("aria-invalid", "true");

  // The endpoint sends the client to our sign-in page, with the same notice and no stack trace.
  const refused = new URL(await postToAuthJs(baseURL!, email));
  expect(refused.pathname).toBe("/sign-in");
  expect(refused.searchParams.get("code")).toBe("rate_limited");
  await page.goto(refused.toString());
  await expect(page.getByRole("alert").filter({ hasText: wait })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Logg inn" })).toBeVisible();
  await expectAccessible(page);

  expect(await signInLinks(page, email)).toHaveLength(limit);
});

test("links in sign-in email start with APP_URL whatever Host, X-Forwarded-Host or X-Forwarded-Proto claims", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  // The e2e server's APP_URL is its own address (playwright.config.ts).
  const appUrl = baseURL!;
  const email = await freshAccount(browser);
  await freshWindow();
  const claimed: Record<string, string>[] = [
    { host: "evil.example" },
    { "x-forwarded-host": "evil.example" },
    { "x-forwarded-proto": "https" },
  ];
  for (const claims of claimed) {
    expect(await postToAuthJs(baseURL!, email, claims)).toContain("/api/auth/verify-request");
  }
  // The form too, from a browser whose requests claim https.
  const https = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-proto": "https" } });
  const claiming = await https.newPage();
  await askWithForm(claiming, email);
  await expect(claiming.getByRole("heading", { level: 1, name: "Sjekk e-posten din" })).toBeVisible();
  await https.close();

  const links = await signInLinks(page, email);
  expect(links).toHaveLength(4);
  for (const link of links) expect(link.startsWith(`${appUrl}/api/auth/callback/resend?`), link).toBe(true);
  // And the rebuilt link signs in.
  await page.goto(links[0]);
  await page.waitForURL(`${appUrl}/home`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hei, Siri Innlogging");
});
