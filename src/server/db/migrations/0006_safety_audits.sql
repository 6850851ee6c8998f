-- Site safety audits: templates, audits, answers, photos and the actions findings become (issue 6).
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
);--> statement-breakpoint
CREATE TABLE "safety_answers" (
	"organization_id" uuid NOT NULL,
	"audit_id" uuid NOT NULL,
	"item_code" text NOT NULL,
	"position" integer NOT NULL,
	"answer" text NOT NULL,
	"risk" text,
	"notes" text,
	CONSTRAINT "safety_answers_audit_id_item_code_pk" PRIMARY KEY("audit_id","item_code")
);--> statement-breakpoint
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
);--> statement-breakpoint
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
);--> statement-breakpoint
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
);--> statement-breakpoint
CREATE TABLE "safety_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"content_version" text NOT NULL,
	"items" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);--> statement-breakpoint
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
CREATE INDEX "safety_actions_site_idx" ON "safety_actions" USING btree ("site_id");--> statement-breakpoint
CREATE UNIQUE INDEX "safety_actions_audit_item_key" ON "safety_actions" USING btree ("audit_id","item_code");--> statement-breakpoint
CREATE UNIQUE INDEX "safety_audits_site_date_key" ON "safety_audits" USING btree ("site_id","audited_on");--> statement-breakpoint
CREATE INDEX "safety_photos_audit_idx" ON "safety_photos" USING btree ("audit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "safety_sites_org_place_name_key" ON "safety_sites" USING btree ("organization_id","location_pcode","name");--> statement-breakpoint
CREATE INDEX "safety_sites_org_country_idx" ON "safety_sites" USING btree ("organization_id","country");--> statement-breakpoint
CREATE UNIQUE INDEX "safety_templates_org_number_key" ON "safety_templates" USING btree ("organization_id","number");
