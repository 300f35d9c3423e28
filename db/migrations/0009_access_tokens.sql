CREATE TYPE "public"."access_token_purpose" AS ENUM('fair_manage', 'invitation');--> statement-breakpoint
CREATE TABLE "access_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"purpose" "access_token_purpose" NOT NULL,
	"fair_candidate_id" uuid,
	"invitation_recipient_id" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "access_tokens_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "access_tokens_target_check" CHECK (("access_tokens"."purpose" = 'fair_manage' and "access_tokens"."fair_candidate_id" is not null and "access_tokens"."invitation_recipient_id" is null) or ("access_tokens"."purpose" = 'invitation' and "access_tokens"."invitation_recipient_id" is not null and "access_tokens"."fair_candidate_id" is null))
);
--> statement-breakpoint
ALTER TABLE "fair_candidates" DROP CONSTRAINT "fair_candidates_manage_token_hash_unique";--> statement-breakpoint
ALTER TABLE "invitation_recipients" DROP CONSTRAINT "invitation_recipients_token_hash_unique";--> statement-breakpoint
ALTER TABLE "access_tokens" ADD CONSTRAINT "access_tokens_fair_candidate_id_fair_candidates_id_fk" FOREIGN KEY ("fair_candidate_id") REFERENCES "public"."fair_candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_tokens" ADD CONSTRAINT "access_tokens_invitation_recipient_id_invitation_recipients_id_fk" FOREIGN KEY ("invitation_recipient_id") REFERENCES "public"."invitation_recipients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "access_tokens_fair_candidate_idx" ON "access_tokens" USING btree ("fair_candidate_id");--> statement-breakpoint
CREATE INDEX "access_tokens_invitation_recipient_idx" ON "access_tokens" USING btree ("invitation_recipient_id");--> statement-breakpoint
-- Hand-written: links already sent keep working. The old hashes move over with the expiry the new
-- rule gives them (lib/access-tokens/rules.ts): manage links 30 days after the fair's end,
-- invitation links at the event's end (a campaign has no end of its own).
INSERT INTO "access_tokens" ("token_hash", "purpose", "fair_candidate_id", "expires_at")
SELECT c."manage_token_hash", 'fair_manage', c."id", e."ends_at" + interval '30 days'
FROM "fair_candidates" c JOIN "events" e ON e."id" = c."event_id"
WHERE c."manage_token_hash" IS NOT NULL;--> statement-breakpoint
INSERT INTO "access_tokens" ("token_hash", "purpose", "invitation_recipient_id", "expires_at")
SELECT r."token_hash", 'invitation', r."id", e."ends_at"
FROM "invitation_recipients" r
JOIN "invitation_campaigns" k ON k."id" = r."campaign_id"
JOIN "events" e ON e."id" = k."event_id";--> statement-breakpoint
ALTER TABLE "fair_candidates" DROP COLUMN "manage_token_hash";--> statement-breakpoint
ALTER TABLE "invitation_recipients" DROP COLUMN "token_hash";