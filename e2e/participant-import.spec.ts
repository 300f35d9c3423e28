import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectAccessible, signInAsDemo, visit } from "./helpers";

// Saved the way Norwegian Excel saves CSV: semicolons and Windows-1252, so ø must survive decoding.
const FILE = [
  "saksnummer;fornavn;etternavn;fødselsår;programstart;programslutt;status;norsk muntlig;bydel;landbakgrunn",
  "E2E-IMP-1;Zainab;Ødegaard;1990;01.09.2026;31.08.2028;i program;A2;Årstad;Syria",
  "E2E-IMP-2;Yonas;Tesfaldet;1987;15.08.2026;14.08.2027;;B1;;Eritrea",
  "E2E-IMP-3;Marta;;1979;01.03.2026;28.02.2027;;;;Ukraina",
].join("\r\n");
const file = (text: string) => ({ name: "eksport.csv", mimeType: "text/csv", buffer: Buffer.from(text, "latin1") });

async function preview(page: Page, text: string) {
  await page.getByLabel("CSV-fil fra fagsystemet").setInputFiles(file(text));
  await page.getByRole("button", { name: "Se hva som blir importert" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Slik blir importen av eksport.csv" })).toBeVisible();
}

test("a consultant previews a case-system file, imports the valid rows, and re-imports it without duplicates", async ({
  page,
}) => {
  await signInAsDemo(page, DEMO.bergenConsultant.name);
  await visit(page, "/participants");
  await page.getByRole("link", { name: "Importer fra fagsystemet" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Importer deltakere fra fagsystemet" })).toBeVisible();
  await expectAccessible(page);

  // Without a file: the error is under the field and in the summary.
  await page.getByRole("button", { name: "Se hva som blir importert" }).click();
  // The message names the field itself, so the summary line needs no label in front.
  await expect(page.getByRole("alert").getByRole("link", { name: "Velg CSV-filen fra fagsystemet." })).toBeVisible();
  await expect(page.getByLabel("CSV-fil fra fagsystemet")).toHaveAttribute("aria-invalid", "true");

  await preview(page, FILE);
  const errors = page.getByRole("table", { name: /Rader med feil/ });
  await expect(errors.getByRole("row", { name: /E2E-IMP-3/ })).toContainText(
    "«etternavn» er tom. Fyll den ut i fagsystemet.",
  );
  const changes = page.getByRole("table", { name: "Rader som blir importert (2)" });
  await expect(changes.getByRole("row", { name: /Zainab Ødegaard/ })).toContainText("Ny");
  await expect(page.getByText("Disse kolonnene blir ikke lest: «landbakgrunn».")).toBeVisible();
  await expect(page.getByText("1 rad med feil blir ikke importert.")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Importer 2 deltakere" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Importen er ferdig" })).toContainText(
    "2 nye, 0 oppdatert, 0 uendret. 1 rad med feil ble ikke importert.",
  );
  await expectAccessible(page);

  // The same file again: recognised by case number, nothing new.
  await preview(page, FILE);
  await expect(page.getByText("2 rader er like det som allerede er registrert, og blir ikke endret.")).toBeVisible();
  await expect(page.getByText("Det er ingenting å importere")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Importer \d/ })).toHaveCount(0);

  // A later export with a new status: the participant is updated, not added again.
  await preview(page, FILE.replace("i program;A2", "permisjon;A2"));
  await expect(
    page.getByRole("table", { name: "Rader som blir importert (1)" }).getByRole("row", { name: /E2E-IMP-1/ }),
  ).toContainText("Endrer Status");
  await page.getByRole("button", { name: "Importer 1 deltaker" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Importen er ferdig" })).toContainText(
    "0 nye, 1 oppdatert, 1 uendret.",
  );

  await visit(page, "/participants?q=%C3%98degaard&status=all");
  await expect(page.getByRole("link", { name: "Zainab Ødegaard" })).toHaveCount(1);
});

test("a file without the required columns is refused with what is missing", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenConsultant.name);
  await visit(page, "/participants/import");
  await page.getByLabel("CSV-fil fra fagsystemet").setInputFiles(file("navn;alder\nZainab;36"));
  await page.getByRole("button", { name: "Se hva som blir importert" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "kan ikke importeres" })).toContainText(
    "Filen mangler kolonnene «saksnummer», «fornavn»",
  );
  await expect(page.getByRole("button", { name: /^Importer/ })).toHaveCount(0);
  await expectAccessible(page);

  const template = await page.request.get("/api/participants/import-template");
  expect(template.headers()["content-type"]).toContain("text/csv");
  expect(await template.text()).toContain("saksnummer;fornavn;etternavn;fødselsår;programstart;programslutt");
});

test("an employer gets 404 on the import page and the template", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenEmployer.name);
  const response = await page.goto("/participants/import");
  expect(response?.status()).toBe(404);
  await expectAccessible(page);
  expect((await page.request.get("/api/participants/import-template")).status()).toBe(404);
});
