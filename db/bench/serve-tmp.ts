import { signIn, startProject } from "./server";
(async () => { const s = await startProject(3311, "postgres://lagspill:lagspill@127.0.0.1:5432/lagspill_bench");
const c = await signIn(s.base, process.argv[2] ?? "jonas.kvamsdal@bergen.kommune.example");
console.log(c);
process.on("SIGTERM", async () => { await s.stop(); process.exit(0); });
setInterval(() => {}, 1000); })();
