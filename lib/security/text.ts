// Shared by the form schemas: PostgreSQL text cannot hold the NUL character (U+0000), so a
// field containing it is refused as invalid instead of failing the insert with a server error.
// Browsers never type it; a tampered request can send it (found by lib/security/fuzz.db.test.ts).
export const hasNoNul = (v: string) => !v.includes("\u0000");
