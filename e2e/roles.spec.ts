import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, signInAsDemo, visit } from "./helpers";

// Every demo account: its own home page with figures, and a menu with only what the role may use.
const accounts = [
  {
    name: "Ragnhild Fossdal",
    role: "Kommuneadministrator",
    org: "Bergen kommune, integreringstjenesten",
    nav: [
      "Oversikt",
      "Deltakere",
      "Formidling",
      "Arbeidsgivere",
      "Praksisplasser og jobber",
      "Arrangementer",
      "Samarbeidsråd",
      "Rapporter",
      "Oppfølging",
      "IPS-tall",
      "Organisasjonen",
      "Personer",
      "E-postutsending",
      "Innstillinger",
    ],
  },
  {
    name: "Jonas Kvamsdal",
    role: "Introduksjonskonsulent",
    org: "Bergen kommune, integreringstjenesten",
    nav: [
      "Oversikt",
      "Deltakere",
      "Formidling",
      "Arbeidsgivere",
      "Praksisplasser og jobber",
      "Arrangementer",
      "Samarbeidsråd",
      "Oppfølging",
      "Organisasjonen",
    ],
  },
  {
    name: "Leyla Brattebø",
    role: "Jobbspesialist",
    org: "Bergen kommune, integreringstjenesten",
    nav: [
      "Oversikt",
      "Deltakere",
      "Formidling",
      "Arbeidsgivere",
      "Praksisplasser og jobber",
      "Arrangementer",
      "Samarbeidsråd",
      "Oppfølging",
      "IPS-tall",
      "Organisasjonen",
    ],
  },
  {
    name: "Torstein Helleland",
    role: "Arbeidsgiver",
    org: "Fjordkanten Bygg AS",
    nav: ["Oversikt", "Praksisplasser og jobber", "Kandidater", "Arrangementer", "Organisasjonen", "Personer"],
  },
  {
    name: "Marit Solheimsvik",
    role: "Ansatt i næringsforening",
    org: "Næringsforum Bergen",
    nav: [
      "Oversikt",
      "Arrangementer",
      "Medlemsbedrifter",
      "Samarbeidsråd",
      "Organisasjonen",
      "Personer",
      "E-postutsending",
    ],
  },
  {
    name: "Eirik Nesttun",
    role: "Samarbeidspartner",
    org: "NAV Bergen vest",
    nav: ["Oversikt", "Arrangementer", "Samarbeidsråd", "Organisasjonen"],
  },
  {
    name: "Sunniva Lerkendal",
    role: "Kommuneadministrator",
    org: "Trondheim kommune, integreringstjenesten",
    nav: [
      "Oversikt",
      "Deltakere",
      "Formidling",
      "Arbeidsgivere",
      "Praksisplasser og jobber",
      "Arrangementer",
      "Samarbeidsråd",
      "Rapporter",
      "Oppfølging",
      "IPS-tall",
      "Organisasjonen",
      "Personer",
      "E-postutsending",
      "Innstillinger",
    ],
  },
  {
    name: "Henrik Byåsveen",
    role: "Introduksjonskonsulent",
    org: "Trondheim kommune, integreringstjenesten",
    nav: [
      "Oversikt",
      "Deltakere",
      "Formidling",
      "Arbeidsgivere",
      "Praksisplasser og jobber",
      "Arrangementer",
      "Samarbeidsråd",
      "Oppfølging",
      "Organisasjonen",
    ],
  },
  {
    name: "Farah Ilsvika",
    role: "Jobbspesialist",
    org: "Trondheim kommune, integreringstjenesten",
    nav: [
      "Oversikt",
      "Deltakere",
      "Formidling",
      "Arbeidsgivere",
      "Praksisplasser og jobber",
      "Arrangementer",
      "Samarbeidsråd",
      "Oppfølging",
      "IPS-tall",
      "Organisasjonen",
    ],
  },
  {
    name: "Ola Tillerdal",
    role: "Arbeidsgiver",
    org: "Nidelva Bygg AS",
    nav: ["Oversikt", "Praksisplasser og jobber", "Kandidater", "Arrangementer", "Organisasjonen", "Personer"],
  },
  {
    name: "Ingvild Lademoen",
    role: "Ansatt i næringsforening",
    org: "Næringsforum Trondheim",
    nav: [
      "Oversikt",
      "Arrangementer",
      "Medlemsbedrifter",
      "Samarbeidsråd",
      "Organisasjonen",
      "Personer",
      "E-postutsending",
    ],
  },
  {
    name: "Petter Ranheimsli",
    role: "Samarbeidspartner",
    org: "NAV Trondheim sør",
    nav: ["Oversikt", "Arrangementer", "Samarbeidsråd", "Organisasjonen"],
  },
];

for (const a of accounts) {
  test(`${a.role} ${a.name}: home page, menu and organization`, async ({ page }) => {
    await signInAsDemo(page, a.name);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hei, ${a.name}`);
    await expect(page.getByText(`${a.role} i ${a.org}`)).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Hovedmeny" });
    await expect(nav.getByRole("link")).toHaveText(a.nav);
    // Real figures: the organization has at least the signed-in person.
    const colleagues = page
      .getByRole("term")
      .filter({ hasText: "Kolleger med tilgang" })
      .locator("xpath=following-sibling::dd");
    await expect(colleagues).toHaveText(/^[1-9]\d*$/);
    await expectAccessible(page);

    await nav.getByRole("link", { name: "Organisasjonen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(a.org);
    await expect(page.getByRole("table").getByText(a.name)).toBeVisible();
    await expectAccessible(page);
  });
}

test("a municipality admin sees email delivery for their own staff only", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenAdmin.name);
  await visit(page, "/email-status");
  await expect(page.getByRole("heading", { level: 1, name: "E-postutsending" })).toBeVisible();
  await expect(page.getByText(/trondheim\.kommune\.example/)).toHaveCount(0);
});

test("another role's page answers 404", async ({ page }) => {
  await signInAsDemo(page, DEMO.bergenEmployer.name);
  const response = await page.goto("/email-status");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();
  await expectAccessible(page);
});

test("a Trondheim admin sees Trondheim's people, never Bergen's", async ({ page }) => {
  await signInAsDemo(page, DEMO.trondheimAdmin.name);
  await visit(page, "/organization");
  await expect(page.getByRole("table").getByText(DEMO.trondheimAdmin.name)).toBeVisible();
  await expect(page.getByText(DEMO.bergenAdmin.name)).toHaveCount(0);
  await expect(page.getByText(/bergen\.kommune\.example/)).toHaveCount(0);
});

test("works on a 360 px wide phone", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signInAsDemo(page, DEMO.bergenJobSpecialist.name);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
});

test("a person with roles in two organizations switches between them", async ({ page }) => {
  await signInAsDemo(page, "Petter Ranheimsli");
  await expect(page.getByText("Samarbeidspartner i NAV Trondheim sør")).toBeVisible();
  const picker = page.getByLabel("Du jobber som");
  await picker.selectOption({ label: "Samarbeidspartner, Trøndelag fylkeskommune" });
  await page.getByRole("button", { name: "Bytt", exact: true }).click();
  await expect(page.getByText("Samarbeidspartner i Trøndelag fylkeskommune")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Organisasjonen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trøndelag fylkeskommune");
});
