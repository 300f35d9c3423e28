import { afterEach, describe, expect, it } from "vitest";
import { authLogger } from "./auth-logger";
import { setLogWriter } from "./logger";

afterEach(() => setLogWriter(undefined));

const capture = () => {
  const lines: string[] = [];
  setLogWriter((line) => lines.push(line));
  return lines;
};

describe("authLogger", () => {
  it("logs an Auth.js error by its type, describing the wrapped error, scrubbed", () => {
    const lines = capture();
    const inner = new Error("Failed query: select … from users where email = $1\nparams: kari@example.no");
    const wrapped = Object.assign(new Error("Read more at https://errors.authjs.dev#adaptererror"), {
      type: "AdapterError",
      cause: { err: inner, email: "kari@example.no" },
    });
    authLogger.error(wrapped);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({
      msg: "auth failed",
      authError: "AdapterError",
      error: { message: "Failed query: select … from users where email = $1\nparams: [redacted]" },
    });
    expect(lines[0]).not.toContain("kari@");
  });

  it("logs an error without a wrapped cause as itself", () => {
    const lines = capture();
    authLogger.error(Object.assign(new Error("per@firma.no used an expired link"), { type: "Verification" }));
    expect(JSON.parse(lines[0])).toMatchObject({
      authError: "Verification",
      error: { message: "[email] used an expired link" },
    });
  });

  it("writes warnings as one line and drops debug output", () => {
    const lines = capture();
    authLogger.warn("debug-enabled");
    authLogger.debug();
    expect(lines).toEqual(["Auth.js warning debug-enabled: https://warnings.authjs.dev#debug-enabled"]);
  });
});
