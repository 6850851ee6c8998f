-- The service directory (Open Referral HSDS-aligned) and referrals with recorded consent (issue 6).
CREATE TABLE "directory_service_areas" (
	"organization_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"location_pcode" text NOT NULL,
	CONSTRAINT "directory_service_areas_service_id_location_pcode_pk" PRIMARY KEY("service_id","location_pcode")
);--> statement-breakpoint
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
);--> statement-breakpoint
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
);--> statement-breakpoint
ALTER TABLE "directory_service_areas" ADD CONSTRAINT "directory_service_areas_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_service_areas" ADD CONSTRAINT "directory_service_areas_service_id_directory_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."directory_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_services" ADD CONSTRAINT "directory_services_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_services" ADD CONSTRAINT "directory_services_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_service_id_directory_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."directory_services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_feedback_case_id_feedback_cases_id_fk" FOREIGN KEY ("feedback_case_id") REFERENCES "public"."feedback_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_overridden_by_users_id_fk" FOREIGN KEY ("overridden_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_referred_by_users_id_fk" FOREIGN KEY ("referred_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "directory_service_areas_org_pcode_idx" ON "directory_service_areas" USING btree ("organization_id","location_pcode");--> statement-breakpoint
CREATE UNIQUE INDEX "directory_services_org_hsds_key" ON "directory_services" USING btree ("organization_id","hsds_id");--> statement-breakpoint
CREATE INDEX "directory_services_org_type_idx" ON "directory_services" USING btree ("organization_id","country","type");--> statement-breakpoint
CREATE UNIQUE INDEX "referrals_org_reference_key" ON "referrals" USING btree ("organization_id","reference");--> statement-breakpoint
CREATE UNIQUE INDEX "referrals_org_idempotency_key" ON "referrals" USING btree ("organization_id","idempotency_key") WHERE "referrals"."idempotency_key" is not null;--> statement-breakpoint
CREATE INDEX "referrals_org_follow_up_idx" ON "referrals" USING btree ("organization_id","status","follow_up_on");
