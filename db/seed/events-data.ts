// Made-up people and fixed facts for the demo events. The names are invented combinations of
// common first and last names from many countries; none of them belongs to a real or famous person.
import type { EducationLevel } from "../schema/participants";
import { osloLocalToDate } from "../../lib/time/oslo";
import type { SeedClock } from "./caseload-data";
import { stableId } from "./ids";

/** The demo events, by the ids the other seeds, tests and e2e helpers use. */
export const EVENT_IDS = {
  bergenPast: stableId("event:bergen-fair-past"),
  bergenUpcoming: stableId("event:bergen-fair-upcoming"),
  trondheimBreakfast: stableId("event:trondheim-breakfast"),
  bergenDraft: stableId("event:bergen-info-draft"),
} as const;

/**
 * The Bergen participant (Jonas Kvamsdal's) whose interview with Fjordkanten Bygg at the past fair
 * has no lead yet: the lead end-to-end test records it. The seed falls back to another of Jonas's
 * participants only if this one lacks consent; the data test checks the name below is the one seeded.
 */
export const NO_LEAD_PARTICIPANT_KEY = "participant:bergen-12";
export const NO_LEAD_CANDIDATE_NAME = "Abdirahman Nuur";

interface NameOrigin {
  /** As a candidate would type it (bokmål). */
  country: string;
  first: string[];
  last: string[];
}

const ORIGINS: NameOrigin[] = [
  {
    country: "Polen",
    first: ["Agnieszka", "Tomasz", "Katarzyna", "Piotr", "Magdalena", "Marcin"],
    last: ["Nowak", "Kowalczyk", "Mazur", "Krawczyk", "Zając", "Wróbel"],
  },
  {
    country: "Romania",
    first: ["Andrei", "Ioana", "Mihai", "Elena", "Cristian", "Alina"],
    last: ["Popescu", "Ionescu", "Dumitru", "Stan", "Munteanu", "Radu"],
  },
  {
    country: "Filippinene",
    first: ["Maricel", "Jomar", "Rowena", "Arnel", "Lovely", "Jericho"],
    last: ["Dela Cruz", "Bautista", "Villanueva", "Santos", "Mendoza", "Ramos"],
  },
  {
    country: "India",
    first: ["Priya", "Anand", "Deepa", "Rohan", "Kavya", "Vikram"],
    last: ["Nair", "Iyer", "Menon", "Kulkarni", "Reddy", "Bhatt"],
  },
  {
    country: "Brasil",
    first: ["Thiago", "Larissa", "Gustavo", "Camila", "Rafael", "Juliana"],
    last: ["Oliveira", "Carvalho", "Ribeiro", "Almeida", "Barbosa", "Moreira"],
  },
  {
    country: "Spania",
    first: ["Lucía", "Javier", "Marta", "Sergio", "Nuria", "Álvaro"],
    last: ["Moreno", "Navarro", "Serrano", "Ortega", "Castillo", "Rubio"],
  },
  {
    country: "Tyrkia",
    first: ["Elif", "Deniz", "Zeynep", "Burak", "Ayşe", "Murat"],
    last: ["Yılmaz", "Demir", "Aydın", "Öztürk", "Kaya", "Çelik"],
  },
  {
    country: "Iran",
    first: ["Shirin", "Reza", "Mahsa", "Omid", "Leila", "Arash"],
    last: ["Moradi", "Hosseini", "Jafari", "Rahmani", "Sadeghi", "Tehrani"],
  },
  {
    country: "Syria",
    first: ["Rima", "Firas", "Lina", "Wael", "Ghada", "Samer"],
    last: ["Haddad", "Khoury", "Mansour", "Nassar", "Saleh", "Darwish"],
  },
  {
    country: "Etiopia",
    first: ["Tsega", "Dawit", "Meron", "Yared", "Hanna", "Abel"],
    last: ["Tesfaye", "Haile", "Gebre", "Alemu", "Bekele", "Mengistu"],
  },
  {
    country: "Ukraina",
    first: ["Yulia", "Serhii", "Kateryna", "Oleksandr", "Natalia", "Maksym"],
    last: ["Shevchuk", "Kravets", "Polishchuk", "Moroz", "Tkachenko", "Rudenko"],
  },
  {
    country: "Somalia",
    first: ["Ifrah", "Abdullahi", "Khadra", "Mahad", "Nimco", "Sagal"],
    last: ["Hassan", "Farah", "Mohamud", "Aden", "Ali", "Osman"],
  },
  {
    country: "Vietnam",
    first: ["Linh", "Minh", "Thu", "Duc", "Huong", "Quang"],
    last: ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu"],
  },
  {
    country: "Kina",
    first: ["Wei", "Xiaoling", "Jun", "Mei", "Hao", "Yan"],
    last: ["Chen", "Zhang", "Liu", "Wang", "Zhao", "Huang"],
  },
  {
    country: "Nigeria",
    first: ["Chiamaka", "Emeka", "Ngozi", "Tunde", "Adaeze", "Femi"],
    last: ["Okafor", "Adeyemi", "Nwosu", "Balogun", "Eze", "Okonkwo"],
  },
  {
    country: "Colombia",
    first: ["Valentina", "Andrés", "Daniela", "Santiago", "Paola", "Camilo"],
    last: ["Restrepo", "Gómez", "Vargas", "Rojas", "Cárdenas", "Jaramillo"],
  },
];

export interface PublicPerson {
  name: string;
  email: string;
  country: string;
}

function ascii(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ı/g, "i")
    .replace(/ç/g, "c")
    .replace(/[^A-Za-z]/g, "")
    .toLowerCase();
}

/**
 * The n-th made-up public registrant (unique for n < 16 × 12): origins take turns, and each
 * round through them shifts first and last name so no name comes twice.
 */
export function publicPerson(n: number): PublicPerson {
  const origin = ORIGINS[n % ORIGINS.length];
  const round = Math.floor(n / ORIGINS.length);
  const first = origin.first[round % 6];
  const last = origin.last[(round + Math.floor(round / 6) + (n % ORIGINS.length)) % 6];
  const domain = ["epost", "post", "innboks"][n % 3];
  return {
    name: `${first} ${last}`,
    email: `${ascii(first)}.${ascii(last)}@${domain}.example`,
    country: origin.country,
  };
}

/** Education of public registrants at an international fair: 30 % master or higher (exactly, per 50). */
const EDUCATION_BAG: EducationLevel[] = [
  ...Array<EducationLevel>(3).fill("secondary"),
  ...Array<EducationLevel>(15).fill("vocational"),
  ...Array<EducationLevel>(17).fill("bachelor"),
  ...Array<EducationLevel>(13).fill("master"),
  ...Array<EducationLevel>(2).fill("doctorate"),
];

/** 7 is coprime with 50, so every run of 50 registrants gets the whole bag once. */
export function publicEducation(n: number, atLeastVocational = false): EducationLevel {
  const level = EDUCATION_BAG[(n * 7) % EDUCATION_BAG.length];
  return atLeastVocational && level === "secondary" ? "vocational" : level;
}

/** ISCO-08 unit groups (all in lib/occupations/isco08.json) a registrant with that education looks for. */
export const OCCUPATIONS_BY_EDUCATION: Record<EducationLevel, string[]> = {
  none: ["9112", "9333"],
  primary: ["9112", "5223"],
  secondary: ["5223", "9112", "8322", "5120", "4321"],
  vocational: ["7115", "7411", "7231", "5120", "7212", "7126", "5321", "7512", "7131", "8331"],
  bachelor: ["2221", "2142", "2341", "2512", "2411", "3512", "3112", "4311"],
  master: ["2144", "2142", "2512", "2113", "2131", "2631", "2151", "2330", "2411"],
  doctorate: ["2113", "2131", "2310", "2262", "2152"],
};

export const EDUCATION_FIELDS: Record<EducationLevel, string[]> = {
  none: [],
  primary: [],
  secondary: ["Studiespesialisering", "Helse- og oppvekstfag"],
  vocational: ["Tømrer", "Elektriker", "Bilmekaniker", "Kokk", "Sveiser", "Rørlegger", "Helsefagarbeider", "Baker"],
  bachelor: ["Sykepleie", "Bygg", "Lærerutdanning", "Informatikk", "Økonomi"],
  master: ["Maskinteknikk", "Informatikk", "Kjemi", "Biologi", "Samfunnsøkonomi", "Elkraft"],
  doctorate: ["Kjemi", "Molekylærbiologi", "Farmasi", "Elektronikk"],
};

/** Short notes employers wrote on their leads. */
export const LEAD_NOTES = [
  "Sterk faglig bakgrunn. Vil gjerne se attester.",
  "God samtale. Norsken er på vei; kan passe med språkpraksis først.",
  "Har relevant erfaring fra hjemlandet. Ring for nytt møte.",
  "Passer godt til et vikariat vi lyser ut snart.",
  "Motivert og presis. Ønsker å møte hen på arbeidsplassen.",
  null,
  null,
];

/** Stand tables (1–3) of the 15 Bergen employers at the past fair, in the order of data.ts. */
export const PAST_TABLES = [2, 1, 3, 1, 2, 1, 2, 1, 3, 2, 1, 1, 2, 1, 3];
/** The upcoming fair's exhibitors (index into the Bergen employers) and their tables: Fjordkanten Bygg first, with 2. */
export const UPCOMING_STANDS: [number, number][] = [
  [0, 2],
  [1, 1],
  [3, 2],
  [5, 1],
  [8, 1],
  [10, 2],
  [12, 1],
  [14, 2],
];

/** The offset of the first given weekday (0 = Sunday) on or after `offset`. */
export function onWeekday(clock: SeedClock, offset: number, weekday: number): number {
  const d = new Date(`${clock.date(offset)}T00:00:00Z`).getUTCDay();
  return offset + ((weekday - d + 7) % 7);
}

/** Nobody holds a fair in the Christmas week or the summer holiday: move it a week at a time. */
export function awayFromHolidays(clock: SeedClock, offset: number): number {
  for (;;) {
    const md = clock.date(offset).slice(5);
    const holiday = md >= "12-20" || md <= "01-04" || (md >= "07-01" && md <= "08-10");
    if (!holiday) return offset;
    offset += 7;
  }
}

/** Oslo wall-clock time on a day relative to the anchor, as the UTC instant stored. */
export function osloAt(clock: SeedClock, offset: number, hhmm: string): Date {
  const [h, m] = hhmm.split(":");
  return osloLocalToDate(`${clock.date(offset)}T${h.padStart(2, "0")}:${m.padStart(2, "0")}`)!;
}

/** Fisher–Yates with the seed's deterministic random numbers. */
export function shuffled<T>(r: () => number, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
