import type { Tx } from "../index";

/** Demo slots (filled in by the pipeline work). */
export async function seedSlots(_tx: Tx, _anchor: Date): Promise<void> {}
