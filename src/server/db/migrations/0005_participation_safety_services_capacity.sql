CREATE TABLE "location_code_changes" (
	"organization_id" uuid NOT NULL,
	"old_pcode" text NOT NULL,
	"new_pcode" text NOT NULL,
	"country" char(3) NOT NULL,
	"changed_on" date NOT NULL,
	"source" text,
	CONSTRAINT "location_code_changes_organization_id_old_pcode_new_pcode_pk" PRIMARY KEY("organization_id","old_pcode","new_pcode")
);
--> statement-breakpoint
CREATE TABLE "committee_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"committee_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"attendance" jsonb NOT NULL,
	"decisions" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "committees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"location_pcode" text NOT NULL,
	"country" char(3) NOT NULL,
	"site_name" text,
	"project_id" uuid,
	"established_on" date,
	"members" jsonb NOT NULL,
	"targets" jsonb NOT NULL,
	"trainings" jsonb NOT NULL,
	"idempotency_key" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"consultation_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"description" text NOT NULL,
	"link" text NOT NULL,
	"project_id" uuid,
	"action_id" uuid,
	"feedback_category" text
);
--> statement-breakpoint
CREATE TABLE "consultations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"location_pcode" text NOT NULL,
	"country" char(3) NOT NULL,
	"project_id" uuid,
	"method" text NOT NULL,
	"facilitator" text NOT NULL,
	"languages" text[] NOT NULL,
	"topics" jsonb NOT NULL,
	"participants" jsonb NOT NULL,
	"groups" jsonb NOT NULL,
	"issues" jsonb NOT NULL,
	"total_participants" integer NOT NULL,
	"idempotency_key" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "safety_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"audit_id" uuid NOT NULL,
	"item_code" text NOT NULL,
	"risk" text NOT NULL,
	"title" text NOT NULL,
	"owner_id" uuid,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "safety_answers" (
	"organization_id" uuid NOT NULL,
	"audit_id" uuid NOT NULL,
	"item_code" text NOT NULL,
	"position" integer NOT NULL,
	"answer" text NOT NULL,
	"risk" text,
	"notes" text,
	CONSTRAINT "safety_answers_audit_id_item_code_pk" PRIMARY KEY("audit_id","item_code")
);
--> statement-breakpoint
CREATE TABLE "safety_audits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"template_id" uuid NOT NULL,
	"audited_on" date NOT NULL,
	"at_night" boolean NOT NULL,
	"notes" text,
	"request_hash" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "safety_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"audit_id" uuid NOT NULL,
	"item_code" text,
	"content_type" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "safety_sites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"location_pcode" text NOT NULL,
	"country" char(3) NOT NULL,
	"project_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "safety_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"content_version" text NOT NULL,
	"items" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "directory_service_areas" (
	"organization_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"location_pcode" text NOT NULL,
	CONSTRAINT "directory_service_areas_service_id_location_pcode_pk" PRIMARY KEY("service_id","location_pcode")
);
--> statement-breakpoint
CREATE TABLE "directory_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"hsds_id" text,
	"type" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"provider_name" text NOT NULL,
	"country" char(3) NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"phone" text,
	"email" text,
	"address" text,
	"hours" text,
	"languages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"accessibility" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"accessibility_note" text,
	"cost" text DEFAULT 'free' NOT NULL,
	"cost_description" text,
	"eligibility" text,
	"minimum_age" integer,
	"maximum_age" integer,
	"last_verified_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"service_id" uuid NOT NULL,
	"service_type" text NOT NULL,
	"country" char(3) NOT NULL,
	"feedback_case_id" uuid,
	"sensitivity" text NOT NULL,
	"status" text DEFAULT 'sent' NOT NULL,
	"consent" jsonb,
	"override_reason" text,
	"overridden_by" uuid,
	"shared_fields" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"shared_enc" text NOT NULL,
	"follow_up_on" date,
	"outcome" text,
	"idempotency_key" text,
	"request_hash" text,
	"referred_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "focal_points" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"office_id" uuid NOT NULL,
	"area" text NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"phone" text,
	"email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "guidance_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"content_code" text,
	"area" text NOT NULL,
	"texts" jsonb NOT NULL,
	"languages" text[] NOT NULL,
	"publisher" text NOT NULL,
	"year" smallint,
	"url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_staff" (
	"organization_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "project_staff_project_id_user_id_pk" PRIMARY KEY("project_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "roadmap_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"pillar" text NOT NULL,
	"title" text NOT NULL,
	"owner" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'not_started' NOT NULL,
	"evidence" text,
	"evidence_url" text,
	"completed_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_participant_counts" (
	"organization_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"participant_type" text NOT NULL,
	"sex" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "training_participant_counts_session_id_participant_type_sex_pk" PRIMARY KEY("session_id","participant_type","sex")
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"topic" text NOT NULL,
	"topic_other" text,
	"held_on" date NOT NULL,
	"location_pcode" text NOT NULL,
	"country" char(3) NOT NULL,
	"project_id" uuid,
	"facilitator" text NOT NULL,
	"language" text NOT NULL,
	"idempotency_key" text,
	"request_hash" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_trainees" (
	"organization_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "training_trainees_session_id_user_id_pk" PRIMARY KEY("session_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "locations" ADD COLUMN "retired_on" date;--> statement-breakpoint
ALTER TABLE "location_code_changes" ADD CONSTRAINT "location_code_changes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_meetings" ADD CONSTRAINT "committee_meetings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_meetings" ADD CONSTRAINT "committee_meetings_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_meetings" ADD CONSTRAINT "committee_meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committees" ADD CONSTRAINT "committees_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committees" ADD CONSTRAINT "committees_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committees" ADD CONSTRAINT "committees_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_decisions" ADD CONSTRAINT "consultation_decisions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_decisions" ADD CONSTRAINT "consultation_decisions_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_decisions" ADD CONSTRAINT "consultation_decisions_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_decisions" ADD CONSTRAINT "consultation_decisions_action_id_project_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."project_actions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_actions" ADD CONSTRAINT "safety_actions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_actions" ADD CONSTRAINT "safety_actions_site_id_safety_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."safety_sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_actions" ADD CONSTRAINT "safety_actions_audit_id_safety_audits_id_fk" FOREIGN KEY ("audit_id") REFERENCES "public"."safety_audits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_actions" ADD CONSTRAINT "safety_actions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_actions" ADD CONSTRAINT "safety_actions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_answers" ADD CONSTRAINT "safety_answers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_answers" ADD CONSTRAINT "safety_answers_audit_id_safety_audits_id_fk" FOREIGN KEY ("audit_id") REFERENCES "public"."safety_audits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_audits" ADD CONSTRAINT "safety_audits_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_audits" ADD CONSTRAINT "safety_audits_site_id_safety_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."safety_sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_audits" ADD CONSTRAINT "safety_audits_template_id_safety_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."safety_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_audits" ADD CONSTRAINT "safety_audits_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_photos" ADD CONSTRAINT "safety_photos_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_photos" ADD CONSTRAINT "safety_photos_audit_id_safety_audits_id_fk" FOREIGN KEY ("audit_id") REFERENCES "public"."safety_audits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_photos" ADD CONSTRAINT "safety_photos_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_sites" ADD CONSTRAINT "safety_sites_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_sites" ADD CONSTRAINT "safety_sites_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_sites" ADD CONSTRAINT "safety_sites_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_templates" ADD CONSTRAINT "safety_templates_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_templates" ADD CONSTRAINT "safety_templates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_service_areas" ADD CONSTRAINT "directory_service_areas_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_service_areas" ADD CONSTRAINT "directory_service_areas_service_id_directory_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."directory_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_services" ADD CONSTRAINT "directory_services_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_services" ADD CONSTRAINT "directory_services_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_service_id_directory_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."directory_services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_feedback_case_id_feedback_cases_id_fk" FOREIGN KEY ("feedback_case_id") REFERENCES "public"."feedback_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_overridden_by_users_id_fk" FOREIGN KEY ("overridden_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_referred_by_users_id_fk" FOREIGN KEY ("referred_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focal_points" ADD CONSTRAINT "focal_points_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "focal_points" ADD CONSTRAINT "focal_points_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guidance_entries" ADD CONSTRAINT "guidance_entries_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_staff" ADD CONSTRAINT "project_staff_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_staff" ADD CONSTRAINT "project_staff_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_staff" ADD CONSTRAINT "project_staff_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roadmap_milestones" ADD CONSTRAINT "roadmap_milestones_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_participant_counts" ADD CONSTRAINT "training_participant_counts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_participant_counts" ADD CONSTRAINT "training_participant_counts_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_trainees" ADD CONSTRAINT "training_trainees_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_trainees" ADD CONSTRAINT "training_trainees_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_trainees" ADD CONSTRAINT "training_trainees_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "committee_meetings_committee_idx" ON "committee_meetings" USING btree ("committee_id","held_on");--> statement-breakpoint
CREATE INDEX "committees_org_country_idx" ON "committees" USING btree ("organization_id","country");--> statement-breakpoint
CREATE UNIQUE INDEX "committees_org_idempotency_key" ON "committees" USING btree ("organization_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "consultation_decisions_consultation_idx" ON "consultation_decisions" USING btree ("consultation_id","position");--> statement-breakpoint
CREATE INDEX "consultation_decisions_project_idx" ON "consultation_decisions" USING btree ("organization_id","project_id");--> statement-breakpoint
CREATE INDEX "consultations_org_country_idx" ON "consultations" USING btree ("organization_id","country","held_on");--> statement-breakpoint
CREATE INDEX "consultations_project_idx" ON "consultations" USING btree ("project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "consultations_org_idempotency_key" ON "consultations" USING btree ("organization_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "safety_actions_site_idx" ON "safety_actions" USING btree ("site_id");--> statement-breakpoint
CREATE UNIQUE INDEX "safety_actions_audit_item_key" ON "safety_actions" USING btree ("audit_id","item_code");--> statement-breakpoint
CREATE UNIQUE INDEX "safety_audits_site_date_key" ON "safety_audits" USING btree ("site_id","audited_on");--> statement-breakpoint
CREATE INDEX "safety_photos_audit_idx" ON "safety_photos" USING btree ("audit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "safety_sites_org_place_name_key" ON "safety_sites" USING btree ("organization_id","location_pcode","name");--> statement-breakpoint
CREATE INDEX "safety_sites_org_country_idx" ON "safety_sites" USING btree ("organization_id","country");--> statement-breakpoint
CREATE UNIQUE INDEX "safety_templates_org_number_key" ON "safety_templates" USING btree ("organization_id","number");--> statement-breakpoint
CREATE INDEX "directory_service_areas_org_pcode_idx" ON "directory_service_areas" USING btree ("organization_id","location_pcode");--> statement-breakpoint
CREATE UNIQUE INDEX "directory_services_org_hsds_key" ON "directory_services" USING btree ("organization_id","hsds_id");--> statement-breakpoint
CREATE INDEX "directory_services_org_type_idx" ON "directory_services" USING btree ("organization_id","country","type");--> statement-breakpoint
CREATE UNIQUE INDEX "referrals_org_reference_key" ON "referrals" USING btree ("organization_id","reference");--> statement-breakpoint
CREATE UNIQUE INDEX "referrals_org_idempotency_key" ON "referrals" USING btree ("organization_id","idempotency_key") WHERE "referrals"."idempotency_key" is not null;--> statement-breakpoint
CREATE INDEX "referrals_org_follow_up_idx" ON "referrals" USING btree ("organization_id","status","follow_up_on");--> statement-breakpoint
CREATE UNIQUE INDEX "focal_points_office_area_key" ON "focal_points" USING btree ("office_id","area");--> statement-breakpoint
CREATE UNIQUE INDEX "guidance_entries_org_code_key" ON "guidance_entries" USING btree ("organization_id","content_code");--> statement-breakpoint
CREATE INDEX "roadmap_milestones_org_pillar_idx" ON "roadmap_milestones" USING btree ("organization_id","pillar");--> statement-breakpoint
CREATE UNIQUE INDEX "roadmap_milestones_org_pillar_title_key" ON "roadmap_milestones" USING btree ("organization_id","pillar","title");--> statement-breakpoint
CREATE INDEX "training_sessions_org_date_idx" ON "training_sessions" USING btree ("organization_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "training_sessions_org_key_key" ON "training_sessions" USING btree ("organization_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "training_trainees_user_idx" ON "training_trainees" USING btree ("user_id");