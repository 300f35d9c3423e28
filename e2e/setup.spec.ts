import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import postgres from "postgres";
import { orgNumberCheckDigit } from "../lib/organizations/rules";
import { expectAccessible } from "./helpers";

// A new installation, as its operator meets it: demo mode off, an empty PostgreSQL database
// (E2E_DATABASE_URL; .ci/run creates lagspill_nodemo), `npm run db:migrate && npm start`.
// Run with: E2E_DEMO_MODE=0 E2E_DATABASE_URL=postgres://…/an_empty_db npm run test:e2e:no-demo
const dbUrl = process.env.E2E_DATABASE_URL;
const OPERATOR = { name: "Tor Oppsett", email: "tor.oppsett@drift.example" };
const ADMIN = { name: "Hanne Kvarven", email: "hanne.kvarven@bergen.kommune.example" };

/** A valid organisasjonsnummer from 8 digits (made up, mod-11 checked like the real ones). */
function orgNumber(first8: string): string {
  const check = orgNumberCheckDigit(first8);
  if (check === null) throw new Error(`no check digit for ${first8}`);
  return `${first8}${check}`;
}

/** The setup link the server printed when it started on the empty database. */
async function setupLinkFromLog(): Promise<string> {
  const file = process.env.E2E_SERVER_LOG!;
  let link: string | undefined;
  await expect
    .poll(
      () => {
        link = readFileSync(file, "utf8").match(/http:\/\/localhost:\d+\/setup\/[0-9a-f]{64}/)?.[0];
        return link;
      },
      { message: `a setup link in ${file}: is the database empty?`, timeout: 15_000 },
    )
    .toBeTruthy();
  return link!;
}

/** The newest sign-in link in the outbox for an address, as the email would carry it. */
async function signInLinkFor(email: string): Promise<string> {
  const sql = postgres(dbUrl!, { max: 1, onnotice: () => {} });
  try {
    let link: string | undefined;
    await expect
      .poll(async () => {
        const rows = await sql<{ text_body: string }[]>`
          select text_body from email_outbox where to_address = ${email} order by created_at desc limit 1`;
        link = rows[0]?.text_body.match(/http:\/\/localhost:\d+\/api\/auth\/callback\/resend\?\S+/)?.[0];
        return link;
      })
      .toBeTruthy();
    return link!;
  } finally {
    await sql.end();
  }
}

async function createOrganization(page: Page, kind: string, name: string, number: string) {
  await page.goto("/admin/organizations/new");
  await expectAccessible(page);
  await page.getByLabel("Type").selectOption({ label: kind });
  await page.getByLabel("Navn").fill(name);
  await page.getByLabel("Organisasjonsnummer").fill(number);
  await page.getByLabel("Kommune").selectOption({ label: "Bergen (Vestland)" });
  await page.getByRole("button", { name: "Opprett organisasjon" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expectAccessible(page);
}

test.describe("a new installation @no-demo", () => {
  test.skip(!dbUrl, "reads the outbox from PostgreSQL: set E2E_DATABASE_URL to an empty database");

  test("from the setup link to a municipality admin's empty caseload", async ({ page, browser }) => {
    test.setTimeout(120_000);
    const setupLink = await setupLinkFromLog();

    // The setup link: the first operator.
    await page.goto(setupLink);
    await expect(page.getByRole("heading", { level: 1, name: "Sett opp Lagspill" })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Navnet ditt").fill(OPERATOR.name);
    await page.getByLabel("E-postadressen din").fill(OPERATOR.email);
    await page.getByRole("button", { name: "Bli driftsansvarlig" }).click();
    await expect(page.getByRole("status")).toContainText("Sjekk e-posten din");
    await expectAccessible(page);
    // Used once; with an operator in place every setup link is gone.
    expect((await page.goto(setupLink))?.status()).toBe(404);

    await page.goto(await signInLinkFor(OPERATOR.email));
    await page.waitForURL("**/admin");
    await expect(page.getByRole("heading", { level: 1, name: "Organisasjoner" })).toBeVisible();
    await expect(page.getByText("Ingen organisasjoner ennå")).toBeVisible();
    await expectAccessible(page);

    // Bergen from the list of Norway's municipalities.
    await page.getByRole("link", { name: "Opprett kommune" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Opprett kommune" })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Kommune", { exact: true }).selectOption({ label: "Bergen (Vestland)" });
    await page.getByLabel(/Navn på organisasjonen/).fill("Bergen kommune, integreringstjenesten");
    await page.getByLabel("Organisasjonsnummer").fill(orgNumber("96400001"));
    await page.getByRole("button", { name: "Opprett kommune" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Bergen kommune, integreringstjenesten" })).toBeVisible();
    await expect(page.getByRole("status")).toContainText("er opprettet");
    await expectAccessible(page);

    // Its first administrator, invited by email through the outbox.
    await page.getByLabel("Navn", { exact: true }).fill(ADMIN.name);
    await page.getByLabel("E-postadresse").fill(ADMIN.email);
    await page.getByRole("button", { name: "Send invitasjon" }).click();
    await expect(page.getByRole("status").filter({ hasText: ADMIN.email })).toBeVisible();
    await expect(page.getByRole("table").getByText(ADMIN.name)).toBeVisible();
    await expectAccessible(page);

    await createOrganization(page, "Næringsforening", "Næringsforum Bergen", orgNumber("96400002"));
    await createOrganization(page, "Samarbeidspartner", "NAV Bergen vest", orgNumber("96400003"));

    // A council of the three: NAV Bergen vest chairs, the association is the secretariat.
    const council = "Samarbeidsrådet i Bergen";
    await page.goto("/admin/councils");
    await page.getByRole("link", { name: "Opprett samarbeidsråd" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Opprett samarbeidsråd" })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Navn").fill(council);
    await page.getByRole("group", { name: "Kommuner rådet dekker" }).getByRole("checkbox", { name: "Bergen" }).check();
    const members = page.getByRole("group", { name: "Medlemmer" });
    for (const org of [/^Bergen kommune/, /^Næringsforum Bergen/, /^NAV Bergen vest/]) {
      await members.getByRole("checkbox", { name: org }).check();
    }
    await page.getByLabel("Leder", { exact: true }).selectOption({ label: "NAV Bergen vest" });
    await page.getByLabel("Sekretariat").selectOption({ label: "Næringsforum Bergen" });
    await page.getByRole("button", { name: "Opprett rådet" }).click();
    await expect(page.getByRole("heading", { level: 1, name: council })).toBeVisible();
    await expect(page.getByText("Samarbeidsrådet er opprettet.")).toBeVisible();
    await expect(
      page.getByRole("table", { name: "Alle medlemskap, også de som er avsluttet" }).getByRole("row"),
    ).toHaveCount(4);
    await expectAccessible(page);

    await page.goto("/admin");
    const list = page.getByRole("table");
    for (const name of ["Bergen kommune, integreringstjenesten", "Næringsforum Bergen", "NAV Bergen vest"]) {
      await expect(list.getByRole("link", { name })).toBeVisible();
    }
    await expectAccessible(page);

    // The municipality admin signs in from the invitation and finds a working, empty caseload.
    const adminContext = await browser.newContext();
    const admin = await adminContext.newPage();
    await admin.goto(await signInLinkFor(ADMIN.email));
    await admin.waitForURL("**/home");
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText(`Hei, ${ADMIN.name}`);
    await expectAccessible(admin);
    await admin.goto("/participants");
    await expect(admin.getByRole("heading", { level: 1, name: "Deltakere" })).toBeVisible();
    await expect(admin.getByText("Ingen deltakere ennå")).toBeVisible();
    await expectAccessible(admin);
    // The municipality is a member of the new council, and its admin works in it.
    await admin.goto("/council");
    await expect(admin.getByRole("heading", { level: 1, name: "Samarbeidsrådet i Bergen" })).toBeVisible();
    await expectAccessible(admin);
    await adminContext.close();

    // The operator never reaches a participant page.
    const response = await page.goto("/participants");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();
    await expectAccessible(page);
  });
});
