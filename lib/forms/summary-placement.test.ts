import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The error summary is the first element of its form because only <Form summary> renders it
// (components/ui/form.tsx). A form that rendered a summary of its own could put it anywhere.
const ROOT = path.resolve(__dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

const files = [...sources(path.join(ROOT, "app")), ...sources(path.join(ROOT, "components"))].filter(
  (f) => !f.startsWith(path.join(ROOT, "components", "ui")),
);

describe("error summaries", () => {
  it("come only from the shared Form, never placed by a form itself", () => {
    const own = files.filter((f) => /<(ErrorSummary|FormErrors|FieldErrorSummary)\b/.test(readFileSync(f, "utf8")));
    expect(own.map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  it("are on every form that shows errors at two or more fields", () => {
    const missing = files.filter((f) => {
      const text = readFileSync(f, "utf8");
      if (!text.includes("useFormAction") || text.includes("// No error summary:")) return false;
      const fields = new Set([...text.matchAll(/errors(?:\.|\[")(\w+)/g)].map((m) => m[1]));
      const spread = /\{\.\.\.field\(/.test(text) || /errors=\{errors\}/.test(text);
      return (fields.size >= 2 || spread) && !/<Form\s[^>]*\bsummary\b/.test(text);
    });
    expect(missing.map((f) => path.relative(ROOT, f))).toEqual([]);
  });
});
