// Hostile input for the property-based tests (lib/security/fuzz*.test.ts): what a browser
// or a tampered request can put in a form field. Everything is a string, as in FormData.
import fc from "fast-check";

export const HOSTILE = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '"><svg onload=alert(1)>',
  "</p><p>",
  "&lt;b&gt;&amp;",
  "'; drop table participants;--",
  "1' or '1'='1",
  "Robert'); DROP TABLE users;--",
  "$1 $$ \\x00",
  "%s%n%d",
  "${7*7} {{7*7}}",
  "javascript:alert(1)",
  "\u202Eevil\u202C",
  "مرحبا بالعالم",
  "שלום עולם",
  "👩🏽‍🔧🇳🇴",
  "a\u200Bb\u200C\u200D\uFEFFc",
  "Ærlig Østerås Åse",
  "\u0000",
  "a\u0000b",
  "NaN",
  "-1",
  "1e309",
  "Infinity",
  "true",
  "null",
  "undefined",
  "[object Object]",
  "[]",
  "{}",
  "0x10",
  "   ",
  "\t\n\r",
  "9".repeat(30),
  "2026-02-30",
  "2026-13-01",
  "0000-00-00",
];

/** Long strings around and far beyond every limit in the schemas. */
const long = fc
  .tuple(fc.integer({ min: 90, max: 6000 }), fc.constantFrom("x", "ø", "👍", "<b>", " "))
  .map(([n, c]) => c.repeat(n));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.tuple(fc.constantFrom(...HOSTILE), fc.string({ unit: "grapheme", maxLength: 20 })).map(([a, b]) => a + b),
  long,
);

/**
 * Free text a user can really type and the schema accepts: hostile content, but short
 * enough for any text field (the data tests check storage, the schema tests check limits).
 */
export const hostileText: fc.Arbitrary<string> = fc
  .oneof(
    fc.constantFrom(...HOSTILE),
    fc.string({ unit: "binary", minLength: 1, maxLength: 40 }),
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }),
    fc.tuple(fc.constantFrom(...HOSTILE), fc.string({ unit: "grapheme", maxLength: 20 })).map(([a, b]) => a + b),
  )
  .map((s) => s.trim())
  .filter((s) => s.length > 0 && s.length <= 90);
