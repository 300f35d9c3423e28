import { expect, test, type Response } from "@playwright/test";
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
  for (const path of ["/foo.php", "/fairs/x.y", "/favicon.ico"]) {
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
    await page.goto("/dev/outbox");
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
  const LEYLA = DEMO.bergenJobSpecialist;
  // Digests in the newest outbox entries, per recipient (the demo outbox lists the 100 newest; a run writes about 15).
  const digestsTo = async (email: string) => {
    await visit(page, "/dev/outbox");
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
