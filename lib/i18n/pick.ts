import type { AbstractIntlMessages } from "next-intl";

/** Client components rendered on every page (layout, error page, form summaries) use these. */
export const GLOBAL_CLIENT_NAMESPACES = [
  "errorPage",
  "logging",
  "language",
  "nav",
  "errors",
  "council.switch",
] as const;

/** The messages under the dotted `namespaces` ("participants.form"), in the shape of the full catalogue. */
export function pickMessages(messages: AbstractIntlMessages, namespaces: readonly string[]): AbstractIntlMessages {
  const out: AbstractIntlMessages = {};
  for (const namespace of namespaces) {
    const keys = namespace.split(".");
    let value: AbstractIntlMessages | string | undefined = messages;
    for (const key of keys) value = typeof value === "object" ? value[key] : undefined;
    if (value === undefined) continue;
    let to = out;
    for (const key of keys.slice(0, -1)) {
      if (typeof to[key] !== "object") to[key] = {};
      to = to[key] as AbstractIntlMessages;
    }
    to[keys[keys.length - 1]] = value;
  }
  return out;
}
