CREATE TYPE "public"."industry" AS ENUM('cleaning', 'kindergarten', 'health_care', 'retail', 'hospitality', 'construction', 'logistics', 'engineering', 'manufacturing', 'office', 'public_sector', 'other');--> statement-breakpoint
CREATE TYPE "public"."size_band" AS ENUM('1-9', '10-49', '50-249', '250+');--> statement-breakpoint
CREATE TYPE "public"."confirmation_method" AS ENUM('signed_form', 'verbal_interpreter', 'digital');--> statement-breakpoint
CREATE TYPE "public"."placement_outcome" AS ENUM('hired', 'education', 'extended', 'ended');--> statement-breakpoint
CREATE TYPE "public"."placement_stage" AS ENUM('suggested', 'proposed', 'employer_interested', 'interview', 'agreement', 'active', 'completed', 'declined_by_employer', 'declined_by_participant', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."slot_kind" AS ENUM('internship', 'job', 'apprenticeship', 'trainee');--> statement-breakpoint
CREATE TYPE "public"."slot_status" AS ENUM('draft', 'open', 'filled', 'closed');--> statement-breakpoint
CREATE TYPE "public"."support_scheme" AS ENUM('nav_wage_subsidy', 'nav_work_training', 'mentor_grant');--> statement-breakpoint
CREATE TABLE "association_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"association_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"member_since" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "association_members_key" UNIQUE("association_id","employer_id")
);
--> statement-breakpoint
CREATE TABLE "employer_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"name" text NOT NULL,
	"title" text,
	"email" text,
	"phone" text,
	"user_id" text,
	"invited_at" timestamp with time zone,
	"invited_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employer_relations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"contact_user_id" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employer_relations_key" UNIQUE("municipality_id","employer_id")
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"placement_id" uuid NOT NULL,
	"tasks" text NOT NULL,
	"mentor_name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"hours_per_week" smallint NOT NULL,
	"follow_up_plan" text NOT NULL,
	"support_scheme" "support_scheme",
	"municipality_contact_id" text,
	"municipality_confirmed_at" timestamp with time zone,
	"municipality_confirmed_by" text,
	"employer_confirmed_at" timestamp with time zone,
	"employer_confirmed_by" text,
	"participant_confirmed_at" timestamp with time zone,
	"participant_confirmation_method" "confirmation_method",
	"participant_confirmation_recorded_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreements_placement_id_unique" UNIQUE("placement_id")
);
--> statement-breakpoint
CREATE TABLE "placement_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"placement_id" uuid NOT NULL,
	"from_stage" "placement_stage",
	"to_stage" "placement_stage" NOT NULL,
	"by_user_id" text,
	"note" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "placements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slot_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"stage" "placement_stage" DEFAULT 'suggested' NOT NULL,
	"outcome" "placement_outcome",
	"close_reason" text,
	"interview_at" timestamp with time zone,
	"created_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"kind" "slot_kind" NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"isco_code" text NOT NULL,
	"positions" smallint DEFAULT 1 NOT NULL,
	"norwegian_required" "cefr_level",
	"requires_driving_licence" boolean DEFAULT false NOT NULL,
	"other_requirements" text,
	"area" text,
	"starts_on" date NOT NULL,
	"ends_on" date,
	"hours_per_week" smallint NOT NULL,
	"can_lead_to_job" boolean DEFAULT false NOT NULL,
	"mentor_name" text,
	"support_schemes" "support_scheme"[] DEFAULT '{}' NOT NULL,
	"status" "slot_status" DEFAULT 'draft' NOT NULL,
	"created_by" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "industry" "industry";--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "size_band" "size_band";--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "address" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "area" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "website" text;--> statement-breakpoint
ALTER TABLE "association_members" ADD CONSTRAINT "association_members_association_id_organizations_id_fk" FOREIGN KEY ("association_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "association_members" ADD CONSTRAINT "association_members_employer_id_organizations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_contacts" ADD CONSTRAINT "employer_contacts_employer_id_organizations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_contacts" ADD CONSTRAINT "employer_contacts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_contacts" ADD CONSTRAINT "employer_contacts_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_relations" ADD CONSTRAINT "employer_relations_municipality_id_organizations_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_relations" ADD CONSTRAINT "employer_relations_employer_id_organizations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_relations" ADD CONSTRAINT "employer_relations_contact_user_id_users_id_fk" FOREIGN KEY ("contact_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_placement_id_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."placements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_municipality_contact_id_users_id_fk" FOREIGN KEY ("municipality_contact_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_municipality_confirmed_by_users_id_fk" FOREIGN KEY ("municipality_confirmed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_employer_confirmed_by_users_id_fk" FOREIGN KEY ("employer_confirmed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_participant_confirmation_recorded_by_users_id_fk" FOREIGN KEY ("participant_confirmation_recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_events" ADD CONSTRAINT "placement_events_placement_id_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."placements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_events" ADD CONSTRAINT "placement_events_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_slot_id_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."slots"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_municipality_id_organizations_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_employer_id_organizations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slots" ADD CONSTRAINT "slots_employer_id_organizations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slots" ADD CONSTRAINT "slots_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "association_members_employer_idx" ON "association_members" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "employer_contacts_employer_idx" ON "employer_contacts" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "employer_contacts_user_idx" ON "employer_contacts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "employer_contacts_invited_by_idx" ON "employer_contacts" USING btree ("invited_by");--> statement-breakpoint
CREATE INDEX "employer_relations_employer_idx" ON "employer_relations" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "employer_relations_contact_idx" ON "employer_relations" USING btree ("contact_user_id");--> statement-breakpoint
CREATE INDEX "agreements_municipality_contact_idx" ON "agreements" USING btree ("municipality_contact_id");--> statement-breakpoint
CREATE INDEX "agreements_municipality_confirmed_by_idx" ON "agreements" USING btree ("municipality_confirmed_by");--> statement-breakpoint
CREATE INDEX "agreements_employer_confirmed_by_idx" ON "agreements" USING btree ("employer_confirmed_by");--> statement-breakpoint
CREATE INDEX "agreements_participant_recorded_by_idx" ON "agreements" USING btree ("participant_confirmation_recorded_by");--> statement-breakpoint
CREATE INDEX "placement_events_placement_idx" ON "placement_events" USING btree ("placement_id","at");--> statement-breakpoint
CREATE INDEX "placement_events_by_user_idx" ON "placement_events" USING btree ("by_user_id");--> statement-breakpoint
CREATE INDEX "placements_slot_stage_idx" ON "placements" USING btree ("slot_id","stage");--> statement-breakpoint
CREATE INDEX "placements_participant_idx" ON "placements" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "placements_municipality_stage_idx" ON "placements" USING btree ("municipality_id","stage");--> statement-breakpoint
CREATE INDEX "placements_employer_stage_idx" ON "placements" USING btree ("employer_id","stage");--> statement-breakpoint
CREATE INDEX "placements_created_by_idx" ON "placements" USING btree ("created_by");--> statement-breakpoint
CREATE UNIQUE INDEX "placements_open_per_slot_key" ON "placements" USING btree ("slot_id","participant_id") WHERE stage not in ('completed', 'declined_by_employer', 'declined_by_participant', 'withdrawn');--> statement-breakpoint
CREATE INDEX "slots_employer_status_idx" ON "slots" USING btree ("employer_id","status");--> statement-breakpoint
CREATE INDEX "slots_status_isco_idx" ON "slots" USING btree ("status","isco_code");--> statement-breakpoint
CREATE INDEX "slots_created_by_idx" ON "slots" USING btree ("created_by");