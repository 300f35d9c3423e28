// Server actions anyone may call without signing in, built with `action(schema, { public: true }, …)`.
// Each one is a public POST endpoint with no permission check, so each needs its own limits
// (rate limits, a token, or nothing worth abusing). Adding one means reviewing it: the test in
// server-actions.test.ts fails when a public action is missing here or an entry no longer exists.
export const PUBLIC_ACTIONS = [
  // Sign-in: asks for a magic link; rate-limited per email and per IP.
  "app/(auth)/sign-in/actions.ts#requestMagicLinkAction",
  // Public fair registration: rate-limited per IP, per email and per fair; an address already
  // registered changes nothing, its owner gets the manage link again.
  "app/(public)/fairs/[id]/actions.ts#registerForFairAction",
  // A candidate's own registration, reached by the manage token in their email.
  "app/(public)/fairs/registration/[token]/actions.ts#saveWishesAction",
  "app/(public)/fairs/registration/[token]/actions.ts#saveSharingAction",
  "app/(public)/fairs/registration/[token]/actions.ts#cancelRegistrationAction",
  "app/(public)/fairs/registration/[token]/actions.ts#deleteRegistrationAction",
  // An employer's answer to a fair invitation, reached by the invitation token.
  "app/(public)/invitations/[token]/actions.ts#respondInvitationAction",
  "app/(public)/invitations/[token]/actions.ts#unsubscribeInvitationAction",
  // The first operator of a new installation, reached by the setup token from the server's log
  // (256 random bits, 24 hours, one use); refused for everyone once an operator exists.
  "app/(auth)/setup/[token]/actions.ts#claimSetupAction",
  // Demo mode only (404 otherwise): the weekly digest into the demo outbox now.
  "app/dev/outbox/actions.ts#sendDigestNowAction",
  // The language cookie, and signing out the caller's own session.
  "components/layout/actions.ts#setLocaleAction",
  "components/layout/actions.ts#signOutAction",
] as const;
