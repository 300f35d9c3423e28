// The pages the page benchmark measures (issue 16's list), each as the person who uses it.
import type { Sql } from "postgres";

export const DEMO_USERS = {
  consultant: "jonas.kvamsdal@bergen.kommune.example",
  admin: "ragnhild.fossdal@bergen.kommune.example",
  employer: "torstein@fjordkanten-bygg.example",
} as const;

export interface BenchPage {
  name: string;
  path: string;
  user: keyof typeof DEMO_USERS | null;
}

/** The pages, with the ids of a Bergen participant, open slot and event from the national data set. */
/** The first event the /events page links to, from its HTML. */
export function firstEventPath(html: string): string {
  const m = html.match(/href="(\/events\/[0-9a-f-]{36})"/);
  if (!m) throw new Error("the consultant's /events page links to no event");
  return m[1];
}

export async function pageList(sql: Sql): Promise<BenchPage[]> {
  // The same participant and cleaning slot the matching figures use (db/bench/run.ts).
  const [participant] = await sql<{ id: string }[]>`select p.id from participants p
    join memberships m on m.organization_id = p.municipality_id join users u on u.id = m.user_id
    where u.email = ${DEMO_USERS.consultant} and p.status = 'enrolled' and p.external_id like 'NAT-%'
      and p.programme_end > current_date + 180
      and exists (select 1 from consents c where c.participant_id = p.id and c.scope = 'share_employers' and c.withdrawn_at is null)
    order by p.id limit 1`;
  const [slot] = await sql<{ id: string }[]>`select s.id from slots s join organizations o on o.id = s.employer_id
    where o.city = 'Bergen' and s.status = 'open' and s.isco_code = '9112' and o.name like 'Bedrift % AS' order by s.id limit 1`;
  if (!participant || !slot) throw new Error("the bench data set lacks a Bergen participant or open slot");
  return [
    { name: "sign_in", path: "/sign-in", user: null },
    { name: "home", path: "/home", user: "consultant" },
    { name: "participants", path: "/participants", user: "consultant" },
    { name: "participant", path: `/participants/${participant.id}`, user: "consultant" },
    { name: "participant_matches", path: `/participants/${participant.id}/matches`, user: "consultant" },
    { name: "follow_ups", path: "/follow-ups", user: "consultant" },
    { name: "pipeline", path: "/pipeline", user: "consultant" },
    { name: "employers", path: "/employers", user: "consultant" },
    { name: "slots", path: "/slots", user: "consultant" },
    { name: "slot_matches", path: `/slots/${slot.id}/matches`, user: "consultant" },
    { name: "proposals", path: "/proposals", user: "employer" },
    { name: "events", path: "/events", user: "consultant" },
    // The first event on the consultant's own list (filled in by the bench once signed in).
    { name: "event", path: "/events/<first>", user: "consultant" },
    { name: "fidelity", path: "/fidelity", user: "admin" },
    { name: "reports", path: "/reports", user: "admin" },
    { name: "council_dashboard", path: "/council/dashboard", user: "admin" },
  ];
}
