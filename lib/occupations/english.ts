// Our English names where the sources have none (see README.md): the top-level job categories of
// arbeidsplassen.no, and the three unit groups that only STYRK-08 has. Subcategories keep NAV's
// bokmål names in English too (marked lang="nb" where shown).

export const CATEGORY_EN: Record<string, string> = {
  "Bygg og anlegg": "Building and construction",
  "Helse og sosial": "Health and social care",
  Håndverkere: "Crafts and trades",
  "Industri og produksjon": "Industry and production",
  IT: "IT",
  "Kontor og økonomi": "Office, finance and administration",
  "Kultur og kreative yrker": "Culture and creative work",
  "Natur og miljø": "Nature and environment",
  "Reiseliv og mat": "Tourism and food",
  "Salg og service": "Sales and service",
  "Sikkerhet og beredskap": "Safety and emergency services",
  "Transport og lager": "Transport and warehousing",
  Utdanning: "Education",
};

/** STYRK-08 unit groups that ISCO-08 does not have. */
export const STYRK_ONLY_EN: Record<string, string> = {
  "2223": "Nurses",
  "2224": "Social educators (vernepleiere)",
  "3439": "Other occupations in aesthetic fields",
};
