// The operator's council forms (/admin/councils). Municipalities and members are one checkbox each:
// FormData keeps only the last value of a repeated name, so each box has its own name.
import { z } from "zod";
import { UUID } from "@/lib/ids";

/** A municipality's box carries its name as the value (a name may hold spaces, so not in the key). */
export const cityField = (index: number) => `city_${index}`;
/** A member organization's box: `member_<id>` = "on". */
export const memberField = (organizationId: string) => `member_${organizationId}`;
const CITY = /^city_\d{1,4}$/;
const MEMBER = /^member_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

const id = z.string().regex(UUID, "invalid");
const name = z.string().trim().min(1, "required").max(120, "councilAdmin.errors.nameTooLong");
// A chair or secretariat left empty is named at its field by the setup rules ("must be a member").
const role = z.union([z.literal(""), id]);

const citiesOf = (raw: Record<string, string>) =>
  Object.entries(raw)
    .filter(([k, v]) => CITY.test(k) && v.trim() !== "")
    .map(([, v]) => v.trim());
const membersOf = (raw: Record<string, string>) =>
  Object.entries(raw)
    .map(([k, v]) => (v === "on" ? MEMBER.exec(k)?.[1] : undefined))
    .filter((v): v is string => Boolean(v));

/** A new council: name, municipalities, members, chair and secretariat. */
export const createCouncilSchema = z
  .object({ name, chairId: role, secretariatId: role })
  .catchall(z.string())
  .transform((v) => ({
    name: v.name,
    chairId: v.chairId,
    secretariatId: v.secretariatId,
    cities: citiesOf(v as Record<string, string>),
    memberIds: [...new Set(membersOf(v as Record<string, string>))],
  }));
export type CreateCouncilInput = z.infer<typeof createCouncilSchema>;

/** A council's name, municipalities, chair and secretariat (members change one by one). */
export const updateCouncilSchema = z
  .object({ councilId: id, name, chairId: role, secretariatId: role })
  .catchall(z.string())
  .transform((v) => ({
    councilId: v.councilId,
    name: v.name,
    chairId: v.chairId,
    secretariatId: v.secretariatId,
    cities: citiesOf(v as Record<string, string>),
  }));
export type UpdateCouncilInput = z.infer<typeof updateCouncilSchema>;

export const addCouncilMemberSchema = z.object({
  councilId: id,
  organizationId: z.string().regex(UUID, "councilAdmin.errors.chooseOrganization"),
});
export const endCouncilMemberSchema = z.object({ councilId: id, memberId: id });
