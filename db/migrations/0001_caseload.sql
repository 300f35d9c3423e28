CREATE TYPE "public"."cefr_level" AS ENUM('A1', 'A2', 'B1', 'B2', 'C1', 'C2');--> statement-breakpoint
CREATE TYPE "public"."education_level" AS ENUM('none', 'primary', 'secondary', 'vocational', 'bachelor', 'master', 'doctorate');--> statement-breakpoint
CREATE TYPE "public"."outcome" AS ENUM('work', 'education', 'both', 'neither');--> statement-breakpoint
CREATE TYPE "public"."outcome_timepoint" AS ENUM('programme_end', 'one_year');--> statement-breakpoint
CREATE TYPE "public"."participant_status" AS ENUM('enrolled', 'on_leave', 'completed', 'ended_early');--> statement-breakpoint
CREATE TYPE "public"."programme_track" AS ENUM('work', 'upper_secondary', 'trade_certificate', 'higher_education');--> statement-breakpoint
CREATE TYPE "public"."consent_method" AS ENUM('signed_form', 'verbal_interpreter', 'digital');--> statement-breakpoint
CREATE TYPE "public"."consent_scope" AS ENUM('share_employers', 'share_fair_exhibitors', 'contact_email');--> statement-breakpoint
CREATE TYPE "public"."contact_channel" AS ENUM('in_person', 'phone', 'video', 'email', 'message');--> statement-breakpoint
CREATE TYPE "public"."contact_kind" AS ENUM('participant', 'employer', 'workplace_visit');--> statement-breakpoint
CREATE TYPE "public"."contact_purpose" AS ENUM('job_development', 'follow_along', 'agreement', 'problem_solving');--> statement-breakpoint
CREATE TYPE "public"."follow_up_source" AS ENUM('next_action', 'cadence');--> statement-breakpoint
CREATE TYPE "public"."work_kind" AS ENUM('job', 'internship');--> statement-breakpoint
CREATE TABLE "municipality_settings" (
	"municipality_id" uuid PRIMARY KEY NOT NULL,
	"retention_months" smallint DEFAULT 24 NOT NULL,
	"caseload_target" smallint DEFAULT 20 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participant_experience" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"participant_id" uuid NOT NULL,
	"isco_code" text NOT NULL,
	"years" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participant_languages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"participant_id" uuid NOT NULL,
	"language" text NOT NULL,
	"level" "cefr_level" NOT NULL,
	CONSTRAINT "participant_languages_key" UNIQUE("participant_id","language")
);
--> statement-breakpoint
CREATE TABLE "participant_outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"participant_id" uuid NOT NULL,
	"timepoint" "outcome_timepoint" NOT NULL,
	"outcome" "outcome" NOT NULL,
	"reason" text,
	"recorded_by" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participant_outcomes_key" UNIQUE("participant_id","timepoint")
);
--> statement-breakpoint
CREATE TABLE "participant_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"participant_id" uuid NOT NULL,
	"from_status" "participant_status",
	"to_status" "participant_status" NOT NULL,
	"changed_by" text,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participant_wishes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"participant_id" uuid NOT NULL,
	"isco_code" text NOT NULL,
	"rank" smallint NOT NULL,
	CONSTRAINT "participant_wishes_rank_key" UNIQUE("participant_id","rank")
);
--> statement-breakpoint
CREATE TABLE "participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"external_id" text,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"birth_year" smallint NOT NULL,
	"email" text,
	"phone" text,
	"country_of_origin" text,
	"norwegian_reading" "cefr_level",
	"norwegian_writing" "cefr_level",
	"norwegian_speaking" "cefr_level",
	"norwegian_listening" "cefr_level",
	"education_level" "education_level" DEFAULT 'none' NOT NULL,
	"education_field" text,
	"driving_licence" boolean DEFAULT false NOT NULL,
	"hours_per_week" smallint,
	"available_from" date,
	"area" text,
	"programme_track" "programme_track" DEFAULT 'work' NOT NULL,
	"programme_start" date NOT NULL,
	"programme_end" date NOT NULL,
	"status" "participant_status" DEFAULT 'enrolled' NOT NULL,
	"assigned_to" text,
	"enrolled_at" date NOT NULL,
	"anonymized_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participants_municipality_external_key" UNIQUE("municipality_id","external_id")
);
--> statement-breakpoint
CREATE TABLE "consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"participant_id" uuid NOT NULL,
	"scope" "consent_scope" NOT NULL,
	"given_on" date NOT NULL,
	"method" "consent_method" NOT NULL,
	"recorded_by" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" text
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"participant_id" uuid,
	"employer_id" uuid,
	"staff_id" text,
	"kind" "contact_kind" NOT NULL,
	"channel" "contact_channel" NOT NULL,
	"purpose" "contact_purpose" NOT NULL,
	"face_to_face" boolean NOT NULL,
	"contact_date" date NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"participant_id" uuid,
	"staff_id" text,
	"source" "follow_up_source" NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"from_contact_id" uuid,
	"done_at" timestamp with time zone,
	"done_contact_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"participant_id" uuid NOT NULL,
	"kind" "work_kind" NOT NULL,
	"employer_id" uuid,
	"employer_name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"participant_id" uuid,
	"user_id" text,
	"action" text NOT NULL,
	"details" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "municipality_settings" ADD CONSTRAINT "municipality_settings_municipality_id_organizations_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_experience" ADD CONSTRAINT "participant_experience_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_languages" ADD CONSTRAINT "participant_languages_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_outcomes" ADD CONSTRAINT "participant_outcomes_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_outcomes" ADD CONSTRAINT "participant_outcomes_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_status_changes" ADD CONSTRAINT "participant_status_changes_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_status_changes" ADD CONSTRAINT "participant_status_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_wishes" ADD CONSTRAINT "participant_wishes_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_municipality_id_organizations_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_assigned_to_users_id_fk" FOREIGN KEY ("assigned_to") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_municipality_id_organizations_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_employer_id_organizations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_staff_id_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_municipality_id_organizations_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_staff_id_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_from_contact_id_contacts_id_fk" FOREIGN KEY ("from_contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_done_contact_id_contacts_id_fk" FOREIGN KEY ("done_contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_periods" ADD CONSTRAINT "work_periods_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_periods" ADD CONSTRAINT "work_periods_employer_id_organizations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_periods" ADD CONSTRAINT "work_periods_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_municipality_id_organizations_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "participant_experience_participant_idx" ON "participant_experience" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "participant_status_changes_participant_idx" ON "participant_status_changes" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "participant_wishes_isco_idx" ON "participant_wishes" USING btree ("isco_code");--> statement-breakpoint
CREATE INDEX "participants_municipality_assigned_idx" ON "participants" USING btree ("municipality_id","assigned_to","status");--> statement-breakpoint
CREATE INDEX "participants_municipality_end_idx" ON "participants" USING btree ("municipality_id","programme_end");--> statement-breakpoint
CREATE INDEX "participants_assigned_to_idx" ON "participants" USING btree ("assigned_to");--> statement-breakpoint
CREATE INDEX "consents_participant_scope_idx" ON "consents" USING btree ("participant_id","scope");--> statement-breakpoint
CREATE INDEX "contacts_participant_date_idx" ON "contacts" USING btree ("participant_id","contact_date");--> statement-breakpoint
CREATE INDEX "contacts_municipality_staff_date_idx" ON "contacts" USING btree ("municipality_id","staff_id","contact_date");--> statement-breakpoint
CREATE INDEX "contacts_employer_idx" ON "contacts" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "follow_ups_staff_due_idx" ON "follow_ups" USING btree ("municipality_id","staff_id","due_on");--> statement-breakpoint
CREATE INDEX "follow_ups_participant_idx" ON "follow_ups" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "follow_ups_from_contact_idx" ON "follow_ups" USING btree ("from_contact_id");--> statement-breakpoint
CREATE INDEX "follow_ups_done_contact_idx" ON "follow_ups" USING btree ("done_contact_id");--> statement-breakpoint
CREATE INDEX "work_periods_participant_idx" ON "work_periods" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "work_periods_employer_idx" ON "work_periods" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "audit_log_participant_at_idx" ON "audit_log" USING btree ("participant_id","at");--> statement-breakpoint
CREATE INDEX "audit_log_municipality_at_idx" ON "audit_log" USING btree ("municipality_id","at");