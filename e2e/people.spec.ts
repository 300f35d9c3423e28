import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, signInAsDemo, visit } from "./helpers";

test("an admin invites a consultant, changes their role and ends their access", async ({ page, browser }) => {
  // Nine pages with an axe scan each; 30 s was tight on 2 busy cores.
  test.setTimeout(60_000);
  await signInAsDemo(page, DEMO.bergenAdmin.name);
  await visit(page, "/people");
  await expect(page.getByRole("heading", { level: 1, name: "Personer og roller" })).toBeVisible();
  const table = page.getByRole("table", { name: "Personer i Bergen kommune, integreringstjenesten" });
  await expect(table.getByRole("cell", { name: DEMO.bergenConsultant.email })).toBeVisible();
  await expect(table.getByText("Sunniva Lerkendal")).toHaveCount(0);

  // A bad email: the message sits at the field, the summary takes focus, nothing typed is lost.
  const email = `kari.${Date.now()}@bergen.kommune.example`;
  // A retry's person must not share the name of the first attempt's, who stays in the list.
  const name = ["Kari Nordnes", "Kari Nordvik", "Kari Nordhaug"][test.info().retry];
  await page.getByLabel("Navn", { exact: true }).fill(name);
  await page.getByLabel("E-post", { exact: true }).fill("kari@");
  await page.getByLabel("Rolle", { exact: true }).selectOption({ label: "Introduksjonskonsulent" });
  await page.getByRole("button", { name: "Send invitasjon" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Rett opp dette før du går videre:" });
  await expect(summary).toBeFocused();
  await expect(page.getByLabel("E-post", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Navn", { exact: true })).toHaveValue(name);
  await expect(page.getByLabel("Rolle", { exact: true })).toHaveValue("consultant");
  await expectAccessible(page);

  await page.getByLabel("E-post", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Send invitasjon" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitasjonen er sendt til ${email}.` })).toBeVisible();
  const row = table.getByRole("row").filter({ hasText: email });
  await expect(row.getByText("Invitert, ikke logget inn ennå")).toBeVisible();
  await expectAccessible(page);

  // Inviting the same person again says so instead of sending a second invitation.
  await page.getByLabel("Navn", { exact: true }).fill(name);
  await page.getByLabel("E-post", { exact: true }).fill(email);
  await page.getByLabel("Rolle", { exact: true }).selectOption({ label: "Introduksjonskonsulent" });
  await page.getByRole("button", { name: "Send invitasjon" }).click();
  await expect(page.getByText("Personen er allerede med i organisasjonen.").first()).toBeVisible();

  await visit(page, "/dev/outbox");
  const links = page.getByRole("link", { name: `Åpne lenken i e-posten til ${email}` });
  await expect(links).toHaveCount(1);
  const href = await links.first().getAttribute("href");
  expect(href).toContain("/api/auth/callback/resend");

  // The invited person signs in with the link, and the list shows them as active.
  const theirs = await browser.newContext({ locale: "nb-NO" });
  const theirPage = await theirs.newPage();
  await theirPage.goto(href!);
  await expect(theirPage).toHaveURL(/\/home/);
  await visit(page, "/people");
  await expect(table.getByRole("row").filter({ hasText: email }).getByText("Aktiv")).toBeVisible();
  await page.getByLabel(`Rolle for ${name}`).selectOption({ label: "Jobbspesialist" });
  await page.getByRole("button", { name: `Lagre rolle: ${name}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `Rollen til ${name} er endret.` })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(`Rolle for ${name}`)).toHaveValue("job_specialist");

  await page.getByRole("link", { name: `Steng tilgang for ${name}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Steng tilgangen" })).toBeVisible();
  await expect(page.getByText(`Vil du stenge tilgangen for ${name} (${email})?`)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Ja, steng tilgangen" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Tilgangen for ${name} er stengt` })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Tilbake til personer og roller" }).click();
  await expect(
    page
      .getByRole("table", { name: /Personer i/ })
      .getByRole("row")
      .filter({ hasText: email })
      .getByText("Deaktivert"),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: `Gi ${name} tilgang igjen` })).toBeVisible();
  await expectAccessible(page);

  // Deactivation signed them out at once.
  await theirPage.goto("/home");
  await expect(theirPage).toHaveURL(/\/sign-in/);
  await theirs.close();
});

test("an admin withdraws an invitation nobody has used, and its link stops working", async ({ page, browser }) => {
  await signInAsDemo(page, DEMO.bergenAdmin.name);
  await visit(page, "/people");
  const email = `per.${Date.now()}@bergen.kommune.example`;
  const name = ["Per Nordnes", "Per Nordvik", "Per Nordhaug"][test.info().retry];
  await page.getByLabel("Navn", { exact: true }).fill(name);
  await page.getByLabel("E-post", { exact: true }).fill(email);
  await page.getByLabel("Rolle", { exact: true }).selectOption({ label: "Jobbspesialist" });
  await page.getByRole("button", { name: "Send invitasjon" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitasjonen er sendt til ${email}.` })).toBeVisible();
  const row = page
    .getByRole("table", { name: /Personer i/ })
    .getByRole("row")
    .filter({ hasText: email });
  await expect(row.getByText("Invitert, ikke logget inn ennå")).toBeVisible();

  await visit(page, "/dev/outbox");
  const href = await page.getByRole("link", { name: `Åpne lenken i e-posten til ${email}` }).getAttribute("href");

  await visit(page, "/people");
  await page.getByRole("button", { name: `Trekk tilbake invitasjonen til ${name}` }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `Invitasjonen til ${name} er trukket tilbake.` }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByRole("table", { name: /Personer i/ }).getByText(email)).toHaveCount(0);

  const theirs = await browser.newContext({ locale: "nb-NO" });
  const theirPage = await theirs.newPage();
  await theirPage.goto(href!);
  await expect(theirPage.getByRole("heading", { level: 1, name: "Innloggingen virket ikke" })).toBeVisible();
  await expectAccessible(theirPage);
  await theirs.close();
});

test("a consultant cannot manage people", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenConsultant.name);
  const response = await page.goto("/people");
  expect(response?.status()).toBe(404);
  await expectAccessible(page);
});

test("My account shows organizations, and signing out everywhere ends every session", async ({ page, browser }) => {
  await signInAsDemo(page, DEMO.bergenJobSpecialist.name);
  const other = await browser.newContext({ locale: "nb-NO" });
  const otherPage = await other.newPage();
  await signInAsDemo(otherPage, DEMO.bergenJobSpecialist.name);

  await visit(page, "/account");
  await expect(page.getByRole("heading", { level: 1, name: "Min konto" })).toBeVisible();
  await expect(page.getByText(`Du logger inn med ${DEMO.bergenJobSpecialist.email}.`)).toBeVisible();
  const orgs = page.getByRole("table", { name: "Organisasjonene du har tilgang til" });
  await expect(
    orgs.getByRole("row").filter({ hasText: "Bergen kommune, integreringstjenesten" }).getByText("Jobbspesialist"),
  ).toBeVisible();
  const sessions = page.getByRole("table", { name: "Nettlesere der du er logget inn" });
  // Earlier tests may have left sessions of the same demo person: at least these two browsers show.
  expect(await sessions.getByRole("row").count()).toBeGreaterThanOrEqual(3);
  await expect(sessions.getByText("Denne nettleseren")).toHaveCount(1);

  // An empty name is refused at the field and nothing is lost.
  await page.getByLabel("Navn", { exact: true }).fill("");
  await page.getByRole("button", { name: "Lagre endringene" }).click();
  await expect(page.getByLabel("Navn", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Logg ut overalt" }).click();
  await page.waitForURL("**/sign-in?signedOut=1");
  await expect(page.getByText("Du er logget ut.")).toBeVisible();
  await page.goto("/home");
  await expect(page).toHaveURL(/\/sign-in/);
  await otherPage.goto("/home");
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await other.close();
});
