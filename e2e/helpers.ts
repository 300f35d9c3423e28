import AxeBuilder from "@axe-core/playwright";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { stableId } from "../db/seed";
import { COUNCIL_IDS, COUNCIL_NAME, GOAL_TEXTS, NEXT_MEETING } from "../db/seed/council-data";
import { VESTLAND_COUNCIL } from "../db/seed/council-vestland";
import { EVENT_IDS, NO_LEAD_CANDIDATE_NAME } from "../db/seed/events-data";

/** WCAG 2.1 AA scan of the page as it is now; zero violations allowed. */
export async function expectAccessible(page: Page): Promise<void> {
  // Every page title names the page and the app. Waiting for it also lets streamed metadata land before the scan.
  await expect(page).toHaveTitle(/^(.+ – )?Lagspill$/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
  // A message the page did not send its client components shows as its key, e.g. "leads.form.save".
  const text = await page.locator("body").innerText();
  expect(text.match(MISSING_MESSAGE) ?? [], `message keys instead of text on ${page.url()}`).toEqual([]);
}

const CATALOGUE = path.resolve(import.meta.dirname, "../lib/i18n/messages/nb");
/** "namespace.key" of any namespace in the catalogue, not inside an address ("eirik@nav.example"). */
const MISSING_MESSAGE = new RegExp(
  `(?<![@.\\w])(${[
    ...new Set(
      readdirSync(CATALOGUE).flatMap((f) => Object.keys(JSON.parse(readFileSync(path.join(CATALOGUE, f), "utf8")))),
    ),
  ].join("|")})(\\.[a-z][A-Za-z0-9]*)+\\b`,
  "g",
);

/** Goes to a page, checks it is accessible and returns nothing: every visit is scanned. */
export async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expectAccessible(page);
}

export const DEMO = {
  bergenAdmin: { name: "Ragnhild Fossdal", email: "ragnhild.fossdal@bergen.kommune.example" },
  bergenConsultant: { name: "Jonas Kvamsdal", email: "jonas.kvamsdal@bergen.kommune.example" },
  bergenJobSpecialist: { name: "Leyla Brattebø", email: "leyla.brattebo@bergen.kommune.example" },
  bergenEmployer: { name: "Torstein Helleland", email: "torstein@fjordkanten-bygg.example" },
  bergenAssociation: { name: "Marit Solheimsvik", email: "marit@naeringsforum-bergen.example" },
  bergenPartner: { name: "Eirik Nesttun", email: "eirik.nesttun@nav.example" },
  trondheimAdmin: { name: "Sunniva Lerkendal", email: "sunniva.lerkendal@trondheim.kommune.example" },
  trondheimEmployer: { name: "Ola Tillerdal", email: "ola@nidelva-bygg.example" },
  /** The operator of the installation (/admin); no organization. */
  operator: { name: "Oda Systad", email: "oda.systad@drift.lagspill.example" },
} as const;

/**
 * Switches a signed-in person back to bokmål from English. The switch is also their stored email
 * language, so a test that switched to English ends with this: later tests read their email in bokmål.
 */
export async function backToBokmal(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Switch to Norsk (bokmål)" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
}

/** Signs in with a demo account button on the sign-in page and waits for the home page. */
export async function signInAsDemo(page: Page, name: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: new RegExp(name) }).click();
  // An operator has no organization and lands on /admin.
  await page.waitForURL(/\/(home|admin)$/);
}

const demoParticipant = (
  city: "bergen" | "trondheim",
  n: number,
  name: string,
  status: string,
  staff: { name: string; email: string } | null,
) => ({
  id: stableId(`participant:${city}-${n}`),
  name,
  externalId: `${city === "bergen" ? "BGO" : "TRD"}-${10_000 + n}`,
  status,
  staff,
});

/**
 * Named participants of the demo caseload (db/seed/caseload.ts), with the staff they are assigned to.
 * Use them read-only: other tests rely on them as seeded. Dates move with the day the server seeded.
 */
export const DEMO_PARTICIPANTS = {
  /** Leyla's, in a job for about three weeks; follow-along steps done on time. */
  bergenJobSpecialistInJob: demoParticipant("bergen", 1, "Lama Kassab", "enrolled", DEMO.bergenJobSpecialist),
  /** Leyla's, taken on 12 days before the seed day; programme ends in about 2½ months. */
  bergenJobSpecialistNew: demoParticipant("bergen", 6, "Grâce Mbuyi", "enrolled", DEMO.bergenJobSpecialist),
  /** Jonas's, in a job for about three weeks. */
  bergenConsultantInJob: demoParticipant("bergen", 10, "Selam Ghebremariam", "enrolled", DEMO.bergenConsultant),
  /** Jonas's, in an internship now. */
  bergenConsultantInternship: demoParticipant("bergen", 11, "Zarghuna Rahimi", "enrolled", DEMO.bergenConsultant),
  /** Jonas's, on leave. */
  bergenConsultantOnLeave: demoParticipant("bergen", 16, "Karwan Ahmed", "on_leave", DEMO.bergenConsultant),
  /** Jonas's, completed with an outcome in education. */
  bergenConsultantCompleted: demoParticipant("bergen", 17, "Hiba Al-Rifai", "completed", DEMO.bergenConsultant),
  /** Not yet assigned to anyone (no Norwegian levels recorded yet). */
  bergenUnassigned: demoParticipant("bergen", 30, "Naveed Azimi", "enrolled", null),
  /** Farah's, in a job; her first employer contacts came late. */
  trondheimJobSpecialistInJob: demoParticipant("trondheim", 1, "Rasha Dabbagh", "enrolled", {
    name: "Farah Ilsvika",
    email: "farah.ilsvika@trondheim.kommune.example",
  }),
  /** Henrik's, in a job for about three weeks. */
  trondheimConsultantInJob: demoParticipant("trondheim", 10, "Senait Berhe", "enrolled", {
    name: "Henrik Byåsveen",
    email: "henrik.byasveen@trondheim.kommune.example",
  }),
  /** Henrik's, in an internship now; programme ends in about a month. */
  trondheimConsultantInternship: demoParticipant("trondheim", 11, "Sohrab Popal", "enrolled", {
    name: "Henrik Byåsveen",
    email: "henrik.byasveen@trondheim.kommune.example",
  }),
  /** Not yet assigned to anyone. */
  trondheimUnassigned: demoParticipant("trondheim", 30, "Sima Nazari", "enrolled", null),
} as const;

/**
 * The demo events (db/seed/events.ts). Use them read-only where you can; other specs share them.
 * bergenPast: completed career fair about 8 months back; its interview of Fjordkanten Bygg with
 * `leadCandidateName` (a participant of Jonas Kvamsdal) has no lead yet, for the lead test to record.
 * bergenUpcoming: published career fair about 5 weeks ahead, registration open, no interviews yet.
 * trondheimBreakfast: published breakfast meeting in Trondheim. bergenDraft: draft, organizer only.
 */
export const DEMO_FAIRS = {
  bergenPast: { id: EVENT_IDS.bergenPast, leadCandidateName: NO_LEAD_CANDIDATE_NAME },
  bergenUpcoming: { id: EVENT_IDS.bergenUpcoming },
  trondheimBreakfast: { id: EVENT_IDS.trondheimBreakfast },
  bergenDraft: { id: EVENT_IDS.bergenDraft },
} as const;

const goalTitle = (key: string) => GOAL_TEXTS.find((g) => g.key === key)!.title;
const commitment = (goal: string, org: string) =>
  GOAL_TEXTS.find((g) => g.key === goal)!.commitments.find((c) => c.org === org)!.description;

/**
 * Bergen's cooperation council (db/seed/council.ts). Chair NAV Bergen vest (DEMO.bergenPartner),
 * secretariat Næringsforum Bergen (DEMO.bergenAssociation); Bergen kommune (DEMO.bergenAdmin) is a
 * member. Trondheim has no council. Other specs share these rows: create your own meetings and items
 * where you can. The titles of past meetings follow their dates ("Rådsmøte <month> <year>").
 * NAV Bergen vest also sits in DEMO_SECOND_COUNCIL, but this one sorts first, so Eirik starts here.
 */
export const DEMO_COUNCIL = {
  id: COUNCIL_IDS.bergen,
  name: COUNCIL_NAME,
  chair: "NAV Bergen vest",
  secretariat: "Næringsforum Bergen",
  members: [
    "Bergen kommune, integreringstjenesten",
    "Næringsforum Bergen",
    "NAV Bergen vest",
    "Vestland fylkeskommune",
    "Universitetet i Bergen",
    "LO Vestland",
    "Røde Kors Bergen",
  ],
  goals: {
    /** Macro, live: share in work or education 36 months after the programme; baseline 55 %, target 70 %. */
    workOrEducation: { id: COUNCIL_IDS.goals.workOrEducation, title: goalTitle("work-education") },
    /** Meso, live: internship slots posted by member companies a year; baseline 4, target 15. */
    memberSlots: { id: COUNCIL_IDS.goals.memberSlots, title: goalTitle("member-slots") },
    /** Micro, manual: Bergen kommune's eight quarterly figures, 61 % rising to 82 %; target 90 %. */
    firstContact: { id: COUNCIL_IDS.goals.firstContact, title: goalTitle("first-contact") },
  },
  /** NAV Bergen vest's only `planned` commitment (hours), on the work-or-education goal: the e2e test updates it. */
  navPlannedCommitment: {
    id: COUNCIL_IDS.navPlannedCommitment,
    goalId: COUNCIL_IDS.goals.workOrEducation,
    description: commitment("work-education", "nav-bergen"),
  },
  /** Open action items past their due date. */
  overdueNav: {
    id: COUNCIL_IDS.overdueNav,
    title: "Lage felles informasjonsark om lønnstilskudd for bedrifter",
    owner: "NAV Bergen vest",
  },
  overdueKommune: {
    id: COUNCIL_IDS.overdueKommune,
    title: "Levere aggregerte tall for ventetid på praksisplass",
    owner: "Bergen kommune, integreringstjenesten",
  },
  /** About a month ahead, status planned, agenda drafted, invitation not sent. */
  nextMeeting: { id: COUNCIL_IDS.nextMeeting, venue: NEXT_MEETING.venue },
} as const;

/**
 * The regional council (db/seed/council-vestland.ts): LO Vestland chairs, Vestland fylkeskommune is
 * the secretariat, NAV Bergen vest (DEMO.bergenPartner) is a member, so Eirik picks between two
 * councils in the council switcher. One planned meeting and one manual goal.
 */
export const DEMO_SECOND_COUNCIL = {
  id: VESTLAND_COUNCIL.id,
  name: VESTLAND_COUNCIL.name,
  meetingTitle: VESTLAND_COUNCIL.meeting.title,
  goalTitle: VESTLAND_COUNCIL.goal.title,
} as const;
