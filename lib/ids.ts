// Ids that come from a URL or a form: checked before they reach a query (UUID for zod schemas, isUuid
// for route params), so a malformed id is a plain 404 or a field error, never a database error.
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (id: string): boolean => UUID.test(id);
