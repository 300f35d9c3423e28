// A second, regional council, so a demo person sits in two: NAV Bergen vest (Eirik Nesttun, chair of
// Bergen's council) is a member here too and picks the council in the switcher. LO Vestland chairs,
// the county is the secretariat; one planned meeting and one goal, so the switch is visible. Its name
// sorts after Bergen's council in any collation, so Bergen's stays the one Eirik starts in.
import type { Tx } from "../index";
import { councilGoals, councilMeetings, councilMembers, councilRepresentatives, councils } from "../schema";
import { SeedClock } from "./caseload-data";
import { onWeekday, osloAt } from "./events-data";
import { stableId } from "./ids";

export const VESTLAND_COUNCIL = {
  id: stableId("council:vestland"),
  name: "Vestlandsrådet for inkludering",
  chair: "bergen-union",
  secretariat: "vestland-fk",
  members: ["vestland-fk", "bergen-union", "nav-bergen"],
  meeting: { id: stableId("council:vestland:meeting:start"), title: "Oppstartsmøte i Vestlandsrådet" },
  goal: { id: stableId("goal:vestland-apprentices"), title: "Flere lærlingplasser for nyankomne i Vestland" },
} as const;

const org = (key: string) => stableId(`org:${key}`);
const REPRESENTATIVES = [
  { org: "vestland-fk", name: "Solveig Hetlebakke", email: "solveig.hetlebakke@vestlandfylke.example" },
  { org: "bergen-union", name: "Knut Hordvikstrand", email: "knut.hordvikstrand@lo-vestland.example" },
  { org: "nav-bergen", name: "Eirik Nesttun", email: "eirik.nesttun@nav.example", user: true },
];
const WEDNESDAY = 3;

export async function seedVestlandCouncil(tx: Tx, anchor: Date): Promise<void> {
  const clock = new SeedClock(anchor);
  const c = VESTLAND_COUNCIL;
  const founded = osloAt(clock, -60, "10:00");
  const meetingDay = onWeekday(clock, 21, WEDNESDAY);
  await tx
    .insert(councils)
    .values({
      id: c.id,
      name: c.name,
      city: "Bergen",
      cities: ["Bergen", "Askøy"],
      chairId: org(c.chair),
      secretariatId: org(c.secretariat),
      createdAt: founded,
    })
    .onConflictDoNothing();
  await tx
    .insert(councilMembers)
    .values(
      c.members.map((key) => ({
        id: stableId(`council:vestland:member:${key}`),
        councilId: c.id,
        organizationId: org(key),
        memberSince: founded,
      })),
    )
    .onConflictDoNothing();
  await tx
    .insert(councilRepresentatives)
    .values(
      REPRESENTATIVES.map((r) => ({
        id: stableId(`council:vestland:rep:${r.email}`),
        councilId: c.id,
        organizationId: org(r.org),
        userId: r.user ? stableId(`user:${r.email}`) : null,
        name: r.name,
        email: r.email,
        createdAt: founded,
      })),
    )
    .onConflictDoNothing();
  await tx
    .insert(councilMeetings)
    .values({
      id: c.meeting.id,
      councilId: c.id,
      title: c.meeting.title,
      startsAt: osloAt(clock, meetingDay, "10:00"),
      endsAt: osloAt(clock, meetingDay, "12:00"),
      venue: "Fylkeshuset, Agnes Mowinckels gate 5, Bergen",
      createdAt: founded,
      updatedAt: founded,
    })
    .onConflictDoNothing();
  const year = anchor.getUTCFullYear();
  await tx
    .insert(councilGoals)
    .values({
      id: c.goal.id,
      councilId: c.id,
      title: c.goal.title,
      why: "Lærlingplass gir fagbrev, og fagbrev gir varig arbeid. Fylket og partene vil åpne flere plasser for nyankomne.",
      level: "meso",
      baseline: 12,
      target: 40,
      startsOn: `${year}-01-01`,
      deadline: `${year + 2}-12-31`,
      unit: "count",
      measure: "manual",
      createdAt: founded,
      updatedAt: founded,
    })
    .onConflictDoNothing();
}
