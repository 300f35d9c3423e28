import { randomInt } from "node:crypto";
import { expect, test } from "@playwright/test";
import { orgNumberCheckDigit } from "../lib/organizations/rules";
import { DEMO, DEMO_PARTICIPANTS, expectAccessible, signInAsDemo, visit } from "./helpers";

// The demo operator on /admin. Organizations made here are in Voss, away from the demo cities, with
// a fresh number each run, so other tests' figures do not change and a retry does not clash.

/** A made-up, valid organisasjonsnummer. */
function freshOrgNumber(): string {
  for (;;) {
    const first8 = String(randomInt(80_000_000, 99_999_999));
    const check = orgNumberCheckDigit(first8);
    if (check !== null) return `${first8}${check}`;
  }
}

test("the sign-in page offers the demo operator", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("button", { name: new RegExp(`${DEMO.operator.name}.*Driftsansvarlig`) })).toBeVisible();
});

test("the operator lists organizations by kind, and a municipality is created only once", async ({ page }) => {
  await signInAsDemo(page, DEMO.operator.name);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1, name: "Organisasjoner" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Driftsmeny" }).getByRole("link")).toHaveText([
    "Organisasjoner",
    "Samarbeidsråd",
    "Driftsansvarlige",
  ]);
  await expect(page.getByRole("link", { name: "Bergen kommune, integreringstjenesten" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Type").selectOption({ label: "Samarbeidspartner" });
  await page.getByRole("button", { name: "Vis" }).click();
  await expect(page).toHaveURL(/kind=partner/);
  await expect(page.getByRole("link", { name: "NAV Bergen vest" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Næringsforum Bergen" })).toHaveCount(0);
  await expectAccessible(page);

  await visit(page, "/admin/organizations/new-municipality");
  await page.getByLabel("Kommune", { exact: true }).selectOption({ label: "Bergen (Vestland)" });
  await page.getByLabel("Organisasjonsnummer").fill("123");
  await page.getByRole("button", { name: "Opprett kommune" }).click();
  await expect(page.getByText("Skriv et gyldig organisasjonsnummer på 9 siffer").first()).toBeVisible();
  await page.getByLabel("Organisasjonsnummer").fill(freshOrgNumber());
  await page.getByRole("button", { name: "Opprett kommune" }).click();
  await expect(page.getByText("Kommunen er allerede opprettet. Velg en annen kommune.").first()).toBeVisible();
  // What was typed stays.
  await expect(page.getByLabel("Kommune", { exact: true })).toHaveValue("4601");
  await expectAccessible(page);
});

test("the operator creates a partner, invites its admin, and deactivates and reactivates it", async ({ page }) => {
  const name = `NAV Voss ${randomInt(1000, 9999)}`;
  await signInAsDemo(page, DEMO.operator.name);
  await visit(page, "/admin/organizations/new");
  await page.getByLabel("Type").selectOption({ label: "Samarbeidspartner" });
  await page.getByLabel("Navn").fill(name);
  await page.getByLabel("Organisasjonsnummer").fill(freshOrgNumber());
  await page.getByLabel("Kommune").selectOption({ label: "Voss (Vestland)" });
  await page.getByRole("button", { name: "Opprett organisasjon" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Ingen har tilgang ennå")).toBeVisible();
  await expectAccessible(page);

  const email = `vibeke.${randomInt(1000, 9999)}@nav.example`;
  await page.getByLabel("Navn", { exact: true }).fill("Vibeke Vangsnes");
  await page.getByLabel("E-postadresse").fill(email);
  await page.getByRole("button", { name: "Send invitasjon" }).click();
  await expect(page.getByRole("status").filter({ hasText: email })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "Vibeke Vangsnes" });
  await expect(row).toContainText("Samarbeidspartner");
  await expect(row).toContainText("Invitert");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Deaktiver organisasjonen" }).click();
  await expect(page.getByText(`Deaktivere ${name}?`)).toBeVisible();
  await expect(page.getByText("1 person mister tilgangen")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: `Deaktiver ${name}` }).click();
  await expect(page.getByRole("status")).toHaveText(`${name} er deaktivert.`);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Tilbake til organisasjonene" }).click();
  const listed = page.getByRole("row").filter({ hasText: name });
  await expect(listed).toContainText("Deaktivert");
  await listed.getByRole("link", { name }).click();
  await expect(page.getByText("Organisasjonen er deaktivert")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Aktiver organisasjonen igjen" }).click();
  await expect(page.getByRole("link", { name: "Deaktiver organisasjonen" })).toBeVisible();
});

test("the operator invites another operator and removes them, but never themselves", async ({ page }) => {
  await signInAsDemo(page, DEMO.operator.name);
  await visit(page, "/admin/operators");
  await expect(page.getByRole("row").filter({ hasText: DEMO.operator.email })).toContainText("(deg)");
  await expect(page.getByRole("link", { name: `Fjern ${DEMO.operator.name}` })).toHaveCount(0);

  const email = `per.${randomInt(1000, 9999)}@drift.lagspill.example`;
  await page.getByLabel("Navn").fill("Per Driftvik");
  await page.getByLabel("E-post").fill(email);
  await page.getByRole("button", { name: "Send invitasjon" }).click();
  await expect(page.getByRole("status").filter({ hasText: email })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Fjern Per Driftvik" }).first().click();
  await expect(page.getByText("Fjerne Per Driftvik som driftsansvarlig?")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Fjern Per Driftvik" }).click();
  await expect(page.getByRole("status")).toHaveText("Per Driftvik er ikke lenger driftsansvarlig.");
});

test("an operator without a membership gets 404 on every participant page and API", async ({ page }) => {
  await signInAsDemo(page, DEMO.operator.name);
  const id = DEMO_PARTICIPANTS.bergenUnassigned.id;
  // Every page under app/(app)/participants and every participant route under app/api.
  const pages = [
    "/participants",
    "/participants/new",
    "/participants/import",
    `/participants/${id}`,
    `/participants/${id}/edit`,
    `/participants/${id}/audit`,
    `/participants/${id}/matches`,
    `/participants/${id}/privacy`,
    `/participants/${id}/contacts/new`,
    `/participants/${id}/work/new`,
  ];
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();
  await expectAccessible(page);
  for (const path of [`/api/participants/${id}/export`, "/api/participants/import-template"]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
});

test("someone who is not an operator gets 404 on /admin", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenAdmin.name);
  for (const path of ["/admin", "/admin/operators", "/admin/organizations/new"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();
  await expectAccessible(page);
});
