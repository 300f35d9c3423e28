import { expect, test, type Page } from "@playwright/test";
import { organizations } from "../db/seed/data";
import { demoOrgNumber } from "../db/seed/ids";
import { orgNumberCheckDigit } from "../lib/organizations/rules";
import { DEMO, DEMO_FAIRS, expectAccessible, signInAsDemo, visit } from "./helpers";

// Unique per run: the suite shares one database, and a re-run must not find these already imported.
const stamp = Date.now().toString().slice(-6);
function orgNumber(offset: number): string {
  for (let n = 87_000_000 + Number(stamp) + offset * 1_000_000; ; n++) {
    const check = orgNumberCheckDigit(String(n));
    if (check !== null) return `${n}${check}`;
  }
}
const seedOrgNumber = (key: string) => demoOrgNumber(organizations.findIndex((o) => o.key === key));
const company = `E2E Hotell ${stamp} AS`;
const companyEmail = `resepsjon-${stamp}@e2e-hotell.example`;
const guestA = `gjest-a-${stamp}@e2e.example`;
const guestB = `gjest-b-${stamp}@e2e.example`;
const HEADER = "organisasjonsnummer;navn;bransje;størrelse;kontaktperson;e-post;medlem siden";
const csv = (rows: string[]) => ({
  name: "medlemmer.csv",
  mimeType: "text/csv",
  buffer: Buffer.from([HEADER, ...rows].join("\r\n"), "utf8"),
});

async function preview(page: Page, rows: string[]) {
  await page.getByLabel("Medlemsliste (CSV-fil)").setInputFiles(csv(rows));
  await page.getByRole("button", { name: "Se gjennom importen" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Slik blir importen av medlemmer.csv" })).toBeVisible();
}

test("association staff import members, invite a segment, and recipients answer and unsubscribe", async ({
  page,
  browser,
}) => {
  // One journey across import, campaign, outbox and two public pages, with an axe scan on each.
  test.setTimeout(90_000);
  await signInAsDemo(page, DEMO.bergenAssociation.name);
  await page.getByRole("link", { name: "Medlemsbedrifter" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Medlemsbedrifter" })).toBeVisible();
  await expectAccessible(page);
  await expect(
    page.getByRole("table", { name: /Medlemsbedrifter, side 1/ }).getByRole("cell", { name: "Fjordkanten Bygg AS" }),
  ).toBeVisible();

  // Filter by industry: only construction companies remain.
  await page.getByLabel("Bransje", { exact: true }).selectOption({ label: "Bygg og anlegg" });
  await page.getByRole("button", { name: "Vis bedrifter" }).click();
  await expect(page).toHaveURL(/industry=construction/);
  const list = page.getByRole("table", { name: /Medlemsbedrifter, side 1/ });
  await expect(list.getByRole("cell", { name: "Fjordkanten Bygg AS" })).toBeVisible();
  await expect(list.getByRole("cell", { name: "Hotell og servering" })).toHaveCount(0);
  await expectAccessible(page);

  // Import: a bad organization number is reported at its row with how to fix it.
  await page.getByRole("link", { name: "Importer medlemsliste (CSV)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Importer medlemsliste" })).toBeVisible();
  await expectAccessible(page);
  // A Trondheim employer's number is refused without naming it; a Bergen member's profile is
  // only proposed to change, since the employer keeps its own profile.
  await preview(page, [
    `123456789;Feil AS;;;;;`,
    `${orgNumber(1)};${company};Hotell og servering;1-9;Hege Resepsjon;${companyEmail};01.01.2024`,
    `${seedOrgNumber("trondheim-employer-1")};Ukjent AS;;;;;`,
    `${seedOrgNumber("bergen-employer-1")};Fjordkanten AS;;;;;`,
  ]);
  const errors = page.getByRole("table", { name: /Rader med feil/ });
  await expect(errors.getByRole("row", { name: /Feil AS/ })).toContainText(
    "«organisasjonsnummer»: «123456789» er ikke et gyldig organisasjonsnummer.",
  );
  await expect(errors.getByRole("row", { name: /Ukjent AS/ })).toContainText(
    "Nummeret tilhører en virksomhet som er registrert i en annen kommune.",
  );
  await expect(page.getByText("Nidelva Bygg AS")).toHaveCount(0);
  await expect(
    page
      .getByRole("table", { name: "Forslag til endringer i bedriftsprofiler – blir ikke lagret (1)" })
      .getByRole("row", { name: /Fjordkanten Bygg AS/ }),
  ).toContainText("Fjordkanten AS");
  await expectAccessible(page);

  // The corrected file imports.
  await preview(page, [`${orgNumber(1)};${company};Hotell og servering;1-9;Hege Resepsjon;${companyEmail};01.01.2024`]);
  await expect(
    page.getByRole("table", { name: "Rader som blir importert (1)" }).getByRole("row", { name: new RegExp(company) }),
  ).toContainText("Ny bedrift i Lagspill");
  await page.getByRole("button", { name: "Importer 1 bedrift" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Importen er ferdig: 1 nye medlemmer" })).toBeVisible();
  await expectAccessible(page);
  await visit(page, `/members?q=${encodeURIComponent(company)}`);
  await expect(page.getByRole("cell", { name: company })).toBeVisible();

  // Invitations for the upcoming fair: an empty subject is refused at the field, the text is kept.
  await visit(page, `/events/${DEMO_FAIRS.bergenUpcoming.id}/invitations`);
  await expect(page.getByRole("heading", { level: 1, name: "Invitasjoner" })).toBeVisible();
  const subject = page.getByLabel("Emne", { exact: true });
  const body = page.getByLabel("Tekst", { exact: true });
  const prefilled = await body.inputValue();
  expect(prefilled).toContain("Hei!");
  await subject.fill("");
  await page.getByRole("button", { name: "Send invitasjonen" }).click();
  await expect(subject).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Skriv et emne for e-posten.").first()).toBeVisible();
  await expect(body).toHaveValue(prefilled);
  await expectAccessible(page);

  await subject.fill(`Invitasjon til karrieretorget ${stamp}`);
  await page.getByLabel("Bransje", { exact: true }).selectOption({ label: "Hotell og servering" });
  await page.getByLabel(/^Andre mottakere/).fill(`${guestA.toUpperCase()}, ${guestB}\n${guestA}`);
  await page.getByRole("button", { name: "Send invitasjonen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Invitasjon til karrieretorget ${stamp}` })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /Invitasjonen er sendt til \d+ mottakere/ })).toBeVisible();
  const recipients = page.getByRole("table", { name: /Mottakere/ });
  await expect(recipients.getByRole("row", { name: new RegExp(companyEmail) })).toContainText(company);
  await expect(recipients.getByRole("row", { name: new RegExp(guestA) })).toContainText("Ikke svart");
  await expect(recipients.getByRole("row", { name: new RegExp(guestB) })).toBeVisible();
  await expect(recipients.getByRole("row", { name: /torstein@fjordkanten-bygg/ })).toHaveCount(0);
  await expectAccessible(page);
  const campaignUrl = page.url();

  // The emails, as the recipients get them.
  await visit(page, "/dev/outbox");
  const mailA = page
    .getByRole("listitem")
    .filter({ hasText: `Til: ${guestA}` })
    .first();
  const unsubscribePath = (await mailA.locator("pre").textContent())!.match(/\/invitations\/[\w-]+\/unsubscribe/)![0];
  const responseHref = await page
    .getByRole("link", { name: `Åpne lenken i e-posten til ${guestB}` })
    .first()
    .getAttribute("href");
  const origin = new URL(page.url()).origin;

  const outsider = await browser.newContext({ locale: "nb-NO" });
  const theirs = await outsider.newPage();
  await theirs.goto(`${origin}${unsubscribePath}`);
  await expect(theirs.getByRole("heading", { level: 1, name: "Meld deg av invitasjoner" })).toBeVisible();
  await expectAccessible(theirs);
  await theirs.getByRole("button", { name: "Ja, meld meg av" }).click();
  await expect(theirs.getByRole("status")).toContainText("Du er meldt av.");
  await expectAccessible(theirs);

  await theirs.goto(`${origin}${new URL(responseHref!).pathname}`);
  await expect(theirs.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(theirs.getByText("Invitasjon til karrieretorg fra Næringsforum Bergen.")).toBeVisible();
  await expectAccessible(theirs);
  await theirs.getByRole("button", { name: "Nei takk" }).click();
  await expect(theirs.getByRole("status")).toContainText("Takk for svaret.");
  await expectAccessible(theirs);

  // An unknown token is a friendly not-found page.
  const missing = await theirs.goto(`${origin}/invitations/${"x".repeat(43)}`);
  expect(missing?.status()).toBe(404);
  await expectAccessible(theirs);
  await outsider.close();

  // Staff see the answer.
  await page.goto(campaignUrl);
  await expect(
    page.getByRole("table", { name: /Mottakere/ }).getByRole("row", { name: new RegExp(guestB) }),
  ).toContainText("Takket nei");
  await expectAccessible(page);

  // A reminder goes to those without an answer only; guest A's address unsubscribed in between.
  await page.getByRole("button", { name: /^Send påminnelse til \d+ som ikke har svart$/ }).click();
  await expect(page.getByRole("status").filter({ hasText: /Påminnelsen er sendt til \d+ mottak/ })).toBeVisible();
  await page.reload();
  const after = page.getByRole("table", { name: /Mottakere/ });
  await expect(
    after
      .getByRole("row", { name: new RegExp(companyEmail) })
      .getByRole("cell")
      .nth(3),
  ).toHaveText("2");
  await expect(
    after
      .getByRole("row", { name: new RegExp(guestA) })
      .getByRole("cell")
      .nth(3),
  ).toHaveText("1");
  await expect(
    after
      .getByRole("row", { name: new RegExp(guestB) })
      .getByRole("cell")
      .nth(3),
  ).toHaveText("1");
  await expectAccessible(page);
});

test("another association's staff get 404 on the Bergen fair's invitations", async ({ page }) => {
  await signInAsDemo(page, "Ingvild Lademoen");
  const response = await page.goto(`/events/${DEMO_FAIRS.bergenUpcoming.id}/invitations`);
  expect(response?.status()).toBe(404);
  await expectAccessible(page);
  const members = await page.goto("/members");
  expect(members?.status()).toBe(200);
  await expect(
    page.getByRole("table", { name: /Medlemsbedrifter/ }).getByRole("cell", { name: "Fjordkanten Bygg AS" }),
  ).toHaveCount(0);
  await expectAccessible(page);
});
