// Made-up demo organizations and people. No name here belongs to a real person.
import type { OrganizationKind, Role } from "../schema/organizations";

export interface SeedOrganization {
  key: string;
  kind: OrganizationKind;
  name: string;
  city: "Bergen" | "Trondheim";
  /** Kommunenummer and county, for municipalities (lib/municipalities). */
  municipalityNumber?: string;
  county?: string;
}

export interface SeedPerson {
  name: string;
  email: string;
  org: string; // SeedOrganization.key
  role: Role;
  isAdmin?: boolean;
  /** Made up; the municipality staff have one, so employers see a number to call. */
  phone?: string;
  /** Listed as a one-click demo account on the sign-in page. */
  demo?: boolean;
}

export const CITIES = ["Bergen", "Trondheim"] as const;

const cityOrganizations: SeedOrganization[] = [
  {
    key: "bergen-kommune",
    kind: "municipality",
    name: "Bergen kommune, integreringstjenesten",
    city: "Bergen",
    municipalityNumber: "4601",
    county: "Vestland",
  },
  {
    key: "trondheim-kommune",
    kind: "municipality",
    name: "Trondheim kommune, integreringstjenesten",
    city: "Trondheim",
    municipalityNumber: "5001",
    county: "Trøndelag",
  },
  { key: "bergen-naering", kind: "association", name: "Næringsforum Bergen", city: "Bergen" },
  { key: "trondheim-naering", kind: "association", name: "Næringsforum Trondheim", city: "Trondheim" },
  { key: "nav-bergen", kind: "partner", name: "NAV Bergen vest", city: "Bergen" },
  { key: "vestland-fk", kind: "partner", name: "Vestland fylkeskommune", city: "Bergen" },
  { key: "nav-trondheim", kind: "partner", name: "NAV Trondheim sør", city: "Trondheim" },
  { key: "trondelag-fk", kind: "partner", name: "Trøndelag fylkeskommune", city: "Trondheim" },
];

const employerNames: Record<(typeof CITIES)[number], string[]> = {
  Bergen: [
    "Fjordkanten Bygg AS",
    "Bryggeloftet Hotell AS",
    "Sandviken Renhold AS",
    "Vestlys Elektro AS",
    "Fløyen Barnehager AS",
    "Nordnes Bakeri AS",
    "Åsane Logistikk AS",
    "Laksevåg Verksted AS",
    "Fana Helse og Omsorg AS",
    "Bybanen Kantine AS",
    "Kvarteret Regnskap AS",
    "Damsgård Dataservice AS",
    "Møhlenpris Maling AS",
    "Ytre Arna Transport AS",
    "Solheimsviken Sykehjem",
  ],
  Trondheim: [
    "Nidelva Bygg AS",
    "Bakklandet Kafé AS",
    "Lade Renhold AS",
    "Heimdal Elektro AS",
    "Byåsen Barnehager AS",
    "Solsiden Bakeri AS",
    "Tiller Logistikk AS",
    "Ila Mekaniske AS",
    "Moholt Helse og Omsorg AS",
    "Gløshaugen Kantine AS",
    "Midtbyen Regnskap AS",
    "Sluppen IT AS",
    "Rosenborg Maling AS",
    "Ranheim Transport AS",
    "Kattem Omsorgssenter",
  ],
};

export const employers: SeedOrganization[] = CITIES.flatMap((city) =>
  employerNames[city].map((name, i) => ({
    key: `${city.toLowerCase()}-employer-${i + 1}`,
    kind: "employer" as const,
    name,
    city,
  })),
);

// Members of Bergen's cooperation council without staff in Lagspill (db/seed/council.ts). Appended
// last: an organization's number comes from its place in this list, so earlier ones keep theirs.
const councilOrganizations: SeedOrganization[] = [
  { key: "bergen-university", kind: "partner", name: "Universitetet i Bergen", city: "Bergen" },
  { key: "bergen-union", kind: "partner", name: "LO Vestland", city: "Bergen" },
  { key: "bergen-redcross", kind: "partner", name: "Røde Kors Bergen", city: "Bergen" },
];

export const organizations: SeedOrganization[] = [...cityOrganizations, ...employers, ...councilOrganizations];

// The one-click demo accounts: one per role in each city.
const demoPeople: SeedPerson[] = [
  {
    name: "Ragnhild Fossdal",
    email: "ragnhild.fossdal@bergen.kommune.example",
    org: "bergen-kommune",
    role: "municipality_admin",
    phone: "+47 400 00 101",
  },
  {
    name: "Jonas Kvamsdal",
    email: "jonas.kvamsdal@bergen.kommune.example",
    org: "bergen-kommune",
    role: "consultant",
    phone: "+47 400 00 102",
  },
  {
    name: "Leyla Brattebø",
    email: "leyla.brattebo@bergen.kommune.example",
    org: "bergen-kommune",
    role: "job_specialist",
    phone: "+47 400 00 103",
  },
  {
    name: "Torstein Helleland",
    email: "torstein@fjordkanten-bygg.example",
    org: "bergen-employer-1",
    role: "employer",
  },
  {
    name: "Marit Solheimsvik",
    email: "marit@naeringsforum-bergen.example",
    org: "bergen-naering",
    role: "association_staff",
    isAdmin: true,
  },
  { name: "Eirik Nesttun", email: "eirik.nesttun@nav.example", org: "nav-bergen", role: "partner" },
  {
    name: "Sunniva Lerkendal",
    email: "sunniva.lerkendal@trondheim.kommune.example",
    org: "trondheim-kommune",
    role: "municipality_admin",
    phone: "+47 400 00 201",
  },
  {
    name: "Henrik Byåsveen",
    email: "henrik.byasveen@trondheim.kommune.example",
    org: "trondheim-kommune",
    role: "consultant",
    phone: "+47 400 00 202",
  },
  {
    name: "Farah Ilsvika",
    email: "farah.ilsvika@trondheim.kommune.example",
    org: "trondheim-kommune",
    role: "job_specialist",
    phone: "+47 400 00 203",
  },
  { name: "Ola Tillerdal", email: "ola@nidelva-bygg.example", org: "trondheim-employer-1", role: "employer" },
  {
    name: "Ingvild Lademoen",
    email: "ingvild@naeringsforum-trondheim.example",
    org: "trondheim-naering",
    role: "association_staff",
    isAdmin: true,
  },
  { name: "Petter Ranheimsli", email: "petter.ranheimsli@nav.example", org: "nav-trondheim", role: "partner" },
].map((p) => ({ ...p, demo: true }) as SeedPerson);

// A person may hold roles in several organizations: Petter also represents the county in the council.
const secondRoles: SeedPerson[] = [
  { name: "Petter Ranheimsli", email: "petter.ranheimsli@nav.example", org: "trondelag-fk", role: "partner" },
];

// Colleagues who make the figures on the home pages real, without a demo button each.
const firstNames = [
  "Astrid",
  "Bjørn",
  "Camilla",
  "Daniel",
  "Elin",
  "Fredrik",
  "Guro",
  "Hassan",
  "Ida",
  "Kristoffer",
  "Lina",
  "Magnus",
  "Nora",
  "Omar",
  "Pernille",
  "Rune",
  "Selma",
  "Tobias",
  "Vilde",
  "Yusuf",
];
const lastNames = [
  "Aksnesdal",
  "Bjørkelid",
  "Dalsbotten",
  "Eidsvåg",
  "Fjeldvik",
  "Grimstadnes",
  "Hauglandsli",
  "Kleppestø",
  "Liavåg",
  "Myrdalsnes",
];

function madeUpName(i: number): { name: string; local: string } {
  const first = firstNames[i % firstNames.length];
  const last = lastNames[(i * 7 + Math.floor(i / firstNames.length) * 3) % lastNames.length];
  const local = `${first}.${last}`.toLowerCase().replace(/ø/g, "o").replace(/å/g, "a").replace(/æ/g, "ae");
  return { name: `${first} ${last}`, local };
}

function colleagues(): SeedPerson[] {
  const people: SeedPerson[] = [];
  let n = 0;
  for (const city of CITIES) {
    const muni = `${city.toLowerCase()}-kommune`;
    const domain = `${city.toLowerCase()}.kommune.example`;
    for (const role of ["consultant", "consultant", "consultant", "job_specialist", "job_specialist"] as const) {
      const { name, local } = madeUpName(n++);
      people.push({ name, email: `${local}@${domain}`, org: muni, role });
    }
    const { name, local } = madeUpName(n++);
    people.push({
      name,
      email: `${local}@naeringsforum-${city.toLowerCase()}.example`,
      org: `${city.toLowerCase()}-naering`,
      role: "association_staff",
    });
  }
  // One contact person per employer that has no demo account.
  for (const e of employers.filter((e) => !e.key.endsWith("-employer-1"))) {
    const { name, local } = madeUpName(n++);
    people.push({ name, email: `${local}@${e.key}.example`, org: e.key, role: "employer" });
  }
  return people;
}

export const people: SeedPerson[] = [...demoPeople, ...secondRoles, ...colleagues()];
export const demoAccounts: SeedPerson[] = demoPeople;

/** The made-up operator of the demo installation (/admin): no organization, a demo button of her own. */
export const demoOperators: { name: string; email: string }[] = [
  { name: "Oda Systad", email: "oda.systad@drift.lagspill.example" },
];
