// Norway's 357 municipalities (2024), for picking a municipality or a city. Pure: no db, no next/*.
// Source and licence: ./README.md (NAV, MIT).
import raw from "./kommuner-2024.json";

export interface Municipality {
  /** Kommunenummer, 4 digits: "4601". */
  number: string;
  /** As Statistics Norway names it; a name shared by two municipalities carries its county: "Herøy (Nordland)". */
  name: string;
  county: string;
}

export const MUNICIPALITIES: Municipality[] = (raw as [string, string, string][])
  .map(([number, name, county]) => ({ number, name, county }))
  .sort((a, b) => a.name.localeCompare(b.name, "nb"));

const byNumber = new Map(MUNICIPALITIES.map((m) => [m.number, m]));

export function findMunicipality(number: string): Municipality | undefined {
  return byNumber.get(number);
}

/** "Bergen kommune"; a name with its county in brackets loses them: "Herøy kommune". */
export function defaultMunicipalityOrgName(m: Municipality): string {
  return `${m.name.replace(/\s*\(.*\)$/, "")} kommune`;
}

/** What a list shows: "Bergen (Vestland)", or the name alone where it already names the county. */
export function municipalityLabel(m: Municipality): string {
  return m.name.includes("(") ? m.name : `${m.name} (${m.county})`;
}
