/** A link that looks like the primary button (for "New meeting" and the like). */
export const buttonLink =
  "rounded bg-brand px-4 py-2 font-semibold text-white no-underline hover:bg-brand-dark hover:text-white";
/** A link that looks like the secondary button. */
export const secondaryLink =
  "rounded border-2 border-brand bg-white px-4 py-2 font-semibold text-brand no-underline hover:bg-surface";
