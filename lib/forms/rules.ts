/**
 * Pure rules for form errors: which message a field left empty gets, and how a line of the
 * error summary names its field (Aksel's error summary: every line says which field to fix).
 */

/** The zod issue codes that come from a field's type or format check, not from an author's own rule. */
const FORMAT_CODES = new Set(["invalid_format", "invalid_value", "invalid_type"]);

/**
 * A field left empty that fails its type or format check with the generic "invalid" message fails
 * because it is required: a choice left open says "choose", not "check that the field is filled in
 * correctly". Returns the message key to use instead, or null to keep the schema's own message (an
 * author's own message says what it means; a required date says so with `.min(1, "required")`).
 */
export function emptyFieldMessage(
  value: string | undefined,
  code: string,
  message: string,
): "required" | "choose" | null {
  if (message !== "invalid" && !message.startsWith("Invalid input")) return null;
  if (value !== undefined && value.trim() !== "") return null;
  if (!FORMAT_CODES.has(code)) return null;
  // Text inputs always post a value; a missing one, or an empty option of a list, is a choice not made.
  return value === undefined || code === "invalid_value" ? "choose" : "required";
}

/** Cleans a label read from the page: no trailing colon, no "(optional)" left in, single spaces. */
export function cleanLabel(label: string): string {
  return label.replace(/\s+/g, " ").trim().replace(/\s*:$/, "");
}

const words = (text: string) => text.toLocaleLowerCase().match(/[\p{L}\p{N}-]{2,}/gu) ?? [];

/**
 * A message names its field when the words of the label start words of the message — all of them
 * for a short label, most of them for a sentence: "Skriv fornavnet" names "Fornavn", "Velg hvor
 * godt du snakker norsk." names "Hvor godt snakker du norsk?", and "Kryss av for at du har lest
 * hvordan opplysningene dine brukes." names "Jeg har lest hvordan opplysningene mine brukes.".
 */
export function namesField(label: string, message: string): boolean {
  const said = words(message);
  const needed = words(label);
  if (needed.length === 0) return false;
  const found = needed.filter((w) => said.some((s) => s.startsWith(w))).length;
  return needed.length <= 2 ? found === needed.length : found / needed.length >= 0.6;
}

/**
 * One line of the error summary: the message as it is when it already names the field, otherwise
 * "Label: message" — or "Question? Message" when the label is a question, never "Question?: …".
 */
export function summaryLine(label: string | undefined, message: string): string {
  const name = label ? cleanLabel(label) : "";
  if (!name || namesField(name, message)) return message;
  return /[?!.]$/.test(name) ? `${name} ${message}` : `${name}: ${message}`;
}
