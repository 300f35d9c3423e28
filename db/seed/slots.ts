// Demo slots: about 45 open internships and jobs (plus drafts, filled and closed ones) at the
// 30 demo employers in Bergen and Trondheim. Deterministic for the anchor day and idempotent:
// stable ids ("slot:<employerKey>:<n>") and "on conflict do update", so a re-seed moves dates with the anchor.
import { sql } from "drizzle-orm";
import type { Tx } from "../index";
import { slots } from "../schema";
import type { Cefr } from "../schema/participants";
import type { SlotKind, SlotStatus, SupportScheme } from "../schema/pipeline";
import { SeedClock } from "./caseload-data";
import { CITIES, employers, people } from "./data";
import { stableId } from "./ids";

interface Template {
  kind: SlotKind;
  title: string;
  isco: string;
  description: string;
  norwegian: Cefr | null;
  licence?: boolean;
  other?: string;
  hours: number;
  /** Length in months; null for a permanent job. */
  months: number | null;
  leadsToJob: boolean;
  mentor: string;
  schemes: SupportScheme[];
}

const t = (
  kind: SlotKind,
  title: string,
  isco: string,
  description: string,
  norwegian: Cefr | null,
  hours: number,
  months: number | null,
  mentor: string,
  schemes: SupportScheme[],
  extra: Partial<Template> = {},
): Template => ({
  kind,
  title,
  isco,
  description,
  norwegian,
  hours,
  months,
  mentor,
  schemes,
  leadsToJob: kind !== "internship" || schemes.length > 0,
  ...extra,
});

/** Two slots per employer, by the employer's place in the city's list (same kinds of business in both cities). */
const TEMPLATES: Template[][] = [
  [
    t(
      "internship",
      "Tømrerlærling på byggeplass",
      "7115",
      "Forskaling, montering av vegger og tak, rydding av byggeplass sammen med erfaren tømrer.",
      "A2",
      37,
      6,
      "Knut",
      ["nav_work_training"],
      { other: "Vernesko og HMS-kort (vi hjelper med kurset)." },
    ),
    t(
      "job",
      "Hjelpearbeider bygg",
      "9313",
      "Bære og sortere materialer, enkel riving og rydding. Fast stilling etter prøvetid.",
      "A2",
      37,
      null,
      "Knut",
      ["nav_wage_subsidy"],
      { licence: true },
    ),
  ],
  [
    t(
      "internship",
      "Romrenholder på hotell",
      "9112",
      "Rengjøring av hotellrom og fellesarealer, skifte sengetøy, fylle på forbruksvarer.",
      "A1",
      30,
      4,
      "Anette",
      ["nav_work_training"],
    ),
    t(
      "job",
      "Kokk i hotellkjøkkenet",
      "5120",
      "Frokost og lunsj for hotellgjester. Fagbrev er en fordel, men ikke et krav.",
      "B1",
      37,
      null,
      "Rolf",
      ["mentor_grant"],
    ),
  ],
  [
    t(
      "internship",
      "Renholder i kontorbygg",
      "9112",
      "Daglig renhold av kontorer, kjøkken og toaletter på kveldstid.",
      "A1",
      25,
      3,
      "Gunn",
      ["nav_work_training"],
    ),
    t(
      "job",
      "Renholder med førerkort",
      "9112",
      "Renhold hos kunder rundt i byen; du kjører firmabil mellom oppdragene.",
      "A2",
      37,
      null,
      "Gunn",
      ["nav_wage_subsidy"],
      { licence: true },
    ),
  ],
  [
    t(
      "apprenticeship",
      "Lærling elektriker",
      "7411",
      "Elektrikerlærling i to år, med opplæring i bolig og næringsbygg.",
      "B1",
      37,
      24,
      "Per",
      ["mentor_grant"],
      { other: "Bestått Vg2 elektro eller tilsvarende." },
    ),
    t(
      "internship",
      "Lagermedarbeider elektro",
      "4321",
      "Mottak og plukk av varer, varetelling og klargjøring av utstyr til montørene.",
      "A2",
      30,
      3,
      "Siri",
      ["nav_work_training"],
    ),
  ],
  [
    t(
      "internship",
      "Assistent i barnehage",
      "5311",
      "Lek og aktiviteter med barn 1–5 år, måltider og påkledning, sammen med faste ansatte.",
      "B1",
      30,
      6,
      "Hilde",
      ["nav_work_training", "mentor_grant"],
      { other: "Politiattest." },
    ),
    t(
      "job",
      "Barne- og ungdomsarbeider",
      "5311",
      "Fast stilling i 80 %. Fagbrev eller lang erfaring fra barnehage.",
      "B2",
      30,
      null,
      "Hilde",
      [],
    ),
  ],
  [
    t(
      "internship",
      "Bakeriassistent",
      "7512",
      "Baking av brød og boller fra tidlig morgen, oppvask og klargjøring.",
      "A1",
      30,
      4,
      "Jan",
      ["nav_work_training"],
    ),
    t(
      "internship",
      "Butikkmedarbeider i bakeriet",
      "5223",
      "Salg over disk, kasse og påfylling av varer.",
      "A2",
      20,
      3,
      "Mona",
      ["nav_work_training"],
    ),
  ],
  [
    t(
      "job",
      "Lagermedarbeider",
      "9333",
      "Plukk og pakk av ordre, truckkjøring etter opplæring. Skift dag og kveld.",
      "A2",
      37,
      null,
      "Trond",
      ["nav_wage_subsidy"],
      { other: "Truckførerbevis er en fordel." },
    ),
    t(
      "internship",
      "Varemottak og lagerkontroll",
      "4321",
      "Registrere varer inn og ut i lagersystemet, telle og merke paller.",
      "B1",
      37,
      6,
      "Trond",
      ["nav_work_training"],
    ),
  ],
  [
    t(
      "internship",
      "Sveiser i verksted",
      "7212",
      "Sveising og sliping av stålkonstruksjoner under oppfølging av sveiseleder.",
      "A2",
      37,
      6,
      "Arild",
      ["nav_work_training"],
      { other: "Erfaring med sveising." },
    ),
    t(
      "trainee",
      "Traineeingeniør produksjon",
      "2144",
      "Ett år som trainee med prosjekter i produksjon og vedlikehold.",
      "B2",
      37,
      12,
      "Linda",
      ["mentor_grant"],
      { other: "Master eller bachelor i maskin." },
    ),
  ],
  [
    t(
      "internship",
      "Helsefagarbeider i hjemmetjenesten",
      "5322",
      "Praktisk hjelp og enkel pleie hjemme hos brukere, sammen med erfaren kollega.",
      "B1",
      30,
      6,
      "Randi",
      ["nav_work_training", "mentor_grant"],
      { licence: true },
    ),
    t(
      "job",
      "Sykepleier",
      "2221",
      "Fast stilling på dag og kveld. Norsk autorisasjon kreves (vi hjelper med søknaden).",
      "B2",
      37,
      null,
      "Randi",
      ["nav_wage_subsidy"],
    ),
  ],
  [
    t(
      "internship",
      "Kokkeassistent i kantine",
      "5120",
      "Forberede lunsj, salatbar og oppvask i en kantine med 300 gjester.",
      "A2",
      30,
      4,
      "Eva",
      ["nav_work_training"],
    ),
    t(
      "internship",
      "Kantinemedarbeider",
      "9412",
      "Oppvask, rydding og påfylling i kantine og kafé.",
      "A1",
      25,
      3,
      "Eva",
      ["nav_work_training"],
    ),
  ],
  [
    t(
      "internship",
      "Regnskapsmedarbeider",
      "4311",
      "Bilagsføring og avstemming i regnskapssystemet, med en fast veileder.",
      "B1",
      30,
      6,
      "Kari",
      ["nav_work_training"],
      { other: "Utdanning innen økonomi." },
    ),
    t(
      "job",
      "Kontormedarbeider",
      "4110",
      "Post, arkiv, telefon og enkle regnskapsoppgaver i 60 % stilling.",
      "B2",
      22,
      null,
      "Kari",
      [],
    ),
  ],
  [
    t(
      "internship",
      "IT-støtte og brukerhjelp",
      "3512",
      "Hjelpe brukere med PC og mobil, sette opp utstyr og føre saker i saksverktøy.",
      "B1",
      30,
      6,
      "Stian",
      ["nav_work_training"],
    ),
    t(
      "job",
      "Systemutvikler",
      "2512",
      "Utvikling av webtjenester for kunder i offentlig sektor. Engelsk fungerer i teamet.",
      "A2",
      37,
      null,
      "Stian",
      ["mentor_grant"],
      { other: "Utdanning eller erfaring innen programmering." },
    ),
  ],
  [
    t(
      "internship",
      "Malerlærling",
      "7131",
      "Sparkling, sliping og maling av vegger og tak i boliger og kontorer.",
      "A2",
      37,
      6,
      "Bjørg",
      ["nav_work_training"],
    ),
    t(
      "job",
      "Hjelpearbeider maling",
      "9313",
      "Dekke til, rydde og bære utstyr på malerjobber.",
      "A1",
      30,
      null,
      "Bjørg",
      ["nav_wage_subsidy"],
    ),
  ],
  [
    t(
      "job",
      "Bussjåfør",
      "8331",
      "Kjøring i rute i byen og omegn. Vi betaler for førerkort klasse D for riktig kandidat.",
      "B1",
      37,
      null,
      "Geir",
      ["nav_wage_subsidy", "mentor_grant"],
      { licence: true },
    ),
    t(
      "internship",
      "Sjåfør varebil",
      "8322",
      "Levering av pakker og varer til bedrifter, sammen med erfaren sjåfør første uker.",
      "A2",
      37,
      4,
      "Geir",
      ["nav_work_training"],
      { licence: true },
    ),
  ],
  [
    t(
      "internship",
      "Helsefagarbeider på sykehjem",
      "5321",
      "Stell, måltider og aktiviteter med beboere, i faste team med veileder.",
      "A2",
      30,
      6,
      "Ingrid",
      ["nav_work_training", "mentor_grant"],
    ),
    t(
      "job",
      "Pleiemedarbeider helg",
      "5321",
      "Fast helgestilling med mulighet for mer. Fagbrev er en fordel.",
      "B1",
      15,
      null,
      "Ingrid",
      [],
    ),
  ],
];

/** Where each employer's slots are, in the city's parts that participants live in. */
const SLOT_AREAS: Record<(typeof CITIES)[number], string[]> = {
  Bergen: [
    "Bergenhus",
    "Bergenhus",
    "Bergenhus",
    "Årstad",
    "Bergenhus",
    "Bergenhus",
    "Åsane",
    "Laksevåg",
    "Fana",
    "Årstad",
    "Bergenhus",
    "Laksevåg",
    "Årstad",
    "Arna",
    "Årstad",
  ],
  Trondheim: [
    "Midtbyen",
    "Midtbyen",
    "Østbyen",
    "Heimdal",
    "Midtbyen",
    "Østbyen",
    "Heimdal",
    "Midtbyen",
    "Østbyen",
    "Lerkendal",
    "Midtbyen",
    "Lerkendal",
    "Østbyen",
    "Østbyen",
    "Heimdal",
  ],
};

/** The second slot's status by employer; the first slot is always open, so every employer has one. */
const SECOND_STATUS: SlotStatus[] = ["open", "draft", "open", "filled", "open", "closed"];

function monthsAfter(clock: SeedClock, start: number, months: number | null): string | null {
  return months === null ? null : clock.date(start + Math.round(months * 30.4));
}

/** Adds the demo slots. Runs inside seed()'s transaction, after the employers. */
export async function seedSlots(tx: Tx, anchor: Date): Promise<number> {
  const clock = new SeedClock(anchor);
  const rows: (typeof slots.$inferInsert)[] = [];
  for (const city of CITIES) {
    employers
      .filter((e) => e.city === city)
      .forEach((employer, i) => {
        const author = people.find((p) => p.org === employer.key && p.role === "employer");
        TEMPLATES[i].forEach((tpl, n) => {
          const status: SlotStatus =
            n === 0 ? "open" : SECOND_STATUS[(i + (city === "Bergen" ? 0 : 3)) % SECOND_STATUS.length];
          // Open and draft slots start soon; filled ones started a while ago; closed ones are over.
          const start =
            status === "filled" ? -40 - i : status === "closed" ? -200 - i * 3 : 7 + ((i * 11 + n * 17) % 50);
          const end = monthsAfter(clock, start, status === "closed" ? (tpl.months ?? 4) : tpl.months);
          rows.push({
            id: stableId(`slot:${employer.key}:${n + 1}`),
            employerId: stableId(`org:${employer.key}`),
            kind: tpl.kind,
            title: tpl.title,
            description: tpl.description,
            iscoCode: tpl.isco,
            positions: tpl.kind === "job" ? 1 : 1 + ((i + n) % 3),
            norwegianRequired: tpl.norwegian,
            requiresDrivingLicence: tpl.licence ?? false,
            otherRequirements: tpl.other ?? null,
            area: SLOT_AREAS[city][i],
            startsOn: clock.date(start),
            endsOn: end,
            hoursPerWeek: tpl.hours,
            canLeadToJob: tpl.leadsToJob,
            mentorName: `${tpl.mentor} ${employer.name.split(" ")[0]}`,
            supportSchemes: tpl.schemes,
            status,
            createdBy: author ? stableId(`user:${author.email}`) : null,
            version: 1,
            createdAt: clock.at(Math.min(start, 0) - 14, 9),
            updatedAt: clock.at(Math.min(start, 0) - 14, 9),
          });
        });
      });
  }
  await tx
    .insert(slots)
    .values(rows)
    .onConflictDoUpdate({
      target: slots.id,
      set: {
        title: sql`excluded.title`,
        description: sql`excluded.description`,
        iscoCode: sql`excluded.isco_code`,
        status: sql`excluded.status`,
        startsOn: sql`excluded.starts_on`,
        endsOn: sql`excluded.ends_on`,
        createdAt: sql`excluded.created_at`,
        updatedAt: sql`excluded.updated_at`,
      },
    });
  return rows.length;
}
