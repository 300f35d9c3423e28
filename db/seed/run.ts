// npm run db:seed — fills the database in DATABASE_URL (or the embedded one) with the demo data.
import { getDbHandle } from "../index";
import { seed } from "./index";
import { describeDbError } from "../errors";

try {
  const handle = await getDbHandle();
  const result = await seed(handle.db);
  console.log(`Seeded ${handle.kind}: ${result.organizations} organizations, ${result.users} people, ${result.memberships} memberships.`);
  await handle.close();
} catch (err) {
  console.error(describeDbError(err));
  process.exit(1);
}
