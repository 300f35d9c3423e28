import type { Tx } from "../index";

/** Demo employers (filled in by the pipeline work). */
export async function seedEmployers(_tx: Tx, _anchor: Date): Promise<void> {}
