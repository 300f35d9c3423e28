// The accessibility statement (tilgjengelighetserklæring): the WCAG 2.1 success criteria at
// level A and AA that the Norwegian regulation (forskrift om universell utforming av
// IKT-løsninger) asks of a public body's web solution, with Lagspill's status for each. Pure
// data; the page /tilgjengelighet renders it, and a municipality copies it into uustatus.no.

export type Level = "A" | "AA";
/** met: the app meets it · partly: it does, with a deviation named in the note · notApplicable: the app has no such content. */
export type Status = "met" | "partly" | "notApplicable";
/** axe: the axe-core scan of every page the e2e suite visits · e2e: a journey asserts it · review: read in the code, not tested. */
export type Check = "axe" | "e2e" | "review";

export interface Criterion {
  id: string;
  level: Level;
  name: { nb: string; en: string };
  status: Status;
  checkedBy: Check[];
  /** Only where the status needs explaining. */
  note?: { nb: string; en: string };
}

/** When the statement was last reviewed against the app (ISO date). */
export const STATEMENT_DATE = "2026-12-06";

/** WCAG 2.1 A and AA criteria the regulation leaves out for public bodies: prerecorded media alternatives and live captions. */
export const NOT_REQUIRED = ["1.2.3", "1.2.4"] as const;

const NO_MEDIA = {
  nb: "Lagspill har ikke lyd eller video.",
  en: "Lagspill has no audio or video.",
};

const c = (
  id: string,
  level: Level,
  nb: string,
  en: string,
  status: Status,
  checkedBy: Check[],
  note?: { nb: string; en: string },
): Criterion => ({ id, level, name: { nb, en }, status, checkedBy, ...(note ? { note } : {}) });

export const CRITERIA: Criterion[] = [
  c("1.1.1", "A", "Ikke-tekstlig innhold", "Non-text Content", "met", ["axe", "review"], {
    nb: "Diagrammer har en tabell med de samme tallene. QR-koden for innsjekking har en tekst, og ved døren kan man også søke på navn.",
    en: "Charts have a table with the same figures. The check-in QR code has a text, and at the door a name search does the same.",
  }),
  c(
    "1.2.1",
    "A",
    "Bare lyd og bare video (forhåndsinnspilt)",
    "Audio-only and Video-only (Prerecorded)",
    "notApplicable",
    [],
    NO_MEDIA,
  ),
  c("1.2.2", "A", "Teksting (forhåndsinnspilt)", "Captions (Prerecorded)", "notApplicable", [], NO_MEDIA),
  c("1.2.5", "AA", "Synstolking (forhåndsinnspilt)", "Audio Description (Prerecorded)", "notApplicable", [], NO_MEDIA),
  c("1.3.1", "A", "Informasjon og relasjoner", "Info and Relationships", "met", ["axe", "e2e"]),
  c("1.3.2", "A", "Meningsfylt rekkefølge", "Meaningful Sequence", "met", ["review"]),
  c("1.3.3", "A", "Sensoriske egenskaper", "Sensory Characteristics", "met", ["review"]),
  c("1.3.4", "AA", "Visningsretning", "Orientation", "met", ["review"]),
  c("1.3.5", "AA", "Identifiser formål med inndata", "Identify Input Purpose", "met", ["axe", "review"]),
  c("1.4.1", "A", "Bruk av farge", "Use of Color", "met", ["axe", "review"], {
    nb: "Status vises alltid med tekst, aldri bare med farge.",
    en: "Status is always shown in words, never by colour alone.",
  }),
  c("1.4.2", "A", "Styring av lyd", "Audio Control", "notApplicable", [], NO_MEDIA),
  c("1.4.3", "AA", "Kontrast (minimum)", "Contrast (Minimum)", "met", ["axe"]),
  c("1.4.4", "AA", "Endring av tekststørrelse", "Resize Text", "met", ["axe", "review"]),
  c("1.4.5", "AA", "Bilder av tekst", "Images of Text", "met", ["review"]),
  c("1.4.10", "AA", "Dynamisk tilpasning (Reflow)", "Reflow", "met", ["e2e"], {
    nb: "Sidene virker i 360 piksler bredde. Brede tabeller, som timeplanen for hurtigintervjuer, rulles sidelengs inne i tabellen; det er tillatt for innhold i to dimensjoner.",
    en: "Pages work 360 pixels wide. Wide tables, such as the speed-interview schedule, scroll sideways within the table, which is allowed for two-dimensional content.",
  }),
  c("1.4.11", "AA", "Kontrast for ikke-tekstlig innhold", "Non-text Contrast", "met", ["review"]),
  c("1.4.12", "AA", "Tekstavstand", "Text Spacing", "met", ["review"]),
  c(
    "1.4.13",
    "AA",
    "Pekerfølsomt innhold eller innhold ved tastaturfokus",
    "Content on Hover or Focus",
    "notApplicable",
    ["review"],
    {
      nb: "Ingenting dukker opp når pekeren eller fokus er over et element.",
      en: "Nothing appears when the pointer or focus is on an element.",
    },
  ),
  c("2.1.1", "A", "Tastatur", "Keyboard", "met", ["e2e", "review"], {
    nb: "Også tavlen med forslag og plasseringer brukes med knapper, ikke ved å dra.",
    en: "The board of proposals and placements also works with buttons, not by dragging.",
  }),
  c("2.1.2", "A", "Ingen tastaturfelle", "No Keyboard Trap", "met", ["e2e", "review"]),
  c("2.1.4", "A", "Hurtigtaster som består av ett tegn", "Character Key Shortcuts", "notApplicable", ["review"], {
    nb: "Lagspill har ingen hurtigtaster.",
    en: "Lagspill has no keyboard shortcuts.",
  }),
  c("2.2.1", "A", "Justerbar hastighet", "Timing Adjustable", "partly", ["review"], {
    nb: "Innloggingen avsluttes etter 8 timer uten aktivitet (kan endres av driftsansvarlig), uten forvarsel. Det du har skrevet i et skjema, står igjen når lagringen avvises, men du må logge inn på nytt. Innloggingslenken i e-posten virker i 30 minutter.",
    en: "A session ends after 8 hours without activity (the operator can change this), without a warning. What you typed in a form stays when the save is refused, but you must sign in again. The sign-in link in the email works for 30 minutes.",
  }),
  c("2.2.2", "A", "Pause, stopp, skjul", "Pause, Stop, Hide", "notApplicable", ["review"], {
    nb: "Ingenting beveger seg, blinker eller oppdateres av seg selv.",
    en: "Nothing moves, blinks or updates by itself.",
  }),
  c("2.3.1", "A", "Terskelverdi på maksimalt tre glimt", "Three Flashes or Below Threshold", "met", ["review"]),
  c("2.4.1", "A", "Hoppe over blokker", "Bypass Blocks", "met", ["axe", "e2e"]),
  c("2.4.2", "A", "Sidetitler", "Page Titled", "met", ["axe", "e2e"]),
  c("2.4.3", "A", "Fokusrekkefølge", "Focus Order", "met", ["e2e", "review"]),
  c("2.4.4", "A", "Formål med lenke (i kontekst)", "Link Purpose (In Context)", "met", ["axe", "review"]),
  c("2.4.5", "AA", "Flere måter", "Multiple Ways", "met", ["review"], {
    nb: "Menyen, oversiktssiden og lister med søk og filtre leder til hver side.",
    en: "The menu, the overview page and lists with search and filters lead to each page.",
  }),
  c("2.4.6", "AA", "Overskrifter og ledetekster", "Headings and Labels", "met", ["axe", "review"]),
  c("2.4.7", "AA", "Synlig fokus", "Focus Visible", "met", ["review"]),
  c("2.5.1", "A", "Pekerbevegelser", "Pointer Gestures", "met", ["review"]),
  c("2.5.2", "A", "Pekeravbrytelse", "Pointer Cancellation", "met", ["review"]),
  c("2.5.3", "A", "Ledetekst i navn", "Label in Name", "met", ["review"]),
  c("2.5.4", "A", "Bevegelsesaktivering", "Motion Actuation", "notApplicable", ["review"], {
    nb: "Ingenting styres ved å bevege eller riste enheten.",
    en: "Nothing is operated by moving or shaking the device.",
  }),
  c("3.1.1", "A", "Språk på siden", "Language of Page", "met", ["axe"]),
  c("3.1.2", "AA", "Språk på deler av innholdet", "Language of Parts", "met", ["review"], {
    nb: "Gjelder Lagspills egne tekster. Tekst som brukerne skriver selv, merkes ikke med språk.",
    en: "Applies to Lagspill's own texts. Text that users write themselves is not marked with its language.",
  }),
  c("3.2.1", "A", "Fokus", "On Focus", "met", ["review"]),
  c("3.2.2", "A", "Inndata", "On Input", "met", ["review"], {
    nb: "Valg i skjemaer sendes først når du trykker på knappen.",
    en: "Choices in forms are sent only when you press the button.",
  }),
  c("3.2.3", "AA", "Konsekvent navigering", "Consistent Navigation", "met", ["review"]),
  c("3.2.4", "AA", "Konsekvent identifikasjon", "Consistent Identification", "met", ["review"]),
  c("3.3.1", "A", "Identifikasjon av feil", "Error Identification", "met", ["e2e"]),
  c("3.3.2", "A", "Ledetekster eller instruksjoner", "Labels or Instructions", "met", ["axe", "e2e"]),
  c("3.3.3", "AA", "Forslag ved feil", "Error Suggestion", "met", ["e2e"]),
  c(
    "3.3.4",
    "AA",
    "Forhindring av feil (juridiske feil, økonomiske feil, datafeil)",
    "Error Prevention (Legal, Financial, Data)",
    "met",
    ["e2e", "review"],
    {
      nb: "Sletting og andre handlinger som ikke kan angres, må bekreftes i ord som navngir det som endres.",
      en: "Deleting and other actions that cannot be undone must be confirmed in words that name what changes.",
    },
  ),
  c("4.1.1", "A", "Parsing (oppdeling)", "Parsing", "met", ["review"]),
  c("4.1.2", "A", "Navn, rolle, verdi", "Name, Role, Value", "met", ["axe", "e2e"]),
  c("4.1.3", "AA", "Statusbeskjeder", "Status Messages", "met", ["e2e"], {
    nb: "Bekreftelser etter lagring leses opp av skjermleser (role=status); feil samles i en oversikt som får fokus.",
    en: "Confirmations after saving are announced (role=status); errors are gathered in a summary that receives focus.",
  }),
];

/** How many criteria have each status, for the summary above the table. */
export function statusCounts(criteria: Criterion[] = CRITERIA): Record<Status, number> {
  const counts: Record<Status, number> = { met: 0, partly: 0, notApplicable: 0 };
  for (const k of criteria) counts[k.status]++;
  return counts;
}
