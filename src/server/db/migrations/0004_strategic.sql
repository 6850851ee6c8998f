CREATE TABLE "baseline_counts" (
	"organization_id" uuid NOT NULL,
	"baseline_id" uuid NOT NULL,
	"sex" text NOT NULL,
	"age_bracket" text NOT NULL,
	"disability" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "baseline_counts_baseline_id_sex_age_bracket_disability_pk" PRIMARY KEY("baseline_id","sex","age_bracket","disability")
);
--> statement-breakpoint
CREATE TABLE "locations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"pcode" text NOT NULL,
	"level" smallint NOT NULL,
	"parent_pcode" text,
	"country" char(3) NOT NULL,
	"names" jsonb NOT NULL,
	"valid_on" date,
	"source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "population_baselines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"location_pcode" text NOT NULL,
	"country" char(3) NOT NULL,
	"reference_date" date NOT NULL,
	"source" text NOT NULL,
	"age_brackets" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "protection_interventions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"risk_analysis_id" uuid NOT NULL,
	"project_id" uuid,
	"kind" text NOT NULL,
	"thematic_area" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"start_date" date,
	"end_date" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reach_counts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reach_counts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"organization_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"location_pcode" text NOT NULL,
	"country" char(3) NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"sex" text NOT NULL,
	"age_bracket" text NOT NULL,
	"disability" text NOT NULL,
	"count" integer NOT NULL,
	"import_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reach_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_name" text,
	"file_hash" text NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"rows_read" integer DEFAULT 0 NOT NULL,
	"rows_written" integer DEFAULT 0 NOT NULL,
	"problems" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "reach_individuals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"import_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"location_pcode" text NOT NULL,
	"reached_on" date,
	"age" smallint,
	"sex" text NOT NULL,
	"washington_group" jsonb NOT NULL,
	"disability" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_analyses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"location_pcode" text NOT NULL,
	"country" char(3) NOT NULL,
	"analysed_on" date NOT NULL,
	"risk_code" text NOT NULL,
	"threat_description" text NOT NULL,
	"affected_groups" jsonb NOT NULL,
	"threat" jsonb NOT NULL,
	"vulnerability" jsonb NOT NULL,
	"capacity" jsonb NOT NULL,
	"sources" jsonb NOT NULL,
	"score" real NOT NULL,
	"band" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_analysis_projects" (
	"organization_id" uuid NOT NULL,
	"risk_analysis_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	CONSTRAINT "risk_analysis_projects_risk_analysis_id_project_id_pk" PRIMARY KEY("risk_analysis_id","project_id")
);
--> statement-breakpoint
ALTER TABLE "baseline_counts" ADD CONSTRAINT "baseline_counts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "baseline_counts" ADD CONSTRAINT "baseline_counts_baseline_id_population_baselines_id_fk" FOREIGN KEY ("baseline_id") REFERENCES "public"."population_baselines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locations" ADD CONSTRAINT "locations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "population_baselines" ADD CONSTRAINT "population_baselines_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "population_baselines" ADD CONSTRAINT "population_baselines_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_interventions" ADD CONSTRAINT "protection_interventions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_interventions" ADD CONSTRAINT "protection_interventions_risk_analysis_id_risk_analyses_id_fk" FOREIGN KEY ("risk_analysis_id") REFERENCES "public"."risk_analyses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_interventions" ADD CONSTRAINT "protection_interventions_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protection_interventions" ADD CONSTRAINT "protection_interventions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reach_counts" ADD CONSTRAINT "reach_counts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reach_counts" ADD CONSTRAINT "reach_counts_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reach_counts" ADD CONSTRAINT "reach_counts_import_id_reach_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."reach_imports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reach_imports" ADD CONSTRAINT "reach_imports_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reach_imports" ADD CONSTRAINT "reach_imports_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reach_imports" ADD CONSTRAINT "reach_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reach_individuals" ADD CONSTRAINT "reach_individuals_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reach_individuals" ADD CONSTRAINT "reach_individuals_import_id_reach_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."reach_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reach_individuals" ADD CONSTRAINT "reach_individuals_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_analyses" ADD CONSTRAINT "risk_analyses_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_analyses" ADD CONSTRAINT "risk_analyses_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_analysis_projects" ADD CONSTRAINT "risk_analysis_projects_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_analysis_projects" ADD CONSTRAINT "risk_analysis_projects_risk_analysis_id_risk_analyses_id_fk" FOREIGN KEY ("risk_analysis_id") REFERENCES "public"."risk_analyses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_analysis_projects" ADD CONSTRAINT "risk_analysis_projects_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "locations_org_pcode_key" ON "locations" USING btree ("organization_id","pcode");--> statement-breakpoint
CREATE INDEX "locations_org_parent_idx" ON "locations" USING btree ("organization_id","parent_pcode");--> statement-breakpoint
CREATE INDEX "locations_org_level_idx" ON "locations" USING btree ("organization_id","country","level");--> statement-breakpoint
CREATE UNIQUE INDEX "population_baselines_org_place_date_source_key" ON "population_baselines" USING btree ("organization_id","location_pcode","reference_date","source");--> statement-breakpoint
CREATE INDEX "protection_interventions_risk_idx" ON "protection_interventions" USING btree ("risk_analysis_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reach_counts_cell_key" ON "reach_counts" USING btree ("organization_id","project_id","location_pcode","period_start","period_end","sex","age_bracket","disability");--> statement-breakpoint
CREATE INDEX "reach_counts_org_country_idx" ON "reach_counts" USING btree ("organization_id","country","location_pcode");--> statement-breakpoint
CREATE INDEX "reach_imports_org_project_idx" ON "reach_imports" USING btree ("organization_id","project_id");--> statement-breakpoint
CREATE INDEX "reach_individuals_import_idx" ON "reach_individuals" USING btree ("import_id");--> statement-breakpoint
CREATE UNIQUE INDEX "risk_analyses_org_place_risk_date_key" ON "risk_analyses" USING btree ("organization_id","location_pcode","risk_code","analysed_on");--> statement-breakpoint
CREATE INDEX "risk_analyses_org_country_idx" ON "risk_analyses" USING btree ("organization_id","country","analysed_on");