// npm run db:migrate — applies the committed migrations to DATABASE_URL (or the embedded database).
import { openPglite, openPostgres, pgliteDir } from "./index";
import { describeDbError } from "./errors";

try {
  const url = process.env.DATABASE_URL;
  const handle = url ? await openPostgres(url, { migrate: true }) : await openPglite(pgliteDir());
  console.log(`Migrations applied (${handle.kind}).`);
  await handle.close();
} catch (err) {
  console.error(describeDbError(err));
  process.exit(1);
}
