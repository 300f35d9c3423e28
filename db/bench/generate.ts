// The national-scale data set for the benchmark: the demo seed plus 40 more municipalities
// with staff, 50,000 participants, 500,000 follow-up contacts, wishes, follow-ups and jobs.
// Bulk rows are made by PostgreSQL itself (INSERT … SELECT generate_series), which takes
// seconds instead of the minutes row-by-row inserts would. Idempotent: a finished
// generation is recorded in job_runs and never repeated; a failed one leaves nothing.
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "../index";
import { jobRuns, memberships, organizations, users } from "../schema";
import { demoOrgNumber, stableId } from "../seed";

export const NATIONAL = {
  participants: 50_000,
  contactsPerParticipant: 10,
  /** Extra municipalities next to Bergen and Trondheim. */
  municipalities: 40,
} as const;
const MARKER = { name: "bench.generate", periodKey: "national-v1" };

const MUNICIPALITY_NAMES = [
  "Oslo",
  "Stavanger",
  "Kristiansand",
  "Drammen",
  "Fredrikstad",
  "Sandnes",
  "Tromsø",
  "Sarpsborg",
  "Skien",
  "Bærum",
  "Ålesund",
  "Sandefjord",
  "Larvik",
  "Tønsberg",
  "Arendal",
  "Haugesund",
  "Porsgrunn",
  "Bodø",
  "Lillehammer",
  "Moss",
  "Asker",
  "Lillestrøm",
  "Hamar",
  "Gjøvik",
  "Molde",
  "Halden",
  "Harstad",
  "Kongsberg",
  "Horten",
  "Steinkjer",
  "Levanger",
  "Kristiansund",
  "Narvik",
  "Alta",
  "Elverum",
  "Ringsaker",
  "Karmøy",
  "Askøy",
  "Sola",
  "Ullensaker",
];
const FIRST_NAMES = [
  "Amina",
  "Ahmad",
  "Hassan",
  "Hana",
  "Mohammed",
  "Fatima",
  "Yonas",
  "Selam",
  "Abdi",
  "Hodan",
  "Olena",
  "Dmytro",
  "Ali",
  "Zahra",
  "Omar",
  "Layla",
  "Tesfay",
  "Senait",
  "Mustafa",
  "Aisha",
  "Ibrahim",
  "Mariam",
  "Khalid",
  "Nour",
  "Yusuf",
  "Rahel",
  "Oksana",
  "Andrii",
  "Samir",
  "Leila",
  "Hamid",
  "Shirin",
  "Daniel",
  "Helen",
  "Bashir",
  "Farah",
  "Kiros",
  "Mehret",
  "Anas",
  "Rania",
];
const LAST_NAMES = [
  "Ahmadi",
  "Hussein",
  "Mohamed",
  "Tesfaye",
  "Haile",
  "Kovalenko",
  "Shevchenko",
  "Ali",
  "Omar",
  "Rahimi",
  "Karimi",
  "Abdullahi",
  "Yusuf",
  "Gebremedhin",
  "Bondarenko",
  "Haidari",
  "Nazari",
  "Osman",
  "Mahmoud",
  "Berhane",
  "Tkachenko",
  "Hassan",
  "Jama",
  "Sadiq",
  "Noori",
  "Amiri",
  "Kidane",
  "Melnyk",
  "Farah",
  "Abdi",
];
/** Occupation wishes (ISCO-08 unit groups) of the kind the issue names: cleaning, kindergarten, care, warehouse, … */
export const WISH_CODES = [
  "9112",
  "5311",
  "5321",
  "9333",
  "5120",
  "8331",
  "2142",
  "2221",
  "2341",
  "7115",
  "7411",
  "9412",
  "5223",
  "8322",
  "7231",
  "9313",
  "5322",
  "7512",
  "4321",
  "2512",
];

/** A Postgres text[] literal of known-safe words (no quotes in them). */
const textArray = (xs: readonly string[]) => `array[${xs.map((x) => `'${x}'`).join(",")}]`;
/** A deterministic pseudo-random 0..n-1 from a row number and a salt. */
const pick = (expr: string, salt: string, n: number) => `abs(hashtext(${expr}::text || '${salt}') % ${n})`;

interface Municipality {
  id: string;
  /** Staff who carry a caseload, in a fixed order. */
  staff: string[];
  participants: number;
}

async function existingStaff(tx: Tx, municipalityId: string): Promise<string[]> {
  const rows = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(eq(memberships.organizationId, municipalityId), inArray(memberships.role, ["consultant", "job_specialist"])),
    )
    .orderBy(memberships.userId);
  return rows.map((r) => r.userId);
}

/** Organizations, people and memberships: few rows, so plain inserts with stable ids. */
async function createMunicipalitiesAndStaff(tx: Tx): Promise<Municipality[]> {
  const orgRows = MUNICIPALITY_NAMES.slice(0, NATIONAL.municipalities).map((name, i) => ({
    id: stableId(`national:org:${i}`),
    kind: "municipality" as const,
    name: `${name} kommune, integreringstjenesten`,
    orgNumber: demoOrgNumber(1_000 + i),
    city: name,
  }));
  await tx.insert(organizations).values(orgRows).onConflictDoNothing();

  const staffPlan = [
    { id: stableId("org:bergen-kommune"), slug: "bergen", extra: 40 },
    { id: stableId("org:trondheim-kommune"), slug: "trondheim", extra: 24 },
    ...orgRows.map((o, i) => ({ id: o.id, slug: `kommune${i + 1}`, extra: 12 })),
  ];
  const userRows: (typeof users.$inferInsert)[] = [];
  const membershipRows: (typeof memberships.$inferInsert)[] = [];
  for (const m of staffPlan) {
    for (let k = 0; k <= m.extra; k++) {
      // Per municipality: one admin (k = 0), then two consultants for every job specialist.
      const role = k === 0 ? "municipality_admin" : k % 3 === 0 ? "job_specialist" : "consultant";
      const email = `${role.replace("_", "-")}${k}@${m.slug}.bench.example`;
      const userId = stableId(`user:${email}`);
      userRows.push({ id: userId, name: `${FIRST_NAMES[k % FIRST_NAMES.length]} Ansatt${k}`, email });
      membershipRows.push({ id: stableId(`membership:${email}`), userId, organizationId: m.id, role });
    }
  }
  for (let i = 0; i < userRows.length; i += 500)
    await tx
      .insert(users)
      .values(userRows.slice(i, i + 500))
      .onConflictDoNothing();
  for (let i = 0; i < membershipRows.length; i += 500)
    await tx
      .insert(memberships)
      .values(membershipRows.slice(i, i + 500))
      .onConflictDoNothing();

  // Bergen and Trondheim are the big cities; the rest share what is left evenly.
  const big = { bergen: 5_000, trondheim: 3_000 };
  const perOther = Math.floor((NATIONAL.participants - big.bergen - big.trondheim) / orgRows.length);
  const result: Municipality[] = [];
  for (const [i, m] of staffPlan.entries()) {
    const participants = i === 0 ? big.bergen : i === 1 ? big.trondheim : perOther;
    result.push({ id: m.id, staff: await existingStaff(tx, m.id), participants });
  }
  return result;
}

export interface GenerateReport {
  generated: boolean;
  seconds: number;
  participants: number;
  contacts: number;
}

export async function generateNational(db: Db, log: (line: string) => void = () => {}): Promise<GenerateReport> {
  const [done] = await db
    .select({ result: jobRuns.result })
    .from(jobRuns)
    .where(and(eq(jobRuns.name, MARKER.name), eq(jobRuns.periodKey, MARKER.periodKey)));
  if (done) return { ...(done.result as Omit<GenerateReport, "generated">), generated: false };

  const started = performance.now();
  const counts = await db.transaction(async (tx) => {
    const municipalities = await createMunicipalitiesAndStaff(tx);
    log(`municipalities and staff: ${municipalities.length}`);
    // Which municipality and staff member each generated row number belongs to.
    await tx.execute(
      sql.raw(`create temp table bench_slots (lo int, hi int, municipality_id uuid, staff text[]) on commit drop`),
    );
    let lo = 1;
    const slots = municipalities.map((m) => {
      const row = `(${lo}, ${lo + m.participants - 1}, '${m.id}', ${textArray(m.staff)}::text[])`;
      lo += m.participants;
      return row;
    });
    await tx.execute(sql.raw(`insert into bench_slots values ${slots.join(",")}`));
    const total = lo - 1;

    // Programmes start within the last three years and last 18 to 36 months, so statuses,
    // end dates and "ends within 6 months" spread like a real caseload.
    await tx.execute(
      sql.raw(`
      insert into participants (municipality_id, external_id, first_name, last_name, birth_year, email,
        norwegian_reading, norwegian_writing, norwegian_speaking, norwegian_listening, education_level, area,
        programme_track, programme_start, programme_end, status, assigned_to, enrolled_at)
      select s.municipality_id, 'NAT-' || lpad(g.i::text, 6, '0'),
        (${textArray(FIRST_NAMES)})[1 + ${pick("g.i", "f", FIRST_NAMES.length)}],
        (${textArray(LAST_NAMES)})[1 + ${pick("g.i", "l", LAST_NAMES.length)}],
        1962 + ${pick("g.i", "b", 42)},
        case when ${pick("g.i", "e", 3)} = 0 then null else 'deltaker' || g.i || '@example.test' end,
        lv.r, lv.w, lv.s, lv.l,
        (array['none','primary','secondary','vocational','bachelor','master','doctorate'])[1 + ${pick("g.i", "u", 7)}]::education_level,
        (array['Sentrum','Nord','Sør','Øst','Vest'])[1 + ${pick("g.i", "a", 5)}],
        (case when ${pick("g.i", "t", 10)} < 8 then 'work' else 'upper_secondary' end)::programme_track,
        d.start, d.start + d.length,
        (case when d.start + d.length < current_date then (case when ${pick("g.i", "x", 5)} = 0 then 'ended_early' else 'completed' end)
              when ${pick("g.i", "o", 10)} = 0 then 'on_leave' else 'enrolled' end)::participant_status,
        s.staff[1 + (g.i % array_length(s.staff, 1))], d.start
      from generate_series(1, ${total}) g(i)
      join bench_slots s on g.i between s.lo and s.hi
      cross join lateral (select current_date - ${pick("g.i", "s", 1095)} as start, 540 + ${pick("g.i", "n", 560)} as length) d
      cross join lateral (
        select lv[1 + least(5, base + 0)]::cefr_level r, lv[1 + least(5, base)]::cefr_level w,
               lv[1 + least(5, base + ${pick("g.i", "k", 2)})]::cefr_level s, lv[1 + least(5, base + 1)]::cefr_level l
        from (select array['A1','A2','B1','B2','C1','C2'] lv, ${pick("g.i", "v", 4)} base) x) lv`),
    );
    log(`participants: ${total}`);

    await tx.execute(
      sql.raw(`
      insert into participant_wishes (participant_id, isco_code, rank)
      select p.id, (${textArray(WISH_CODES)})[1 + (${pick("p.external_id", "w", WISH_CODES.length)} + r * 7) % ${WISH_CODES.length}], r
      from participants p cross join generate_series(1, 3) r
      where p.external_id like 'NAT-%' and r <= 1 + ${pick("p.external_id", "c", 3)}`),
    );

    // Ten contacts each, roughly monthly from programme start, never in the future.
    await tx.execute(
      sql.raw(`
      insert into contacts (municipality_id, participant_id, staff_id, kind, channel, purpose, face_to_face, contact_date, notes)
      select p.municipality_id, p.id, p.assigned_to,
        (array['participant','employer','workplace_visit'])[1 + (k % 3)]::contact_kind,
        (array['in_person','phone','video','email','message'])[1 + ${pick("p.external_id || k", "h", 5)}]::contact_channel,
        (array['job_development','follow_along','agreement','problem_solving'])[1 + ${pick("p.external_id || k", "p", 4)}]::contact_purpose,
        ${pick("p.external_id || k", "ff", 2)} = 0,
        least(current_date, p.programme_start + k * 30),
        'Samtale om arbeidsmål og neste steg.'
      from participants p cross join generate_series(1, ${NATIONAL.contactsPerParticipant}) k
      where p.external_id like 'NAT-%'`),
    );
    log(`contacts: ${total * NATIONAL.contactsPerParticipant}`);

    // One follow-up done, one open around today (some overdue), as the list shows the next one due.
    await tx.execute(
      sql.raw(`
      insert into follow_ups (municipality_id, participant_id, staff_id, source, title, due_on, done_at)
      select p.municipality_id, p.id, p.assigned_to, 'next_action', 'Ring og avtal neste møte',
        case when n = 1 then p.programme_start + 30 else current_date - 20 + ${pick("p.external_id", "d", 80)} end,
        case when n = 1 then (p.programme_start + 31)::timestamptz else null end
      from participants p cross join generate_series(1, 2) n
      where p.external_id like 'NAT-%'`),
    );

    await tx.execute(
      sql.raw(`
      insert into work_periods (participant_id, kind, employer_name, starts_on, ends_on)
      select p.id, (case when ${pick("p.external_id", "j", 2)} = 0 then 'job' else 'internship' end)::work_kind,
        'Bedrift ' || ${pick("p.external_id", "m", 500)}, current_date - ${pick("p.external_id", "q", 200)}, null
      from participants p
      where p.external_id like 'NAT-%' and ${pick("p.external_id", "z", 5)} = 0`),
    );

    const contacts = total * NATIONAL.contactsPerParticipant;
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    await tx
      .insert(jobRuns)
      .values({ ...MARKER, finishedAt: new Date(), result: { seconds, participants: total, contacts } });
    return { participants: total, contacts, seconds };
  });
  // Fresh statistics, so the planner sees the new sizes at once.
  await db.execute(sql`analyze`);
  return {
    generated: true,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    participants: counts.participants,
    contacts: counts.contacts,
  };
}
