// Regenerates styrk08-nb.json from NAV's CSV (see README.md beside this file for source and licence):
//   npx tsx lib/occupations/styrk08-cli.ts ../shared/data/styrk08-nb.csv
// One row per unit group: [code, bokmål title, category, subcategory], sorted by code.
import { readFileSync, writeFileSync } from "node:fs";
import { parse } from "csv-parse/sync";

const [input] = process.argv.slice(2);
if (!input) throw new Error("Usage: tsx lib/occupations/styrk08-cli.ts <styrk08-nb.csv>");
const rows: Record<string, string>[] = parse(readFileSync(input, "utf8"), { columns: true, trim: true });
const tidy = (s: string) => s.replace(/\s+/g, " ");
const out = rows
  .map((r) => [r.code, tidy(r.title_nb), tidy(r.category_nb), tidy(r.subcategory_nb)])
  .sort((a, b) => a[0].localeCompare(b[0]));
writeFileSync(new URL("./styrk08-nb.json", import.meta.url), JSON.stringify(out) + "\n");
