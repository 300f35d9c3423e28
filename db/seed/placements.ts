import type { Tx } from "../index";

/** Demo placements (filled in by the pipeline work). */
export async function seedPlacements(_tx: Tx, _anchor: Date): Promise<void> {}
