import { describe, expect, it } from "vitest";
import { participantFormSchema } from "./schemas";

const base = {
  firstName: "Amal",
  lastName: "Haddad",
  birthYear: "1990",
  email: "",
  phone: "",
  countryOfOrigin: "",
  norwegianReading: "",
  norwegianWriting: "",
  norwegianSpeaking: "B1",
  norwegianListening: "",
  educationLevel: "none",
  educationField: "",
  hoursPerWeek: "",
  availableFrom: "",
  area: "",
  programmeTrack: "work",
  programmeStart: "2026-01-01",
  programmeEnd: "2027-01-01",
  status: "enrolled",
  assignedTo: "",
  externalId: "",
};
const schema = participantFormSchema(2026);
const errors = (over: Record<string, string>) =>
  Object.fromEntries(
    (schema.safeParse({ ...base, ...over }).error?.issues ?? []).map((i) => [String(i.path[0]), i.message]),
  );

describe("participant form", () => {
  it("turns flat fields into a record with ranked wishes, languages and experience", () => {
    const r = schema.parse({
      ...base,
      wish0: "9112",
      wish1: "Cooks (5120)",
      lang0: "ar",
      langLevel0: "C2",
      exp0: "5120",
      expYears0: "4",
      drivingLicence: "on",
    });
    expect(r.wishes).toEqual(["9112", "5120"]);
    expect(r.languages).toEqual([{ language: "ar", level: "C2" }]);
    expect(r.experience).toEqual([{ iscoCode: "5120", years: 4 }]);
    expect(r.record).toMatchObject({
      birthYear: 1990,
      drivingLicence: true,
      email: null,
      norwegianSpeaking: "B1",
      norwegianReading: null,
    });
  });

  it("reports every error at once, not only after the required fields are filled", () => {
    expect(errors({ lastName: "", birthYear: "19", programmeEnd: "2020-01-01", wish0: "no such job" })).toEqual({
      lastName: "required",
      birthYear: "participants.errors.birthYear",
      programmeEnd: "participants.errors.endBeforeStart",
      wish0: "participants.errors.occupation",
    });
  });

  it("checks pairs and duplicates in the rows", () => {
    expect(
      errors({ lang0: "ar", lang1: "ar", langLevel1: "A1", wish0: "9112", wish1: "9112", expYears0: "3" }),
    ).toEqual({
      langLevel0: "participants.errors.levelMissing",
      lang1: "participants.errors.languageTwice",
      wish1: "participants.errors.wishTwice",
      exp0: "participants.errors.occupation",
    });
  });

  it("checks contact details and numbers", () => {
    expect(errors({ email: "amal@", phone: "12", hoursPerWeek: "70", birthYear: "2015" })).toEqual({
      email: "email",
      phone: "participants.errors.phone",
      hoursPerWeek: "participants.errors.hours",
      birthYear: "participants.errors.birthYear",
    });
  });
});
