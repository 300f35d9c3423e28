CREATE TABLE "operators" (
	"user_id" text PRIMARY KEY NOT NULL,
	"invited_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "setup_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "setup_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "council_members" DROP CONSTRAINT "council_members_key";--> statement-breakpoint
ALTER TABLE "staff_audit" ALTER COLUMN "organization_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "locale" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "municipality_number" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "county" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "deactivated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "council_members" ADD COLUMN "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "council_members" ADD COLUMN "member_since" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "council_members" ADD COLUMN "member_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "councils" ADD COLUMN "cities" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "operators" ADD CONSTRAINT "operators_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "operators" ADD CONSTRAINT "operators_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "operators_invited_by_idx" ON "operators" USING btree ("invited_by");--> statement-breakpoint
CREATE UNIQUE INDEX "council_members_current_key" ON "council_members" USING btree ("council_id","organization_id") WHERE "council_members"."member_until" is null;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_municipality_number_unique" UNIQUE("municipality_number");--> statement-breakpoint
UPDATE "councils" SET "cities" = ARRAY["city"];--> statement-breakpoint
UPDATE "council_members" m SET "member_since" = c."created_at" FROM "councils" c WHERE c."id" = m."council_id";
