// People who sign in, their organizations, email, rate limits and background jobs
// (db/schema/auth.ts, organizations.ts, email.ts, security.ts, jobs.ts).
import { sql } from "drizzle-orm";
import {
  accounts,
  emailAttempts,
  emailOutbox,
  jobRuns,
  memberships,
  operators,
  organizations,
  rateLimits,
  sessions,
  setupTokens,
  staffAudit,
  users,
  verificationTokens,
} from "@/db/schema";
import { entry, mentions, STAFF_REFERENCE, via, type DescribedRules, type RegisterEntry } from "./model";

const WITH_ACCOUNT: DescribedRules = {
  erasure: "Deleted with the user row; a deactivated user keeps it but cannot sign in.",
  retention: "Kept as long as the user.",
};

const MAIL_BODIES: DescribedRules = {
  erasure:
    "Not emptied on the person's own request; an email addressed to or naming an erased participant is emptied with the participant's erasure.",
  retention:
    "The retention job empties subject, text and HTML body and attachments (and so every link in them) EMAIL_BODY_RETENTION_DAYS (default 30) after the message was written, once it is sent or failed for good; a queued message is never touched. Address, template, status, attempts, last error and times stay, to show delivery status. emptyOldEmailBodies in lib/retention/data/outbox.ts.",
};

/** A public candidate's messages: emptied with the body rule, and whole when their registration goes. */
const CANDIDATE_MAIL: DescribedRules = {
  erasure: MAIL_BODIES.erasure,
  retention: `${MAIL_BODIES.retention} When the retention job deletes a public candidate's registration, messages addressed to or naming them are emptied like an erased participant's, address included (deletePublicCandidates in lib/retention/data/fair-candidates.ts, through eraseMentions in lib/privacy/data/erase.ts).`,
};

const ATTEMPT_ERRORS: DescribedRules = {
  erasure: "A provider's error is cleared with an erased participant's message (see the participant rule).",
  retention:
    "Kept with the message as its delivery status; cleared when a public candidate's message is emptied with their registration (eraseMentions).",
};

const COUNTERS: DescribedRules = {
  erasure: "Not erased on request: counters are short-lived (see retention).",
  retention: "Deleted once RATE_LIMIT_KEEP_HOURS old, the next time a counting window opens.",
};

export const accountsRegister: RegisterEntry[] = [
  entry(users, {
    purpose: "Everyone who signs in: staff of municipalities, employers, associations and partners.",
    personal: [users.name, users.email, users.image, users.phone],
    freeText: [],
    staff: {
      erasure:
        "Deactivated by an admin: signing in stops, the name stays on history, the phone number is deleted. The person changes or clears their own name and phone on /account.",
      retention:
        "Kept while history refers to the person. The phone, which the person adds themself, is shown to the employers they are the contact person of.",
    },
  }),
  entry(accounts, {
    purpose: "A user's accounts with a sign-in provider (Auth.js).",
    personal: [accounts.userId, accounts.providerAccountId],
    freeText: [],
    staff: WITH_ACCOUNT,
  }),
  entry(sessions, {
    purpose: "Signed-in sessions.",
    personal: [sessions.userId, sessions.sessionToken],
    freeText: [],
    staff: {
      erasure: 'Deleted with the user, when the user is deactivated, and by "sign out everywhere".',
      retention:
        "A session ends SESSION_MAX_AGE_HOURS after the last activity and at the latest SESSION_ABSOLUTE_HOURS after sign-in.",
    },
  }),
  entry(verificationTokens, {
    purpose: "Sign-in and invitation links sent by email and not yet used, by email address.",
    personal: [verificationTokens.identifier],
    freeText: [],
    staff: {
      erasure: "Deleted when used, and when the user is deactivated.",
      retention: "A sign-in link is void after MAGIC_LINK_MINUTES, an invitation link after INVITATION_DAYS.",
    },
  }),
  entry(organizations, {
    purpose: "Municipalities, employers, associations and partners (business data, not people).",
    personal: [],
    freeText: [],
  }),
  entry(operators, {
    purpose: "The operators of the installation, who set up organizations and councils on /admin.",
    personal: [operators.userId, operators.invitedBy],
    freeText: [],
    staff: {
      erasure: "Deleted with the user; another operator removes an operator on /admin/operators.",
      retention: "Kept while the person operates the installation.",
    },
  }),
  entry(setupTokens, {
    purpose: "The one-time setup link of a new installation: a hash and an expiry, never the link.",
    personal: [],
    freeText: [],
  }),
  entry(memberships, {
    purpose: "Which person has which role in which organization.",
    personal: [memberships.userId],
    freeText: [],
    staff: {
      erasure:
        "Deleted when an admin removes the person from the organization; when it is the person's last one, the user is deactivated instead and it stays with the name on history.",
      retention: "Kept while the person holds the role.",
    },
  }),
  entry(emailOutbox, {
    purpose: "Every email Lagspill sends, kept to deliver it, retry it and show its delivery status.",
    personal: [
      emailOutbox.toAddress,
      emailOutbox.subject,
      emailOutbox.textBody,
      emailOutbox.htmlBody,
      emailOutbox.attachments,
    ],
    freeText: [emailOutbox.subject, emailOutbox.textBody, emailOutbox.htmlBody, emailOutbox.lastError],
    participant: {
      // No foreign key leads here. A message is the person's when it is addressed to one of
      // their addresses (the record's or a fair registration's, in any case); erasure also
      // empties any message whose subject, bodies, attachments or error contain their whole
      // name, address, phone or case number (lib/privacy/identifiers.ts): a staff digest or a
      // schedule naming them. A first name alone is not searched, since others share it. Over-
      // reaching is harmless: a message that is emptied by mistake keeps its delivery status.
      reach: mentions(emailOutbox.toAddress, [
        emailOutbox.subject,
        emailOutbox.textBody,
        emailOutbox.htmlBody,
        emailOutbox.attachments,
        emailOutbox.lastError,
      ]),
      // Delivery status and times stay. A message not yet sent is never sent: it would go to an
      // empty address with an empty body.
      erasure: {
        do: "anonymize",
        set: {
          toAddress: "",
          subject: "",
          textBody: "",
          htmlBody: null,
          attachments: null,
          lastError: null,
          lockedUntil: null,
          status: sql`case when ${emailOutbox.status} = 'pending' then 'failed'::email_status else ${emailOutbox.status} end`,
        },
      },
      retention: "as_erasure",
      export: { key: "emails", orderBy: emailOutbox.createdAt },
    },
    staff: MAIL_BODIES,
    publicCandidate: CANDIDATE_MAIL,
    employerContact: MAIL_BODIES,
  }),
  entry(emailAttempts, {
    purpose: "Each delivery attempt of an email and the provider's error.",
    personal: [emailAttempts.error],
    freeText: [emailAttempts.error],
    participant: {
      reach: via(emailAttempts.emailId, emailOutbox.id),
      // A provider's error may quote the address.
      erasure: { do: "anonymize", set: { error: null } },
      retention: "as_erasure",
      export: { key: "emailAttempts", orderBy: emailAttempts.attemptedAt, nest: { as: "attempts" } },
    },
    staff: ATTEMPT_ERRORS,
    publicCandidate: ATTEMPT_ERRORS,
    employerContact: ATTEMPT_ERRORS,
  }),
  entry(rateLimits, {
    purpose:
      "Counters that slow down repeated sign-in and registration requests, keyed by email address or IP address.",
    personal: [rateLimits.key],
    freeText: [],
    staff: COUNTERS,
    publicCandidate: COUNTERS,
  }),
  entry(staffAudit, {
    purpose: "Who invited, changed the role of, or deactivated whom.",
    personal: [staffAudit.actorUserId, staffAudit.targetUserId, staffAudit.details],
    freeText: [staffAudit.details],
    staff: STAFF_REFERENCE,
  }),
  entry(jobRuns, {
    purpose: "One row per run of a background job, with counts only.",
    personal: [],
    freeText: [],
  }),
];
