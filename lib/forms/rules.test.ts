import { describe, expect, it } from "vitest";
import { cleanLabel, emptyFieldMessage, namesField, summaryLine } from "./rules";

describe("emptyFieldMessage", () => {
  it("says an empty field that fails a generic format check is required", () => {
    expect(emptyFieldMessage("", "invalid_format", "invalid")).toBe("required");
    expect(emptyFieldMessage("   ", "invalid_format", "invalid")).toBe("required");
  });

  it("says a choice left open must be made", () => {
    expect(emptyFieldMessage("", "invalid_value", "invalid")).toBe("choose");
    expect(emptyFieldMessage(undefined, "invalid_value", "invalid")).toBe("choose");
    expect(emptyFieldMessage(undefined, "invalid_type", "Invalid input: expected string, received undefined")).toBe(
      "choose",
    );
  });

  it("keeps the generic message for a field with a value", () => {
    expect(emptyFieldMessage("31.02.2026", "invalid_format", "invalid")).toBeNull();
    expect(emptyFieldMessage("x", "invalid_value", "invalid")).toBeNull();
  });

  it("keeps an author's own message", () => {
    expect(emptyFieldMessage("", "invalid_value", "actionItems.errors.owner")).toBeNull();
    expect(emptyFieldMessage("", "invalid_format", "participants.errors.date")).toBeNull();
    expect(emptyFieldMessage("", "too_small", "invalid")).toBeNull();
    expect(emptyFieldMessage("", "custom", "invalid")).toBeNull();
  });
});

describe("summaryLine", () => {
  it("names the field before a message that does not", () => {
    expect(summaryLine("Fornavn", "Fyll ut feltet.")).toBe("Fornavn: Fyll ut feltet.");
    expect(summaryLine("Sluttdato", "Fill in the field.")).toBe("Sluttdato: Fill in the field.");
  });

  it("never puts a colon after a question", () => {
    expect(summaryLine("Hvor godt snakker du norsk?", "Velg hvor godt du snakker norsk.")).toBe(
      "Velg hvor godt du snakker norsk.",
    );
    expect(summaryLine("Hvor godt snakker du norsk?", "Velg et av alternativene.")).toBe(
      "Hvor godt snakker du norsk? Velg et av alternativene.",
    );
    expect(summaryLine("Fødselsår:", "Fyll ut feltet.")).toBe("Fødselsår: Fyll ut feltet.");
  });

  it("leaves a message that already names its field as it is", () => {
    expect(summaryLine("E-post", "Skriv en gyldig e-postadresse.")).toBe("Skriv en gyldig e-postadresse.");
    expect(summaryLine("Fødselsår", "Skriv fødselsåret med fire siffer.")).toBe("Skriv fødselsåret med fire siffer.");
  });

  it("names the field before a specific message about another word", () => {
    expect(summaryLine("Sluttdato", "Skriv datoen som dd.mm.åååå.")).toBe("Sluttdato: Skriv datoen som dd.mm.åååå.");
    expect(summaryLine("End date", "Enter the date as dd.mm.yyyy.")).toBe("End date: Enter the date as dd.mm.yyyy.");
  });

  it("shows the bare message when no label is known", () => {
    expect(summaryLine(undefined, "Fyll ut feltet.")).toBe("Fyll ut feltet.");
    expect(summaryLine("  ", "Fyll ut feltet.")).toBe("Fyll ut feltet.");
  });

  it("cleans labels read from the page", () => {
    expect(cleanLabel("  Slutt\n dato : ")).toBe("Slutt dato");
  });
});

describe("namesField", () => {
  it("accepts inflected forms of the label's words", () => {
    expect(namesField("Fornavn", "Skriv fornavnet.")).toBe(true);
    expect(namesField("E-post", "Skriv en gyldig e-postadresse.")).toBe(true);
  });

  it("accepts a sentence-long label said in other words", () => {
    expect(
      namesField(
        "Jeg har lest hvordan opplysningene mine brukes.",
        "Kryss av for at du har lest hvordan opplysningene dine brukes.",
      ),
    ).toBe(true);
  });

  it("refuses a message that misses a word of the label", () => {
    expect(namesField("Slutter kl.", "Arrangementet må slutte etter at det starter.")).toBe(false);
    expect(namesField("Startdato", "Skriv datoen.")).toBe(false);
    expect(namesField("First name", "Fill in the field.")).toBe(false);
  });
});
