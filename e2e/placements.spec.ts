import { expect, test } from "@playwright/test";
import { stableId } from "../db/seed";
import { DEMO, expectAccessible, signInAsDemo, visit } from "./helpers";

// One journey across roles, in order: each step continues where the previous one left off.
test.describe.configure({ mode: "serial" });

/** Torstein's second slot: the demo data leaves it without candidates for this journey. */
const SLOT = {
  id: stableId("slot:bergen-employer-1:2"),
  title: "Hjelpearbeider bygg",
  employer: "Fjordkanten Bygg AS",
};
/** Has never consented to sharing with employers (db/seed/caseload-history.ts). */
const WITHOUT_CONSENT = stableId("participant:bergen-5");

function osloDateTime(days: number, time: string): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const date = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Oslo",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(d);
  return `${date}T${time}`;
}

let placementPath = "";
const participant = { id: "", name: "", first: "", last: "" };

test("a consultant sees what the employer will see and proposes a participant with consent", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenConsultant.name);

  // Without consent: a clear refusal and the way to record consent.
  await visit(page, `/placements/new?slot=${SLOT.id}&participant=${WITHOUT_CONSENT}`);
  await expect(page.getByText(/har ikke samtykket til å dele opplysninger med arbeidsgivere/)).toBeVisible();
  await expect(page.getByRole("link", { name: /^Registrer samtykke for/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Send forslag" })).toHaveCount(0);

  await visit(page, `/slots/${SLOT.id}/pipeline`);
  await expect(page.getByRole("heading", { level: 1, name: `Kandidater til ${SLOT.title}` })).toBeVisible();
  const select = page.getByLabel("Deltaker du vil foreslå");
  const option = select.locator("option").first();
  participant.id = (await option.getAttribute("value"))!;
  participant.name = (await option.textContent())!.trim();
  [participant.first, participant.last] = [
    participant.name.split(" ")[0],
    participant.name.split(" ").slice(1).join(" "),
  ];
  await page.getByRole("button", { name: "Se hva arbeidsgiveren får se" }).click();

  await expect(
    page.getByRole("heading", { level: 1, name: `Foreslå ${participant.name} til ${SLOT.title}` }),
  ).toBeVisible();
  await expectAccessible(page);
  const preview = page.getByRole("region", { name: `Dette ser ${SLOT.employer}` });
  await expect(preview.getByText(participant.first, { exact: true })).toBeVisible();
  await expect(preview).not.toContainText(participant.last);
  await page.getByLabel(/^Melding til arbeidsgiveren/).fill("Har vist interesse for bygg.");
  await page.getByRole("button", { name: "Send forslag" }).click();

  await expect(page).toHaveURL(/\/placements\/[0-9a-f-]+\?saved=proposed$/);
  placementPath = new URL(page.url()).pathname;
  await expect(page.getByText(`Forslaget er sendt til ${SLOT.employer}. De får en e-post.`)).toBeVisible();
  await expect(
    page
      .getByRole("table", { name: "Alle steg, eldste først" })
      .getByRole("row")
      .filter({ hasText: "Har vist interesse for bygg." }),
  ).toHaveCount(1);
  await expectAccessible(page);

  await visit(page, "/pipeline");
  await expect(
    page.getByRole("region", { name: /^Forslag sendt/ }).getByRole("link", { name: participant.name }),
  ).toBeVisible();
});

test("the employer sees only the consented fields, says it is interested and proposes an interview", async ({
  page,
}) => {
  const id = placementPath.split("/").pop()!;
  await signInAsDemo(page, DEMO.bergenEmployer.name);
  await visit(page, "/proposals");
  await page.getByRole("link", { name: participant.first, exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/proposals/${id}$`));
  await expect(
    page.getByRole("heading", { level: 1, name: `${participant.first}, kandidat til ${SLOT.title}` }),
  ).toBeVisible();
  await expectAccessible(page);
  const main = page.getByRole("main");
  await expect(main).not.toContainText(participant.last);
  await expect(main).not.toContainText("@epost.example");
  // The consultant's message with the proposal, labelled as theirs.
  await expect(page.getByRole("figure", { name: "Melding fra konsulenten" })).toContainText(
    "Har vist interesse for bygg.",
  );
  // The municipality contact's number is in the contact box; the candidate's is nowhere.
  for (const name of ["Kandidat", "Ditt svar"])
    await expect(page.getByRole("region", { name, exact: true })).not.toContainText(/\+47/);

  await page.getByRole("button", { name: "Jeg er interessert" }).click();
  await expect(
    page.getByText(`Takk! Kommunen får beskjed om at du er interessert i ${participant.first}.`),
  ).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Tidspunkt for intervju").fill(osloDateTime(5, "10:00"));
  await page.getByRole("button", { name: "Foreslå intervjutid" }).click();
  await expect(page.getByText("Takk! Kommunen får beskjed om intervjutiden.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Intervjuet" })).toBeVisible();
  await expectAccessible(page);
});

test("the consultant makes the agreement: terms with a bad then a good form, and two confirmations", async ({
  page,
}) => {
  await signInAsDemo(page, DEMO.bergenConsultant.name);
  await visit(page, placementPath);
  await page.getByRole("button", { name: "Gå videre til avtale" }).click();
  await expect(page.getByText("Endringen er lagret.")).toBeVisible();
  await page.getByRole("link", { name: "Praksisavtalen" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Praksisavtale: ${participant.name} hos ${SLOT.employer}` }),
  ).toBeVisible();
  await expectAccessible(page);

  // Bad input: hours in words and no follow-up plan. Messages at the fields; nothing typed is lost.
  await page.getByLabel("Timer per uke").fill("tretti");
  await page.getByLabel("Plan for oppfølging").fill("");
  await page.getByRole("button", { name: "Lagre vilkårene" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Rett opp dette før du går videre:" })).toBeFocused();
  await expect(page.locator("#hoursPerWeek-error")).toHaveText(
    "Skriv antall timer per uke som et helt tall mellom 1 og 60.",
  );
  await expect(page.locator("#followUpPlan-error")).toHaveText("Skriv hvordan kommunen skal følge opp.");
  await expect(page.getByLabel("Timer per uke")).toHaveValue("tretti");
  await expectAccessible(page);

  await page.getByLabel("Timer per uke").fill("30");
  await page.getByLabel("Plan for oppfølging").fill("Besøk hver uke den første måneden.");
  await page.getByRole("button", { name: "Lagre vilkårene" }).click();
  await expect(page.getByText("Vilkårene er lagret. Alle tre parter har fått beskjed om å bekrefte.")).toBeVisible();
  await expect(page.getByText("30 timer")).toBeVisible();

  await page.getByRole("button", { name: "Bekreft for kommunen" }).click();
  await expect(page.getByText("Bekreftelsen er lagret.")).toBeVisible();
  await page.getByLabel("Hvordan bekreftet deltakeren?").selectOption({ label: "Muntlig med tolk" });
  await page.getByRole("button", { name: "Registrer deltakerens bekreftelse" }).click();
  await expect(page.getByText(/^Bekreftet \(Muntlig med tolk\), registrert av Jonas Kvamsdal/)).toBeVisible();
  await expectAccessible(page);
});

test("the employer confirms last, and the placement is active with follow-ups planned", async ({ page }) => {
  const id = placementPath.split("/").pop()!;
  await signInAsDemo(page, DEMO.bergenEmployer.name);
  // From the agreement on, the employer may know who the candidate is.
  await visit(page, `/proposals/${id}`);
  await expect(page.getByRole("main")).toContainText(participant.name);
  await page.getByRole("link", { name: "Praksisavtalen" }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Bekreft for arbeidsgiveren" }).click();
  await expect(
    page.getByText("Alle tre har bekreftet. Plasseringen er aktiv, og oppfølgingen er lagt inn."),
  ).toBeVisible();
  await expect(page.getByText("Aktiv", { exact: true })).toBeVisible();
  await expectAccessible(page);
});

test("the consultant sees the placement active and the follow-along contacts on the participant", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenConsultant.name);
  await visit(page, placementPath);
  await expect(page.getByText("Aktiv", { exact: true }).first()).toBeVisible();
  await visit(page, `/participants/${participant.id}`);
  const planned = page.getByRole("table", { name: "Oppfølging som ikke er gjort" });
  await expect(planned.getByText("Kontakt før oppstart").first()).toBeVisible();
  await expect(planned.getByText("Ukentlig oppfølging, uke 1").first()).toBeVisible();
});

test("an employer in another city gets 404 on the proposal and its agreement", async ({ page }) => {
  const id = placementPath.split("/").pop()!;
  await signInAsDemo(page, DEMO.trondheimEmployer.name);
  for (const path of [`/proposals/${id}`, `/placements/${id}/agreement`]) {
    await visit(page, path);
    await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();
  }
});
