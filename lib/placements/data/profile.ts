// What an employer may see of a candidate, loaded in one place so nothing else slips in.
import "server-only";
import { asc, desc, eq } from "drizzle-orm";
import type { Tx } from "@/db";
import { participantExperience, participantLanguages, participantWishes, participants } from "@/db/schema";
import type { Cefr, EducationLevel } from "@/db/schema/participants";

/**
 * What an employer may see of a candidate: the fields the participant consented to share.
 * Never the last name, country of origin, contact details or notes — those are not selected.
 */
export interface ConsentedProfile {
  firstName: string;
  norwegian: { reading: Cefr | null; writing: Cefr | null; speaking: Cefr | null; listening: Cefr | null };
  languages: { language: string; level: Cefr }[];
  educationLevel: EducationLevel;
  educationField: string | null;
  experience: { iscoCode: string; years: number }[];
  wishes: string[];
}

export async function loadConsentedProfile(tx: Tx, participantId: string): Promise<ConsentedProfile> {
  const [p] = await tx
    .select({
      firstName: participants.firstName,
      reading: participants.norwegianReading,
      writing: participants.norwegianWriting,
      speaking: participants.norwegianSpeaking,
      listening: participants.norwegianListening,
      educationLevel: participants.educationLevel,
      educationField: participants.educationField,
    })
    .from(participants)
    .where(eq(participants.id, participantId));
  const [languages, experience, wishes] = await Promise.all([
    tx
      .select({ language: participantLanguages.language, level: participantLanguages.level })
      .from(participantLanguages)
      .where(eq(participantLanguages.participantId, participantId))
      .orderBy(asc(participantLanguages.language)),
    tx
      .select({ iscoCode: participantExperience.iscoCode, years: participantExperience.years })
      .from(participantExperience)
      .where(eq(participantExperience.participantId, participantId))
      .orderBy(desc(participantExperience.years)),
    tx
      .select({ iscoCode: participantWishes.iscoCode })
      .from(participantWishes)
      .where(eq(participantWishes.participantId, participantId))
      .orderBy(asc(participantWishes.rank)),
  ]);
  const { firstName, reading, writing, speaking, listening, educationLevel, educationField } = p;
  return {
    firstName,
    norwegian: { reading, writing, speaking, listening },
    languages,
    experience,
    wishes: wishes.map((w) => w.iscoCode),
    educationLevel,
    educationField,
  };
}
