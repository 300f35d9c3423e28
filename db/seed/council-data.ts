// Made-up facts for Bergen's cooperation council: representatives, four past meetings with
// agenda, decisions and action items, a planned meeting, three goals and the members'
// commitments. No name here belongs to a real person. Days are relative to the meeting (actions)
// or to the seed day (meetings); the minutes are written from these facts in council.ts.
import type { ActionStatus, CommitmentKind, CommitmentStatus } from "../schema/council";
import { stableId } from "./ids";

/** The council and its goals, by the ids the tests and e2e helpers use. */
export const COUNCIL_IDS = {
  bergen: stableId("council:bergen"),
  goals: {
    workOrEducation: stableId("goal:bergen-work-education"),
    memberSlots: stableId("goal:bergen-member-slots"),
    firstContact: stableId("goal:bergen-first-contact"),
  },
  nextMeeting: stableId("council:bergen:meeting:next"),
  /** NAV Bergen vest's one commitment still `planned` (the e2e test updates it). */
  navPlannedCommitment: stableId("goal:bergen-work-education:commitment:nav-bergen"),
  /** Open and past due: one owned by NAV Bergen vest, one by Bergen kommune. */
  overdueNav: stableId("council:bergen:action:nav-wage-subsidy-sheet"),
  overdueKommune: stableId("council:bergen:action:kommune-waiting-figures"),
} as const;

export const COUNCIL_NAME = "Samarbeidsrådet for inkludering i Bergen";
export const COUNCIL_CHAIR = "nav-bergen";
export const COUNCIL_SECRETARIAT = "bergen-naering";
export const COUNCIL_MEMBERS = [
  "bergen-kommune",
  "bergen-naering",
  "nav-bergen",
  "vestland-fk",
  "bergen-university",
  "bergen-union",
  "bergen-redcross",
] as const;
export type MemberKey = (typeof COUNCIL_MEMBERS)[number];

export interface SeedRepresentative {
  org: MemberKey;
  name: string;
  email: string;
  title: string;
  /** A demo user: the representative is linked to the account. */
  user?: true;
}

export const REPRESENTATIVES: SeedRepresentative[] = [
  {
    org: "bergen-kommune",
    name: "Ragnhild Fossdal",
    email: "ragnhild.fossdal@bergen.kommune.example",
    title: "Leder, integreringstjenesten",
    user: true,
  },
  {
    org: "bergen-kommune",
    name: "Øystein Mindeberg",
    email: "oystein.mindeberg@bergen.kommune.example",
    title: "Fagleder for IPS",
  },
  {
    org: "bergen-naering",
    name: "Marit Solheimsvik",
    email: "marit@naeringsforum-bergen.example",
    title: "Rådgiver, sekretariatet",
    user: true,
  },
  {
    org: "bergen-naering",
    name: "Anders Kronstadvik",
    email: "anders.kronstadvik@naeringsforum-bergen.example",
    title: "Daglig leder",
  },
  {
    org: "nav-bergen",
    name: "Eirik Nesttun",
    email: "eirik.nesttun@nav.example",
    title: "Avdelingsleder, rådets leder",
    user: true,
  },
  {
    org: "nav-bergen",
    name: "Gunhild Lyderhornli",
    email: "gunhild.lyderhornli@nav.example",
    title: "Markedskoordinator",
  },
  {
    org: "vestland-fk",
    name: "Solveig Hetlebakke",
    email: "solveig.hetlebakke@vestlandfylke.example",
    title: "Seniorrådgiver, opplæring og kompetanse",
  },
  {
    org: "bergen-university",
    name: "Ingrid Fantoftvik",
    email: "ingrid.fantoftvik@uib.example",
    title: "Seniorrådgiver, samfunnskontakt",
  },
  {
    org: "bergen-union",
    name: "Knut Hordvikstrand",
    email: "knut.hordvikstrand@lo-vestland.example",
    title: "Regionsekretær",
  },
  {
    org: "bergen-redcross",
    name: "Nadia Skjoldhaug",
    email: "nadia.skjoldhaug@rodekors-bergen.example",
    title: "Frivillighetskoordinator",
  },
];

export interface SeedAgendaItem {
  title: string;
  owner: MemberKey;
  minutes: number;
  attachment?: string;
  /** The discussion as the minutes record it. */
  notes: string;
  decision?: string;
}

export interface SeedComment {
  by: "ragnhild.fossdal@bergen.kommune.example" | "marit@naeringsforum-bergen.example" | "eirik.nesttun@nav.example";
  /** Days after the meeting. */
  after: number;
  body: string;
}

export interface SeedAction {
  key: string;
  title: string;
  owner: MemberKey;
  /** Days after the meeting. */
  due: number;
  status: ActionStatus;
  /** Days after the meeting the item was done. */
  doneAfter?: number;
  comments?: SeedComment[];
}

export interface SeedMeeting {
  key: string;
  /** About this many days before (negative) or after the seed day; moved to the next Tuesday. */
  offset: number;
  venue: string;
  agenda: SeedAgendaItem[];
  actions: SeedAction[];
  /** Emails of representatives who sent apologies. */
  absent: string[];
}

const APPROVAL: SeedAgendaItem = {
  title: "Godkjenning av innkalling, dagsorden og forrige referat",
  owner: "bergen-naering",
  minutes: 5,
  notes: "Innkalling og dagsorden ble godkjent uten merknader. Referatet fra forrige møte er godkjent på e-post.",
};
const OTHER = (notes: string): SeedAgendaItem => ({ title: "Eventuelt", owner: "nav-bergen", minutes: 10, notes });
const DOCS = "https://dokumenter.example/samarbeidsradet";

export const PAST_MEETINGS: SeedMeeting[] = [
  {
    key: "1",
    offset: -309,
    venue: "Næringsforum Bergen, Kaigaten 4",
    absent: ["knut.hordvikstrand@lo-vestland.example"],
    agenda: [
      APPROVAL,
      {
        title: "Status for de felles målene",
        owner: "nav-bergen",
        minutes: 30,
        notes:
          "Rådets leder gikk gjennom tallene for de tre felles målene. Andelen i arbeid eller utdanning øker, men for sakte til å nå 70 % innen fristen. Medlemsbedriftene har lagt ut flere praksisplasser enn i fjor.",
        decision:
          "Rådet følger opp de tre felles målene i hvert møte. Sekretariatet henter tallene fra Lagspill før møtet.",
      },
      {
        title: "IPS-piloten i integreringstjenesten",
        owner: "bergen-kommune",
        minutes: 40,
        attachment: `${DOCS}/ips-pilot-plan.pdf`,
        notes:
          "Kommunen orienterte om piloten med individuell jobbstøtte (IPS) i to bydeler. Jobbspesialistene bruker mer tid ute hos arbeidsgivere, og deltakerne får raskere første kontakt med en arbeidsgiver. Rådet drøftet hvordan NAV og næringslivet kan støtte utvidelsen.",
        decision: "Rådet støtter at IPS-piloten utvides fra to til fire jobbspesialister.",
      },
      {
        title: "Studenter som språkmentorer",
        owner: "bergen-university",
        minutes: 30,
        notes:
          "Universitetet foreslo en ordning der studenter er språkmentorer for deltakere i praksis, to timer i uken gjennom et semester. Røde Kors har erfaring med frivillige mentorer og deler opplæringsopplegget sitt.",
      },
      OTHER("Røde Kors inviterte rådet til åpen dag i Røde Kors-huset. Ingen andre saker."),
    ],
    actions: [
      {
        key: "kommune-ips-training",
        title: "Lage plan for opplæring av nye jobbspesialister i IPS",
        owner: "bergen-kommune",
        due: 45,
        status: "done",
        doneAfter: 38,
      },
      {
        key: "uib-recruit-mentors",
        title: "Rekruttere 20 studenter som språkmentorer",
        owner: "bergen-university",
        due: 75,
        status: "done",
        doneAfter: 70,
        comments: [
          {
            by: "marit@naeringsforum-bergen.example",
            after: 72,
            body: "Universitetet melder at 22 studenter er rekruttert og har fått opplæring.",
          },
        ],
      },
    ],
  },
  {
    key: "2",
    offset: -218,
    venue: "NAV Bergen vest, møterom Sotra",
    absent: ["ingrid.fantoftvik@uib.example", "gunhild.lyderhornli@nav.example"],
    agenda: [
      APPROVAL,
      {
        title: "Erfaringer fra Internasjonalt karrieretorg",
        owner: "bergen-naering",
        minutes: 30,
        attachment: `${DOCS}/karrieretorg-evaluering.pdf`,
        notes:
          "Sekretariatet la fram erfaringene fra karrieretorget: femten bedrifter hadde stand, og nesten hundre kandidater møtte opp. Hurtigintervjuene ga flere avtaler om praksis. Bedriftene ønsker bedre forhåndsinformasjon om kandidatenes fagbakgrunn.",
        decision: "Karrieretorget videreføres to ganger i året, med kommunen og NAV som medarrangører.",
      },
      {
        title: "Praksisplasser fra medlemsbedriftene",
        owner: "bergen-naering",
        minutes: 30,
        notes:
          "Medlemsbedriftene er på vei mot målet om 15 praksisplasser i året, men bygg og helse står for det meste. LO Vestland tilbød å bruke tillitsvalgte for å gjøre ordningen kjent i flere bransjer.",
      },
      {
        title: "Finansiering av språkmentorordningen",
        owner: "vestland-fk",
        minutes: 25,
        notes:
          "Fylkeskommunen orienterte om mulighetene for å finansiere en koordinator for språkmentorene. Rådet var enig om at ordningen trenger en fast kontaktperson.",
        decision:
          "Vestland fylkeskommune finansierer en koordinator for språkmentorordningen ut året med 250 000 kroner.",
      },
      OTHER("Ingen saker."),
    ],
    actions: [
      {
        key: "naering-fair-evaluation",
        title: "Dele evalueringen av karrieretorget med medlemsbedriftene",
        owner: "bergen-naering",
        due: 21,
        status: "done",
        doneAfter: 14,
      },
      {
        key: "union-shop-stewards",
        title: "Informere tillitsvalgte i medlemsbedriftene om praksisordningen",
        owner: "bergen-union",
        due: 60,
        status: "done",
        doneAfter: 55,
      },
      {
        key: "county-external-funding",
        title: "Søke ekstern finansiering av språkmentorordningen",
        owner: "vestland-fk",
        due: 90,
        status: "dropped",
        comments: [
          {
            by: "marit@naeringsforum-bergen.example",
            after: 30,
            body: "Bortfaller: fylkeskommunen dekker kostnadene i år, jf. vedtaket i møtet.",
          },
        ],
      },
    ],
  },
  {
    key: "3",
    offset: -127,
    venue: "Bergen rådhus, møterom Ulriken",
    absent: ["nadia.skjoldhaug@rodekors-bergen.example"],
    agenda: [
      APPROVAL,
      {
        title: "Lønnstilskudd og overgang fra praksis til jobb",
        owner: "nav-bergen",
        minutes: 30,
        notes:
          "NAV orienterte om lønnstilskudd og mentortilskudd. Flere bedrifter kjenner ikke ordningene, og praksis ender for sjelden i ansettelse. Næringsforumet ba om et enkelt informasjonsark til bedriftene.",
      },
      {
        title: "Kvartalsrapport fra IPS-piloten og status for målene",
        owner: "bergen-kommune",
        minutes: 40,
        attachment: `${DOCS}/ips-kvartalsrapport.pdf`,
        notes:
          "Kommunen la fram tallene for siste kvartal: andelen IPS-deltakere med første arbeidsgiverkontakt innen 30 dager har økt til over 70 %, og utvidelsen av IPS-teamet har gitt effekt. Flere deltakere venter lenge på praksisplass etter at de er kartlagt. Rådet ønsket aggregerte tall for ventetiden.",
        decision: "Kommunen rapporterer andelen med første arbeidsgiverkontakt innen 30 dager hvert kvartal.",
      },
      {
        title: "Jobbverksted og språkkafé i Røde Kors-huset",
        owner: "bergen-redcross",
        minutes: 20,
        notes:
          "Røde Kors tilbyr lokaler og frivillige til et ukentlig jobbverksted med CV-hjelp og intervjutrening, i tillegg til språkkaféen.",
      },
      OTHER("LO Vestland minnet om at praksis skal være opplæring og ikke erstatte ordinære stillinger."),
    ],
    actions: [
      {
        key: "nav-wage-subsidy-sheet",
        title: "Lage felles informasjonsark om lønnstilskudd for bedrifter",
        owner: "nav-bergen",
        due: 60,
        status: "open",
        comments: [
          {
            by: "eirik.nesttun@nav.example",
            after: 40,
            body: "Vi har samlet innspill fra markedskontaktene, men ikke begynt på selve arket ennå.",
          },
        ],
      },
      {
        key: "kommune-waiting-figures",
        title: "Levere aggregerte tall for ventetid på praksisplass",
        owner: "bergen-kommune",
        due: 80,
        status: "open",
      },
      {
        key: "redcross-job-workshop",
        title: "Starte jobbverksted i Røde Kors-huset en kveld i uken",
        owner: "bergen-redcross",
        due: 45,
        status: "done",
        doneAfter: 35,
      },
    ],
  },
  {
    key: "4",
    offset: -36,
    venue: "Røde Kors-huset, Bergen",
    absent: ["solveig.hetlebakke@vestlandfylke.example"],
    agenda: [
      APPROVAL,
      {
        title: "Status for de felles målene og forpliktelsene",
        owner: "nav-bergen",
        minutes: 30,
        notes:
          "Rådet gikk gjennom målene og hva hver organisasjon har forpliktet seg til. Noen forpliktelser er ikke oppdatert.",
        decision: "Alle medlemmene oppdaterer sine forpliktelser i Lagspill innen neste møte.",
      },
      {
        title: "Karrieretorg for fagarbeidere og akademikere",
        owner: "bergen-naering",
        minutes: 30,
        notes:
          "Sekretariatet orienterte om planene for neste karrieretorg, som retter seg mot deltakere med fagbrev eller høyere utdanning. Kommunen og NAV er medarrangører. Fylkeskommunen vil nå deltakere i voksenopplæringen.",
        decision: "Rådet står bak karrieretorget, og medlemmene sprer invitasjonen i egne nettverk.",
      },
      {
        title: "Evaluering av språkmentorordningen",
        owner: "bergen-university",
        minutes: 25,
        notes:
          "Universitetet har gjort en første evaluering: deltakerne med mentor bruker mer norsk på arbeidsplassen. Full evaluering legges fram i neste møte.",
      },
      {
        title: "Felles oppfølging i IPS og NAV-tiltak",
        owner: "bergen-kommune",
        minutes: 20,
        notes:
          "Noen deltakere følges opp både av en jobbspesialist og av NAV. Rådet ba kommunen og NAV avklare hvem som gjør hva.",
      },
    ],
    actions: [
      {
        key: "naering-invite-members",
        title: "Invitere medlemsbedriftene til karrieretorget",
        owner: "bergen-naering",
        due: 25,
        status: "done",
        doneAfter: 26,
      },
      {
        key: "county-adult-education",
        title: "Informere voksenopplæringen om karrieretorget",
        owner: "vestland-fk",
        due: 60,
        status: "in_progress",
      },
      {
        key: "uib-mentor-evaluation",
        title: "Legge fram full evaluering av språkmentorordningen",
        owner: "bergen-university",
        due: 75,
        status: "open",
      },
      {
        key: "nav-shared-follow-up",
        title: "Avklare felles oppfølging av deltakere i IPS og NAV-tiltak",
        owner: "nav-bergen",
        due: 80,
        status: "in_progress",
        comments: [
          {
            by: "ragnhild.fossdal@bergen.kommune.example",
            after: 20,
            body: "Første møte mellom IPS-teamet og NAV er holdt. Vi lager et forslag til arbeidsdeling.",
          },
          { by: "eirik.nesttun@nav.example", after: 27, body: "Forslaget behandles i ledermøtet i NAV neste uke." },
        ],
      },
      {
        key: "redcross-volunteers",
        title: "Finne frivillige til intervjutrening før karrieretorget",
        owner: "bergen-redcross",
        due: 60,
        status: "open",
      },
    ],
  },
];

export const NEXT_MEETING = {
  offset: 28,
  venue: "Universitetet i Bergen, Studentsenteret, møterom 3",
  agenda: [
    { title: "Godkjenning av innkalling, dagsorden og forrige referat", owner: "bergen-naering", minutes: 5 },
    { title: "Status for de felles målene", owner: "nav-bergen", minutes: 30 },
    { title: "Full evaluering av språkmentorordningen", owner: "bergen-university", minutes: 30 },
    { title: "Plan for neste år: mål og forpliktelser", owner: "nav-bergen", minutes: 40 },
    { title: "Eventuelt", owner: "nav-bergen", minutes: 10 },
  ] satisfies { title: string; owner: MemberKey; minutes: number }[],
};

export interface SeedCommitment {
  org: MemberKey;
  kind: CommitmentKind;
  amount: number | null;
  description: string;
  status: CommitmentStatus;
}

export interface SeedGoal {
  key: "work-education" | "member-slots" | "first-contact";
  title: string;
  why: string;
  commitments: SeedCommitment[];
}

export const GOAL_TEXTS: SeedGoal[] = [
  {
    key: "work-education",
    title: "70 % i arbeid eller utdanning innen tre år etter introduksjonsprogrammet",
    why: "Målet med programmet er varig arbeid eller utdanning. Ingen av oss når det alene: kommunen kvalifiserer, NAV og bedriftene åpner dører, og utdanningsinstitusjonene gir kompetanse.",
    commitments: [
      {
        org: "vestland-fk",
        kind: "money",
        amount: 250_000,
        description: "Koordinator for språkmentorordningen",
        status: "delivered",
      },
      {
        org: "bergen-university",
        kind: "hours",
        amount: 400,
        description: "Studenter som språkmentorer, 20 studenter à 20 timer",
        status: "in_progress",
      },
      {
        org: "nav-bergen",
        kind: "hours",
        amount: 300,
        description: "Karriereveiledning for deltakere i siste år av programmet",
        status: "planned",
      },
    ],
  },
  {
    key: "member-slots",
    title: "15 praksisplasser i året fra medlemsbedriftene",
    why: "Praksis i en ordinær bedrift er den korteste veien til jobb. Medlemsbedriftene i Næringsforum Bergen har lovet å stille flere plasser, i flere bransjer.",
    commitments: [
      {
        org: "bergen-naering",
        kind: "events",
        amount: 2,
        description: "To karrieretorg i året for medlemsbedriftene",
        status: "in_progress",
      },
      {
        org: "bergen-union",
        kind: "hours",
        amount: 80,
        description: "Tillitsvalgte som faddere for deltakere i praksis",
        status: "delivered",
      },
      {
        org: "nav-bergen",
        kind: "slots",
        amount: 5,
        description: "Markedskontaktene skaffer 5 praksisplasser i medlemsbedriftene",
        status: "in_progress",
      },
    ],
  },
  {
    key: "first-contact",
    title: "Første arbeidsgiverkontakt innen 30 dager for 90 % av IPS-deltakerne",
    why: "I IPS er rask kontakt med arbeidsgivere det som virker best. Kommunen rapporterer andelen hvert kvartal fra IPS-teamets egne tall.",
    commitments: [
      {
        org: "bergen-kommune",
        kind: "hours",
        amount: 3_200,
        description: "To nye jobbspesialister i IPS-teamet",
        status: "delivered",
      },
      {
        org: "bergen-redcross",
        kind: "venue",
        amount: null,
        description: "Lokaler til jobbverksted og språkkafé i Røde Kors-huset",
        status: "delivered",
      },
    ],
  },
];

/** Bergen kommune's quarterly figures for the manual goal, oldest first (percent), with a note now and then. */
export const FIRST_CONTACT_REPORTS: { value: number; note: string | null }[] = [
  { value: 61, note: "Tall fra IPS-piloten i to bydeler." },
  { value: 63, note: null },
  { value: 62, note: "Færre arbeidsgiverbesøk: to jobbspesialister var i permisjon." },
  { value: 67, note: "To nye jobbspesialister startet i kvartalet." },
  { value: 71, note: null },
  { value: 74, note: null },
  { value: 79, note: "Jobbverkstedet i Røde Kors-huset gir flere tidlige kontakter." },
  { value: 82, note: null },
];
