import { expect, test, type Page } from "@playwright/test";
import { backToBokmal, DEMO, expectAccessible, signInAsDemo, visit } from "./helpers";

// The council workspace and its meetings: the secretariat (Næringsforum Bergen) plans a meeting,
// invites, writes and approves minutes; the chair (NAV Bergen vest) reads them; others get 404 or
// the empty state. The meeting is dated two days back, so it has started and minutes can be approved.
const COUNCIL = "Samarbeidsrådet for inkludering i Bergen";
const title = `Rådsmøte ${String(Date.now()).slice(-6)}`;
const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
let meetingPath = "";

test.describe.configure({ mode: "serial" });

async function expectNotFound(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status()).toBe(404);
  await expectAccessible(page);
}

test("the secretariat plans a meeting, invites, writes and approves the minutes", async ({ page }) => {
  // A dozen pages with an axe scan each: about 20 s alone, more on 2 busy cores.
  test.setTimeout(60_000);
  await signInAsDemo(page, DEMO.bergenAssociation.name);
  await visit(page, "/council");
  await expect(page.getByRole("heading", { level: 1, name: COUNCIL })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Legg til en representant" })).toBeVisible();
  await page.getByRole("link", { name: "Møter", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Møter" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Nytt møte" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nytt møte" })).toBeVisible();
  await expectAccessible(page);

  // Bad input: messages at the fields, what was typed is kept.
  await page.getByLabel("Dato").fill(twoDaysAgo);
  await page.getByLabel("Starter kl.").fill("12:00");
  await page.getByLabel("Slutter kl.").fill("10:00");
  await page.getByLabel("Sted").fill("Rådhuset, møterom 3");
  const first = page.getByRole("group", { name: "Sak 1" });
  await first.getByLabel("Tittel på saken").fill("Velkommen og godkjenning av saklisten");
  await first.getByLabel("Lenke til vedlegg").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Lagre møtet" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Rett opp dette før du går videre:" })).toBeFocused();
  await expect(page.getByText("Møtet må slutte etter at det starter.").first()).toBeVisible();
  await expect(page.getByText("Sak 1, Lenke til vedlegg: Skriv en fullstendig lenke")).toBeVisible();
  await expect(page.getByLabel("Tittel", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Sted")).toHaveValue("Rådhuset, møterom 3");
  await expect(first.getByLabel("Tittel på saken")).toHaveValue("Velkommen og godkjenning av saklisten");
  await expectAccessible(page);

  // Good input with two agenda items.
  await page.getByLabel("Tittel", { exact: true }).fill(title);
  await page.getByLabel("Starter kl.").fill("10:00");
  await page.getByLabel("Slutter kl.").fill("12:00");
  await first.getByLabel("Organisasjonen som legger fram saken").selectOption({ label: "NAV Bergen vest" });
  await first.getByLabel("Minutter").fill("10");
  await first.getByLabel("Lenke til vedlegg").fill("https://www.bergen.kommune.no/sakliste.pdf");
  await page.getByRole("button", { name: "Legg til en sak" }).click();
  await page.getByRole("group", { name: "Sak 2" }).getByLabel("Tittel på saken").fill("Status for de felles målene");
  await page.getByRole("button", { name: "Lagre møtet" }).click();
  await expect(page.getByText("Møtet er lagret.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  meetingPath = new URL(page.url()).pathname;
  await expect(page.getByRole("region", { name: "Sakliste" }).getByText("Status for de felles målene")).toBeVisible();
  await expect(page.getByRole("link", { name: "Vedlegg til «Velkommen og godkjenning av saklisten»" })).toHaveAttribute(
    "href",
    "https://www.bergen.kommune.no/sakliste.pdf",
  );
  await expectAccessible(page);

  // The invitation goes to every active representative, with a calendar file.
  await page.getByRole("button", { name: "Send innkallingen" }).click();
  await expect(page.getByText("Innkallingen er sendt til representantene.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Send innkallingen på nytt" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Send innkallingen på nytt" }).click();
  await expect(page.getByText(`Vil du sende innkallingen til «${title}» på nytt?`)).toBeFocused();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Nei, avbryt" }).click();

  await visit(page, "/dev/outbox");
  const mail = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: `Innkalling: ${title}` }) });
  await expect(mail.filter({ hasText: DEMO.bergenPartner.email })).toHaveCount(1);
  const invitation = mail.first();
  await invitation.getByText("Vedlegg: mote.ics").click();
  await expect(invitation.getByText(/BEGIN:VCALENDAR/)).toBeVisible();
  await invitation.getByText("Innhold", { exact: true }).click();
  await expect(
    invitation.getByText(/1\. Velkommen og godkjenning av saklisten \(NAV Bergen vest, 10 min\)/),
  ).toBeVisible();

  // Minutes as a draft (HTML stays text), a decision, attendance, then approval.
  await visit(page, meetingPath);
  await page
    .getByLabel("Referattekst")
    .fill("## Sak 1: Velkommen\nLederen ønsket velkommen.\n\n- Saklisten ble godkjent\n\n<script>alert(1)</script>");
  await expect(
    page.getByRole("region", { name: "Forhåndsvisning" }).getByText("<script>alert(1)</script>"),
  ).toBeVisible();
  await page.getByRole("button", { name: "Lagre som utkast" }).click();
  await expect(page.getByText("Referatet er lagret som utkast.")).toBeVisible();
  await expect(page.getByLabel("Referattekst")).toHaveValue(/Lederen ønsket velkommen/);
  await expectAccessible(page);

  await page.getByLabel("Nytt vedtak").fill("Rådet slutter seg til handlingsplanen for 2026.");
  await page.getByRole("button", { name: "Legg til vedtaket" }).click();
  await expect(page.getByText("Vedtaket er lagret.")).toBeVisible();
  await expect(
    page.getByText("Rådet slutter seg til handlingsplanen for 2026.", { exact: true }).first(),
  ).toBeVisible();
  await page.getByLabel(/^Eirik Nesttun, NAV Bergen vest/).check();
  await page.getByRole("button", { name: "Lagre oppmøtet" }).click();
  await expect(page.getByText("Oppmøtet er lagret.")).toBeVisible();
  await expect(page.getByLabel(/^Eirik Nesttun, NAV Bergen vest/)).toBeChecked();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Godkjenn referatet" }).click();
  await expect(page.getByText("Referatet er godkjent, og alle i rådet kan lese det.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sak 1: Velkommen" })).toBeVisible();
  await expect(page.getByText("Referat godkjent", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Åpne referatet igjen" })).toBeVisible();
  await expect(page.getByLabel("Nytt vedtak")).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Legg til oppfølgingspunkt" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nytt oppfølgingspunkt" })).toBeVisible();
  expect(page.url()).toContain(`meeting=${meetingPath.split("/").at(-1)}`);
  await expectAccessible(page);
  await page.getByLabel("Hva skal gjøres").fill("Lage en felles oversikt over praksisplasser");
  await page.getByLabel("Ansvarlig organisasjon").selectOption({ label: "NAV Bergen vest" });
  await page.getByLabel("Frist").fill(new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10));
  await page.getByRole("button", { name: "Lagre punktet" }).click();
  await page.waitForURL(/\/council\/actions\/[0-9a-f-]+\?saved=created/);
  await expectAccessible(page);
  // The item belongs to the meeting: its page lists it.
  await visit(page, meetingPath);
  await expect(page.getByText("Lage en felles oversikt over praksisplasser")).toBeVisible();
});

test("the chair reads the approved minutes and downloads the calendar file, also in English", async ({ page }) => {
  test.skip(!meetingPath, "needs the meeting from the first test");
  await signInAsDemo(page, DEMO.bergenPartner.name);
  await visit(page, meetingPath);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Sak 1: Velkommen" })).toBeVisible();
  await expect(page.getByText("Saklisten ble godkjent")).toBeVisible();
  await expect(
    page.getByText("Rådet slutter seg til handlingsplanen for 2026.", { exact: true }).first(),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Send innkallingen" })).toHaveCount(0);
  await expect(page.getByLabel("Referattekst")).toHaveCount(0);
  const file = await page.request.get(`/api/council/meetings/${meetingPath.split("/").at(-1)}/calendar`);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toContain("text/calendar");
  expect(await file.text()).toContain("BEGIN:VEVENT");

  await visit(page, "/council");
  await expect(page.getByRole("heading", { level: 1, name: COUNCIL })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Legg til en representant" })).toHaveCount(0);

  await page.getByRole("button", { name: "Bytt til English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await visit(page, meetingPath);
  await expect(page.getByRole("heading", { level: 2, name: "Minutes" })).toBeVisible();
  await expect(page.getByText("Minutes approved", { exact: true })).toBeVisible();
  await visit(page, "/council/meetings");
  await expect(page.getByRole("heading", { level: 1, name: "Meetings" })).toBeVisible();
  await backToBokmal(page);
});

test("an employer gets 404 and Trondheim, without a council, sees the empty state", async ({ page }) => {
  await signInAsDemo(page, DEMO.trondheimEmployer.name);
  await expectNotFound(page, "/council");
  if (meetingPath) await expectNotFound(page, meetingPath);

  await page.context().clearCookies();
  await signInAsDemo(page, DEMO.trondheimAdmin.name);
  await visit(page, "/council");
  await expect(page.getByText("Organisasjonen din er ikke med i noe samarbeidsråd ennå.")).toBeVisible();
  await expectNotFound(page, "/council/meetings");
  if (meetingPath) await expectNotFound(page, meetingPath);
});
