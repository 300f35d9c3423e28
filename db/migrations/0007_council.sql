CREATE TYPE "public"."council_action_status" AS ENUM('open', 'in_progress', 'done', 'dropped');--> statement-breakpoint
CREATE TYPE "public"."commitment_kind" AS ENUM('hours', 'money', 'venue', 'slots', 'events');--> statement-breakpoint
CREATE TYPE "public"."commitment_status" AS ENUM('planned', 'in_progress', 'delivered', 'dropped');--> statement-breakpoint
CREATE TYPE "public"."goal_level" AS ENUM('micro', 'meso', 'macro');--> statement-breakpoint
CREATE TYPE "public"."goal_measure" AS ENUM('live', 'manual');--> statement-breakpoint
CREATE TYPE "public"."goal_metric" AS ENUM('work_or_education_share', 'internship_slots_posted', 'placements_agreed', 'hires', 'employers_first_placement', 'fair_leads_to_placements', 'median_days_to_employer_contact', 'face_to_face_contacts_per_specialist_week', 'first_contact_within_30_days_share');--> statement-breakpoint
CREATE TYPE "public"."goal_unit" AS ENUM('percent', 'count', 'days', 'per_week');--> statement-breakpoint
CREATE TYPE "public"."council_meeting_status" AS ENUM('planned', 'held', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."council_minutes_status" AS ENUM('none', 'draft', 'approved');--> statement-breakpoint
CREATE TABLE "council_action_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action_item_id" uuid NOT NULL,
	"user_id" text,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_action_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"meeting_id" uuid,
	"title" text NOT NULL,
	"owner_org_id" uuid NOT NULL,
	"owner_name" text,
	"owner_representative_id" uuid,
	"due_on" date NOT NULL,
	"status" "council_action_status" DEFAULT 'open' NOT NULL,
	"done_at" timestamp with time zone,
	"created_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"title" text NOT NULL,
	"owner_id" uuid,
	"minutes" smallint,
	"attachment_url" text
);
--> statement-breakpoint
CREATE TABLE "council_attendance" (
	"meeting_id" uuid NOT NULL,
	"representative_id" uuid NOT NULL,
	"present" boolean NOT NULL,
	CONSTRAINT "council_attendance_key" UNIQUE("meeting_id","representative_id")
);
--> statement-breakpoint
CREATE TABLE "council_commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"kind" "commitment_kind" NOT NULL,
	"amount" numeric,
	"description" text NOT NULL,
	"status" "commitment_status" DEFAULT 'planned' NOT NULL,
	"delivered_at" timestamp with time zone,
	"updated_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_goal_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"reported_for" date NOT NULL,
	"value" numeric NOT NULL,
	"note" text,
	"reported_by" text,
	"organization_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"title" text NOT NULL,
	"why" text DEFAULT '' NOT NULL,
	"level" "goal_level" NOT NULL,
	"baseline" numeric NOT NULL,
	"target" numeric NOT NULL,
	"starts_on" date NOT NULL,
	"deadline" date NOT NULL,
	"unit" "goal_unit" NOT NULL,
	"measure" "goal_measure" NOT NULL,
	"metric" "goal_metric",
	"metric_params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"venue" text NOT NULL,
	"status" "council_meeting_status" DEFAULT 'planned' NOT NULL,
	"invitation_sent_at" timestamp with time zone,
	"minutes" text DEFAULT '' NOT NULL,
	"minutes_status" "council_minutes_status" DEFAULT 'none' NOT NULL,
	"minutes_approved_at" timestamp with time zone,
	"minutes_approved_by" text,
	"created_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_members" (
	"council_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	CONSTRAINT "council_members_key" UNIQUE("council_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "council_representatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"user_id" text,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"title" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_representatives_key" UNIQUE("council_id","email")
);
--> statement-breakpoint
CREATE TABLE "councils" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"city" text NOT NULL,
	"chair_id" uuid NOT NULL,
	"secretariat_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "attachments" jsonb;--> statement-breakpoint
ALTER TABLE "council_action_comments" ADD CONSTRAINT "council_action_comments_action_item_id_council_action_items_id_fk" FOREIGN KEY ("action_item_id") REFERENCES "public"."council_action_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_action_comments" ADD CONSTRAINT "council_action_comments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_action_items" ADD CONSTRAINT "council_action_items_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_action_items" ADD CONSTRAINT "council_action_items_meeting_id_council_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."council_meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_action_items" ADD CONSTRAINT "council_action_items_owner_org_id_organizations_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_action_items" ADD CONSTRAINT "council_action_items_owner_representative_id_council_representatives_id_fk" FOREIGN KEY ("owner_representative_id") REFERENCES "public"."council_representatives"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_action_items" ADD CONSTRAINT "council_action_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_agenda_items" ADD CONSTRAINT "council_agenda_items_meeting_id_council_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."council_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_agenda_items" ADD CONSTRAINT "council_agenda_items_owner_id_organizations_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_attendance" ADD CONSTRAINT "council_attendance_meeting_id_council_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."council_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_attendance" ADD CONSTRAINT "council_attendance_representative_id_council_representatives_id_fk" FOREIGN KEY ("representative_id") REFERENCES "public"."council_representatives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_commitments" ADD CONSTRAINT "council_commitments_goal_id_council_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."council_goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_commitments" ADD CONSTRAINT "council_commitments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_commitments" ADD CONSTRAINT "council_commitments_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_decisions" ADD CONSTRAINT "council_decisions_meeting_id_council_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."council_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_goal_reports" ADD CONSTRAINT "council_goal_reports_goal_id_council_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."council_goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_goal_reports" ADD CONSTRAINT "council_goal_reports_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_goal_reports" ADD CONSTRAINT "council_goal_reports_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_goals" ADD CONSTRAINT "council_goals_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_goals" ADD CONSTRAINT "council_goals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meetings" ADD CONSTRAINT "council_meetings_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meetings" ADD CONSTRAINT "council_meetings_minutes_approved_by_users_id_fk" FOREIGN KEY ("minutes_approved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_meetings" ADD CONSTRAINT "council_meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_representatives" ADD CONSTRAINT "council_representatives_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_representatives" ADD CONSTRAINT "council_representatives_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_representatives" ADD CONSTRAINT "council_representatives_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "councils" ADD CONSTRAINT "councils_chair_id_organizations_id_fk" FOREIGN KEY ("chair_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "councils" ADD CONSTRAINT "councils_secretariat_id_organizations_id_fk" FOREIGN KEY ("secretariat_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "council_action_comments_item_idx" ON "council_action_comments" USING btree ("action_item_id","created_at");--> statement-breakpoint
CREATE INDEX "council_action_comments_user_idx" ON "council_action_comments" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "council_action_items_council_status_idx" ON "council_action_items" USING btree ("council_id","status","due_on");--> statement-breakpoint
CREATE INDEX "council_action_items_meeting_idx" ON "council_action_items" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "council_action_items_owner_org_idx" ON "council_action_items" USING btree ("owner_org_id");--> statement-breakpoint
CREATE INDEX "council_action_items_owner_rep_idx" ON "council_action_items" USING btree ("owner_representative_id");--> statement-breakpoint
CREATE INDEX "council_action_items_created_by_idx" ON "council_action_items" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "council_agenda_items_meeting_idx" ON "council_agenda_items" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE INDEX "council_agenda_items_owner_idx" ON "council_agenda_items" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "council_attendance_rep_idx" ON "council_attendance" USING btree ("representative_id");--> statement-breakpoint
CREATE INDEX "council_commitments_goal_idx" ON "council_commitments" USING btree ("goal_id");--> statement-breakpoint
CREATE INDEX "council_commitments_org_idx" ON "council_commitments" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "council_commitments_updated_by_idx" ON "council_commitments" USING btree ("updated_by");--> statement-breakpoint
CREATE INDEX "council_decisions_meeting_idx" ON "council_decisions" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE INDEX "council_goal_reports_goal_idx" ON "council_goal_reports" USING btree ("goal_id","reported_for");--> statement-breakpoint
CREATE INDEX "council_goal_reports_by_idx" ON "council_goal_reports" USING btree ("reported_by");--> statement-breakpoint
CREATE INDEX "council_goal_reports_org_idx" ON "council_goal_reports" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "council_goals_council_idx" ON "council_goals" USING btree ("council_id");--> statement-breakpoint
CREATE INDEX "council_goals_created_by_idx" ON "council_goals" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "council_meetings_council_starts_idx" ON "council_meetings" USING btree ("council_id","starts_at");--> statement-breakpoint
CREATE INDEX "council_meetings_approved_by_idx" ON "council_meetings" USING btree ("minutes_approved_by");--> statement-breakpoint
CREATE INDEX "council_meetings_created_by_idx" ON "council_meetings" USING btree ("created_by");--> statement-breakpoint
CREATE INDEX "council_members_org_idx" ON "council_members" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "council_representatives_org_idx" ON "council_representatives" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "council_representatives_user_idx" ON "council_representatives" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "councils_chair_idx" ON "councils" USING btree ("chair_id");--> statement-breakpoint
CREATE INDEX "councils_secretariat_idx" ON "councils" USING btree ("secretariat_id");