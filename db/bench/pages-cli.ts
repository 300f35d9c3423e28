// npm run bench:pages — only the page benchmark, on the data set `npm run bench` generated into BENCH_DATABASE_URL.
import { logLine } from "../../lib/logging/logger";
import { benchPages } from "./pages";

const url = process.env.BENCH_DATABASE_URL ?? "postgres://lagspill:lagspill@127.0.0.1:5432/lagspill_bench";
benchPages(url, (name, value, unit) => console.log(JSON.stringify({ name, value, unit }))).catch((err) => {
  logLine(`bench failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
