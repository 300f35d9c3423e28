/** An error whose message key (in the "errors" messages) is safe to show the user. */
export class UserError extends Error {
  constructor(
    readonly key: string,
    readonly field?: string,
  ) {
    super(key);
  }
}

/** Thrown when a scoped query finds nothing: the id is unknown or belongs to someone else. */
export class NotFoundError extends Error {
  constructor(what = "resource") {
    super(`${what} not found`);
  }
}
