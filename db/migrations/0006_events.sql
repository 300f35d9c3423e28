CREATE TYPE "public"."candidate_status" AS ENUM('registered', 'waitlisted', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."event_kind" AS ENUM('career_fair', 'info_meeting', 'breakfast_meeting', 'recruitment_seminar');--> statement-breakpoint
CREATE TYPE "public"."event_status" AS ENUM('draft', 'published', 'completed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."invitation_status" AS ENUM('sent', 'registered', 'declined');--> statement-breakpoint
CREATE TYPE "public"."lead_kind" AS ENUM('follow_up_interview', 'internship', 'job', 'no_follow_up');--> statement-breakpoint
CREATE TYPE "public"."stand_status" AS ENUM('registered', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."wish_by" AS ENUM('candidate', 'employer');--> statement-breakpoint
ALTER TYPE "public"."follow_up_source" ADD VALUE 'fair_lead';--> statement-breakpoint
CREATE TABLE "event_cohosts" (
	"event_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	CONSTRAINT "event_cohosts_key" UNIQUE("event_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"association_id" uuid NOT NULL,
	"kind" "event_kind" NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"venue" text NOT NULL,
	"capacity" integer,
	"stand_capacity" integer,
	"registration_opens_at" timestamp with time zone,
	"registration_closes_at" timestamp with time zone,
	"min_education" "education_level",
	"interview_starts_at" timestamp with time zone,
	"interview_minutes" smallint,
	"interview_rounds" smallint,
	"schedule_published_at" timestamp with time zone,
	"status" "event_status" DEFAULT 'draft' NOT NULL,
	"created_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fair_candidates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"participant_id" uuid,
	"registered_by" text,
	"name" text NOT NULL,
	"email" text,
	"phone" text,
	"education_level" "education_level" NOT NULL,
	"education_field" text,
	"occupations" text[] DEFAULT '{}'::text[] NOT NULL,
	"norwegian_level" "cefr_level",
	"english_level" "cefr_level",
	"country_of_origin" text,
	"country_consent" boolean DEFAULT false NOT NULL,
	"share_with_exhibitors" boolean DEFAULT false NOT NULL,
	"status" "candidate_status" DEFAULT 'registered' NOT NULL,
	"walk_in" boolean DEFAULT false NOT NULL,
	"checked_in_at" timestamp with time zone,
	"no_show" boolean DEFAULT false NOT NULL,
	"manage_token_hash" text,
	"locale" text DEFAULT 'nb' NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fair_candidates_manage_token_hash_unique" UNIQUE("manage_token_hash")
);
--> statement-breakpoint
CREATE TABLE "fair_interviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"stand_id" uuid NOT NULL,
	"round" smallint NOT NULL,
	"table_no" smallint NOT NULL,
	"manual" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fair_leads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"stand_id" uuid NOT NULL,
	"kind" "lead_kind" NOT NULL,
	"note" text,
	"created_by" text,
	"follow_up_id" uuid,
	"placement_id" uuid,
	"handled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fair_leads_key" UNIQUE("candidate_id","stand_id")
);
--> statement-breakpoint
CREATE TABLE "fair_stand_slots" (
	"stand_id" uuid NOT NULL,
	"slot_id" uuid NOT NULL,
	CONSTRAINT "fair_stand_slots_key" UNIQUE("stand_id","slot_id")
);
--> statement-breakpoint
CREATE TABLE "fair_stands" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"representatives" smallint DEFAULT 1 NOT NULL,
	"occupations" text[] DEFAULT '{}'::text[] NOT NULL,
	"tables" smallint DEFAULT 1 NOT NULL,
	"stand_number" text,
	"status" "stand_status" DEFAULT 'registered' NOT NULL,
	"registered_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fair_stands_key" UNIQUE("event_id","employer_id")
);
--> statement-breakpoint
CREATE TABLE "fair_wishes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"stand_id" uuid NOT NULL,
	"by" "wish_by" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fair_wishes_key" UNIQUE("candidate_id","stand_id","by")
);
--> statement-breakpoint
CREATE TABLE "invitation_campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"industry" text,
	"size_band" text,
	"created_by" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invitation_recipients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"campaign_id" uuid NOT NULL,
	"employer_id" uuid,
	"email" text NOT NULL,
	"token_hash" text NOT NULL,
	"status" "invitation_status" DEFAULT 'sent' NOT NULL,
	"send_count" smallint DEFAULT 1 NOT NULL,
	"last_sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"responded_at" timestamp with time zone,
	CONSTRAINT "invitation_recipients_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "invitation_recipients_key" UNIQUE("campaign_id","email")
);
--> statement-breakpoint
CREATE TABLE "invitation_unsubscribes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"association_id" uuid NOT NULL,
	"email" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invitation_unsubscribes_key" UNIQUE("association_id","email")
);
--> statement-breakpoint
ALTER TABLE "association_members" ADD COLUMN "contact_name" text;--> statement-breakpoint
ALTER TABLE "association_members" ADD COLUMN "contact_email" text;--> statement-breakpoint
ALTER TABLE "event_cohosts" ADD CONSTRAINT "event_cohosts_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_cohosts" ADD CONSTRAINT "event_cohosts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_association_id_organizations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_candidates" ADD CONSTRAINT "fair_candidates_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_candidates" ADD CONSTRAINT "fair_candidates_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_candidates" ADD CONSTRAINT "fair_candidates_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_interviews" ADD CONSTRAINT "fair_interviews_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_interviews" ADD CONSTRAINT "fair_interviews_candidate_id_fair_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."fair_candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_interviews" ADD CONSTRAINT "fair_interviews_stand_id_fair_stands_id_fk" FOREIGN KEY ("stand_id") REFERENCES "public"."fair_stands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_leads" ADD CONSTRAINT "fair_leads_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_leads" ADD CONSTRAINT "fair_leads_candidate_id_fair_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."fair_candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_leads" ADD CONSTRAINT "fair_leads_stand_id_fair_stands_id_fk" FOREIGN KEY ("stand_id") REFERENCES "public"."fair_stands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_leads" ADD CONSTRAINT "fair_leads_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_leads" ADD CONSTRAINT "fair_leads_follow_up_id_follow_ups_id_fk" FOREIGN KEY ("follow_up_id") REFERENCES "public"."follow_ups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_leads" ADD CONSTRAINT "fair_leads_placement_id_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."placements"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_stand_slots" ADD CONSTRAINT "fair_stand_slots_stand_id_fair_stands_id_fk" FOREIGN KEY ("stand_id") REFERENCES "public"."fair_stands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_stand_slots" ADD CONSTRAINT "fair_stand_slots_slot_id_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."slots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_stands" ADD CONSTRAINT "fair_stands_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_stands" ADD CONSTRAINT "fair_stands_employer_id_organizations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_stands" ADD CONSTRAINT "fair_stands_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_wishes" ADD CONSTRAINT "fair_wishes_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_wishes" ADD CONSTRAINT "fair_wishes_candidate_id_fair_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."fair_candidates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_wishes" ADD CONSTRAINT "fair_wishes_stand_id_fair_stands_id_fk" FOREIGN KEY ("stand_id") REFERENCES "public"."fair_stands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation_campaigns" ADD CONSTRAINT "invitation_campaigns_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation_campaigns" ADD CONSTRAINT "invitation_campaigns_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation_recipients" ADD CONSTRAINT "invitation_recipients_campaign_id_invitation_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."invitation_campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation_recipients" ADD CONSTRAINT "invitation_recipients_employer_id_organizations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitation_unsubscribes" ADD CONSTRAINT "invitation_unsubscribes_association_id_organizations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_cohosts_org_idx" ON "event_cohosts" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "events_association_starts_idx" ON "events" USING btree ("association_id","starts_at");--> statement-breakpoint
CREATE INDEX "events_created_by_idx" ON "events" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "fair_candidates_event_status_idx" ON "fair_candidates" USING btree ("event_id","status","registered_at");--> statement-breakpoint
CREATE UNIQUE INDEX "fair_candidates_event_email_key" ON "fair_candidates" USING btree ("event_id","email") WHERE email is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "fair_candidates_event_participant_key" ON "fair_candidates" USING btree ("event_id","participant_id") WHERE participant_id is not null;--> statement-breakpoint
CREATE INDEX "fair_candidates_participant_idx" ON "fair_candidates" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "fair_candidates_registered_by_idx" ON "fair_candidates" USING btree ("registered_by");--> statement-breakpoint
CREATE INDEX "fair_interviews_event_round_idx" ON "fair_interviews" USING btree ("event_id","round");--> statement-breakpoint
CREATE INDEX "fair_interviews_candidate_idx" ON "fair_interviews" USING btree ("candidate_id");--> statement-breakpoint
CREATE INDEX "fair_interviews_stand_idx" ON "fair_interviews" USING btree ("stand_id");--> statement-breakpoint
CREATE INDEX "fair_leads_event_idx" ON "fair_leads" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "fair_leads_stand_idx" ON "fair_leads" USING btree ("stand_id");--> statement-breakpoint
CREATE INDEX "fair_leads_created_by_idx" ON "fair_leads" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "fair_leads_follow_up_idx" ON "fair_leads" USING btree ("follow_up_id");--> statement-breakpoint
CREATE INDEX "fair_leads_placement_idx" ON "fair_leads" USING btree ("placement_id");--> statement-breakpoint
CREATE INDEX "fair_stand_slots_slot_idx" ON "fair_stand_slots" USING btree ("slot_id");--> statement-breakpoint
CREATE INDEX "fair_stands_employer_idx" ON "fair_stands" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "fair_stands_registered_by_idx" ON "fair_stands" USING btree ("registered_by");--> statement-breakpoint
CREATE INDEX "fair_wishes_event_idx" ON "fair_wishes" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "fair_wishes_stand_idx" ON "fair_wishes" USING btree ("stand_id");--> statement-breakpoint
CREATE INDEX "invitation_campaigns_event_idx" ON "invitation_campaigns" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "invitation_campaigns_created_by_idx" ON "invitation_campaigns" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "invitation_recipients_employer_idx" ON "invitation_recipients" USING btree ("employer_id");