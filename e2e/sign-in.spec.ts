import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, signInAsDemo, visit } from "./helpers";

test("the front page says what Lagspill is for and leads to sign-in", async ({ page }) => {
  await visit(page, "/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fra praksisplass til jobb — sammen");
  await page.getByRole("link", { name: "Logg inn" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Logg inn" })).toBeVisible();
  await expectAccessible(page);
});

test("an invalid email gets a message at the field, keeps what was typed and sends nothing", async ({ page }) => {
  await visit(page, "/dev/outbox");
  const before = await page.getByRole("listitem").count();
  await page.goto("/sign-in");
  await page.getByLabel("E-postadresse").fill("kari@");
  await page.getByRole("button", { name: "Send innloggingslenke" }).click();
  const field = page.getByLabel("E-postadresse");
  await expect(page.getByText("Skriv en gyldig e-postadresse, for eksempel navn@firma.no.").first()).toBeVisible();
  await expect(field).toHaveValue("kari@");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  // The error summary takes focus and links to the field.
  const summary = page.getByRole("alert").filter({ hasText: "Rett opp dette før du går videre:" });
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: /e-postadresse/i }).click();
  await expect(field).toBeFocused();
  await expectAccessible(page);
  await page.goto("/dev/outbox");
  expect(await page.getByRole("listitem").count()).toBe(before);
});

test("sign in by magic link through the outbox, and the link works only once", async ({ page, context }) => {
  await visit(page, "/sign-in");
  await page.getByLabel("E-postadresse").fill(DEMO.bergenPartner.email.toUpperCase());
  await page.getByRole("button", { name: "Send innloggingslenke" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sjekk e-posten din" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: /Se e-posten i utboksen/ }).click();
  await expectAccessible(page);
  const link = page.getByRole("link", { name: `Åpne lenken i e-posten til ${DEMO.bergenPartner.email}` }).first();
  const href = await link.getAttribute("href");
  expect(href).toContain("/api/auth/callback/resend");
  await link.click();
  await page.waitForURL("**/home");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hei, ${DEMO.bergenPartner.name}`);

  // The same link again, signed out: expired or used → a page that says so and offers a new link.
  await context.clearCookies();
  await page.goto(href!);
  await expect(page.getByRole("heading", { level: 1, name: "Innloggingen virket ikke" })).toBeVisible();
  await expect(page.getByText("Lenken er utløpt eller allerede brukt.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Send innloggingslenke" })).toBeVisible();
  await expectAccessible(page);
});

test("an address without an account sees the same page and gets no email", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("E-postadresse").fill("nobody@unknown.example");
  await page.getByRole("button", { name: "Send innloggingslenke" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sjekk e-posten din" })).toBeVisible();
  await page.goto("/dev/outbox");
  await expect(page.getByText("nobody@unknown.example")).toHaveCount(0);
});

test("a signed-out visitor is sent to sign-in and back to the page afterwards", async ({ page }) => {
  await page.goto("/organization");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Forganization/);
  await page.getByRole("button", { name: new RegExp(DEMO.bergenConsultant.name) }).click();
  await page.waitForURL("**/organization");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bergen kommune, integreringstjenesten");
});

test("sign-out ends the session", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenEmployer.name);
  await page.getByRole("button", { name: "Logg ut" }).click();
  await expect(page.getByText("Du er logget ut.")).toBeVisible();
  await expectAccessible(page);
  await page.goto("/home");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a tampered session cookie signs you out without an error page", async ({ page, context }) => {
  await signInAsDemo(page, DEMO.bergenEmployer.name);
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name.endsWith("authjs.session-token"))!;
  await context.addCookies([{ ...session, value: `${session.value}x` }]);
  await page.goto("/home");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fhome/);
  await expect(page.getByRole("heading", { level: 1, name: "Logg inn" })).toBeVisible();
});

test("an unknown address shows the 404 page", async ({ page }) => {
  const response = await page.goto("/finnes-ikke");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();
  await expectAccessible(page);
});

test("the health check names the database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(["pglite", "postgres"]).toContain((await res.json()).database);
});
