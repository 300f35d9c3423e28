// Demo employer profiles: industry, size, address, association membership, the municipality's
// contact person and the employer's own contact people. Deterministic and idempotent: every
// row has a stable id; profiles are set with an update by id, the rest "on conflict do update".
import { eq, sql } from "drizzle-orm";
import type { Tx } from "../index";
import { associationMembers, employerContacts, employerRelations, organizations } from "../schema";
import type { Industry, SizeBand } from "../schema/organizations";
import { AREAS } from "./caseload-data";
import { CITIES, employers, people } from "./data";
import { stableId } from "./ids";

type City = (typeof CITIES)[number];

interface Profile {
  industry: Industry;
  sizeBand: SizeBand;
  street: string;
  /** An index into AREAS[city], so employers share the areas participants live in. */
  area: number;
  member: boolean;
  /** A second contact without a user account (HR, daily manager). */
  hr?: { name: string; title: string };
}

// One profile per employer, in the order of employerNames in data.ts (Bergen then Trondheim).
const PROFILES: Record<City, Profile[]> = {
  Bergen: [
    {
      industry: "construction",
      sizeBand: "50-249",
      street: "Sjøgaten 14",
      area: 1,
      member: true,
      hr: { name: "Kari Nordbø", title: "HR-leder" },
    },
    {
      industry: "hospitality",
      sizeBand: "50-249",
      street: "Bryggen 7",
      area: 1,
      member: true,
      hr: { name: "Sindre Vik", title: "Hotelldirektør" },
    },
    { industry: "cleaning", sizeBand: "10-49", street: "Sandviksveien 41", area: 1, member: false },
    { industry: "engineering", sizeBand: "10-49", street: "Damsgårdsveien 88", area: 4, member: true },
    {
      industry: "kindergarten",
      sizeBand: "50-249",
      street: "Fjellveien 3",
      area: 1,
      member: false,
      hr: { name: "Hanne Fløysvik", title: "Styrer" },
    },
    { industry: "manufacturing", sizeBand: "10-49", street: "Nordnesgaten 22", area: 1, member: true },
    {
      industry: "logistics",
      sizeBand: "50-249",
      street: "Åsamyrane 120",
      area: 7,
      member: false,
      hr: { name: "Geir Tertnes", title: "Lagersjef" },
    },
    { industry: "engineering", sizeBand: "10-49", street: "Kringsjåveien 15", area: 4, member: true },
    {
      industry: "health_care",
      sizeBand: "250+",
      street: "Nesttunbrekka 9",
      area: 2,
      member: false,
      hr: { name: "Berit Skjold", title: "Avdelingsleder" },
    },
    { industry: "hospitality", sizeBand: "10-49", street: "Kaigaten 4", area: 1, member: true },
    { industry: "office", sizeBand: "1-9", street: "Olav Kyrres gate 49", area: 1, member: false },
    { industry: "office", sizeBand: "10-49", street: "Damsgårdsveien 165", area: 4, member: true },
    { industry: "construction", sizeBand: "1-9", street: "Møhlenprisbakken 2", area: 1, member: false },
    { industry: "logistics", sizeBand: "10-49", street: "Arnavegen 30", area: 0, member: false },
    {
      industry: "health_care",
      sizeBand: "50-249",
      street: "Solheimsgaten 18",
      area: 6,
      member: false,
      hr: { name: "Turid Haugland", title: "Institusjonsleder" },
    },
  ],
  Trondheim: [
    {
      industry: "construction",
      sizeBand: "50-249",
      street: "Kjøpmannsgata 31",
      area: 0,
      member: true,
      hr: { name: "Ståle Rønning", title: "Personalsjef" },
    },
    { industry: "hospitality", sizeBand: "1-9", street: "Øvre Bakklandet 12", area: 1, member: true },
    {
      industry: "cleaning",
      sizeBand: "10-49",
      street: "Haakon VIIs gate 5",
      area: 1,
      member: false,
      hr: { name: "Anne Lade", title: "Daglig leder" },
    },
    { industry: "engineering", sizeBand: "10-49", street: "Heimdalsvegen 17", area: 3, member: true },
    {
      industry: "kindergarten",
      sizeBand: "50-249",
      street: "Byåsveien 150",
      area: 2,
      member: false,
      hr: { name: "Marte Stavne", title: "Styrer" },
    },
    { industry: "manufacturing", sizeBand: "10-49", street: "Beddingen 8", area: 1, member: true },
    { industry: "logistics", sizeBand: "50-249", street: "Tillerbyen 4", area: 3, member: false },
    { industry: "engineering", sizeBand: "10-49", street: "Ilevollen 11", area: 0, member: true },
    {
      industry: "health_care",
      sizeBand: "250+",
      street: "Moholt allé 20",
      area: 2,
      member: false,
      hr: { name: "Jorunn Berg", title: "Avdelingsleder" },
    },
    { industry: "hospitality", sizeBand: "10-49", street: "Høgskoleringen 1", area: 2, member: true },
    { industry: "office", sizeBand: "1-9", street: "Munkegata 26", area: 0, member: false },
    { industry: "office", sizeBand: "10-49", street: "Sluppenvegen 10", area: 2, member: true },
    { industry: "construction", sizeBand: "1-9", street: "Rosenborggata 6", area: 1, member: false },
    { industry: "logistics", sizeBand: "10-49", street: "Ranheimsvegen 180", area: 1, member: false },
    {
      industry: "health_care",
      sizeBand: "50-249",
      street: "Kattemsvegen 2",
      area: 3,
      member: false,
      hr: { name: "Liv Saupstad", title: "Institusjonsleder" },
    },
  ],
};

/** "Fjordkanten Bygg AS" → "fjordkanten-bygg". */
export function employerSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/\bas$/, "")
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .replace(/é/g, "e")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** The city's staff who can be an employer's contact: the demo consultant first, so employer 1 gets them. */
function contactStaff(city: City): string[] {
  const org = `${city.toLowerCase()}-kommune`;
  const staff = people.filter((p) => p.org === org && (p.role === "consultant" || p.role === "job_specialist"));
  const demoConsultant = staff.filter((p) => p.demo && p.role === "consultant");
  return [...demoConsultant, ...staff.filter((p) => !demoConsultant.includes(p))].map((p) => p.email);
}

function daysBefore(anchor: Date, days: number): string {
  return new Date(anchor.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

export async function seedEmployers(tx: Tx, anchor: Date): Promise<void> {
  const members: (typeof associationMembers.$inferInsert)[] = [];
  const relations: (typeof employerRelations.$inferInsert)[] = [];
  const contactRows: (typeof employerContacts.$inferInsert)[] = [];

  for (const city of CITIES) {
    const cityEmployers = employers.filter((e) => e.city === city);
    const staff = contactStaff(city);
    const municipalityId = stableId(`org:${city.toLowerCase()}-kommune`);
    const associationId = stableId(`org:${city.toLowerCase()}-naering`);
    for (const [i, e] of cityEmployers.entries()) {
      const p = PROFILES[city][i];
      const employerId = stableId(`org:${e.key}`);
      await tx
        .update(organizations)
        .set({
          industry: p.industry,
          sizeBand: p.sizeBand,
          address: `${p.street}, ${city}`,
          area: AREAS[city][p.area],
          website: `https://${employerSlug(e.name)}.example`,
        })
        .where(eq(organizations.id, employerId));
      if (p.member) {
        members.push({
          id: stableId(`association-member:${e.key}`),
          associationId,
          employerId,
          memberSince: daysBefore(anchor, 200 + i * 97),
        });
      }
      relations.push({
        id: stableId(`employer-relation:${e.key}`),
        municipalityId,
        employerId,
        contactUserId: stableId(`user:${staff[i % staff.length]}`),
      });
      for (const person of people.filter((x) => x.org === e.key && x.role === "employer")) {
        contactRows.push({
          id: stableId(`employer-contact:${e.key}:${person.email}`),
          employerId,
          name: person.name,
          title: "Daglig leder",
          email: person.email,
          userId: stableId(`user:${person.email}`),
        });
      }
      if (p.hr) {
        contactRows.push({
          id: stableId(`employer-contact:${e.key}:hr`),
          employerId,
          name: p.hr.name,
          title: p.hr.title,
          email: `${employerSlug(p.hr.name)}@${employerSlug(e.name)}.example`,
          phone: `9${String(1_000_000 + i * 73_129 + (city === "Bergen" ? 0 : 5_000_000)).padStart(7, "0")}`,
        });
      }
    }
  }

  await tx
    .insert(associationMembers)
    .values(members)
    .onConflictDoUpdate({
      target: [associationMembers.associationId, associationMembers.employerId],
      set: { memberSince: sql`excluded.member_since` },
    });
  await tx
    .insert(employerRelations)
    .values(relations)
    .onConflictDoUpdate({
      target: [employerRelations.municipalityId, employerRelations.employerId],
      set: { contactUserId: sql`excluded.contact_user_id` },
    });
  await tx
    .insert(employerContacts)
    .values(contactRows)
    .onConflictDoUpdate({
      target: employerContacts.id,
      set: {
        name: sql`excluded.name`,
        title: sql`excluded.title`,
        email: sql`excluded.email`,
        phone: sql`excluded.phone`,
      },
    });
}
