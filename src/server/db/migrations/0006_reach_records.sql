CREATE TABLE "reach_records" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reach_records_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"organization_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"location_pcode" text NOT NULL,
	"country" char(3) NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"sexes" text[] NOT NULL,
	"age_brackets" text[] NOT NULL,
	"disabilities" text[] NOT NULL,
	"counts" integer[] NOT NULL,
	"import_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reach_records_cells" CHECK (cardinality("reach_records"."sexes") = cardinality("reach_records"."counts") and cardinality("reach_records"."age_brackets") = cardinality("reach_records"."counts") and cardinality("reach_records"."disabilities") = cardinality("reach_records"."counts") and 0 <= all("reach_records"."counts"))
);
--> statement-breakpoint
-- Decision 031: the cells of each project × place × period become one record; existing cells move.
INSERT INTO "reach_records" ("organization_id", "project_id", "location_pcode", "country", "period_start", "period_end", "sexes", "age_brackets", "disabilities", "counts", "import_id", "created_at")
SELECT "organization_id", "project_id", "location_pcode", min("country"), "period_start", "period_end",
  array_agg("sex" ORDER BY "sex", "age_bracket", "disability"),
  array_agg("age_bracket" ORDER BY "sex", "age_bracket", "disability"),
  array_agg("disability" ORDER BY "sex", "age_bracket", "disability"),
  array_agg("count" ORDER BY "sex", "age_bracket", "disability"),
  (array_agg("import_id" ORDER BY "created_at" DESC))[1], min("created_at")
FROM "reach_counts"
GROUP BY "organization_id", "project_id", "location_pcode", "period_start", "period_end";--> statement-breakpoint
DROP TABLE "reach_counts" CASCADE;--> statement-breakpoint
ALTER TABLE "reach_records" ADD CONSTRAINT "reach_records_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reach_records" ADD CONSTRAINT "reach_records_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reach_records" ADD CONSTRAINT "reach_records_import_id_reach_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."reach_imports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "reach_records_key" ON "reach_records" USING btree ("organization_id","project_id","location_pcode","period_start","period_end");--> statement-breakpoint
CREATE INDEX "reach_records_org_country_idx" ON "reach_records" USING btree ("organization_id","country","location_pcode");--> statement-breakpoint
-- One row per cell, as reach_counts was: every aggregate reads this view.
CREATE VIEW "reach_counts" AS
SELECT r."id" * 10000 + c."position" AS "id", r."organization_id", r."project_id", r."location_pcode", r."country",
  r."period_start", r."period_end", c."sex", c."age_bracket", c."disability", c."count", r."import_id", r."created_at"
FROM "reach_records" r
CROSS JOIN LATERAL unnest(r."sexes", r."age_brackets", r."disabilities", r."counts")
  WITH ORDINALITY AS c("sex", "age_bracket", "disability", "count", "position");
