import { describe, expect, it } from "vitest";
import { defaultMunicipalityOrgName, findMunicipality, MUNICIPALITIES, municipalityLabel } from "./rules";

describe("Norway's municipalities", () => {
  it("are the 357 of 2024, each number once, sorted by name", () => {
    expect(MUNICIPALITIES).toHaveLength(357);
    expect(new Set(MUNICIPALITIES.map((m) => m.number)).size).toBe(357);
    expect(MUNICIPALITIES.every((m) => /^\d{4}$/.test(m.number) && m.name && m.county)).toBe(true);
    const names = MUNICIPALITIES.map((m) => m.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "nb")));
  });
  it("finds Bergen and Trondheim by number", () => {
    expect(findMunicipality("4601")).toEqual({ number: "4601", name: "Bergen", county: "Vestland" });
    expect(findMunicipality("5001")?.county).toBe("Trøndelag");
    expect(findMunicipality("9999")).toBeUndefined();
  });
  it("names the organization after the municipality, without a county in brackets", () => {
    expect(defaultMunicipalityOrgName(findMunicipality("4601")!)).toBe("Bergen kommune");
    expect(defaultMunicipalityOrgName(findMunicipality("1818")!)).toBe("Herøy kommune");
    expect(municipalityLabel(findMunicipality("4601")!)).toBe("Bergen (Vestland)");
    expect(municipalityLabel(findMunicipality("1818")!)).toBe("Herøy (Nordland)");
  });
});
