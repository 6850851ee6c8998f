/**
 * The strategic level (issue 5): the administrative hierarchy with P-codes, protection risk
 * analyses and the interventions against them, population baselines, and the people projects
 * reached, all disaggregated by sex × age bracket × disability. Risk analyses are confidential:
 * every read goes through a scope check and the audit trail.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  char,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  pgView,
  primaryKey,
  real,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { projects } from './schema-projects.js';
import { at, id, organizationId, users } from './schema.js';

/** Names of a place per language code (en, fr, es, ar: whichever the gazetteer gives). */
export type LocationNames = Partial<Record<string, string>>;

export const locations = pgTable(
  'locations',
  {
    id: id(),
    organizationId: organizationId(),
    pcode: text('pcode').notNull(),
    /** 0 country, 1 admin1, 2 admin2, 3 admin3. */
    level: smallint('level').notNull(),
    parentPcode: text('parent_pcode'),
    /** ISO 3166-1 alpha-3 of the country the place is in: the scope key of everything located here. */
    country: char('country', { length: 3 }).notNull(),
    names: jsonb('names').$type<LocationNames>().notNull(),
    /** The gazetteer's own validity date, when it gives one. */
    validOn: date('valid_on', { mode: 'string' }),
    /**
     * When a newer gazetteer of its country no longer had the place. Records dated before stay
     * valid; new records cannot name it.
     */
    retiredOn: date('retired_on', { mode: 'string' }),
    source: text('source'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('locations_org_pcode_key').on(t.organizationId, t.pcode),
    index('locations_org_parent_idx').on(t.organizationId, t.parentPcode),
    index('locations_org_level_idx').on(t.organizationId, t.country, t.level),
  ],
);

/**
 * P-code changes between gazetteer versions (`admin2oldPcode`): the old code a place had, and the
 * code it has since. The same code can name another place in another version, so an old code is
 * only a hint where it no longer names a current place.
 */
export const locationCodeChanges = pgTable(
  'location_code_changes',
  {
    organizationId: organizationId(),
    oldPcode: text('old_pcode').notNull(),
    newPcode: text('new_pcode').notNull(),
    country: char('country', { length: 3 }).notNull(),
    /** The validity date of the gazetteer that gave the change, or the day it was imported. */
    changedOn: date('changed_on', { mode: 'string' }).notNull(),
    source: text('source'),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.oldPcode, t.newPcode] })],
);

export type FactorRating = { rating: number; justification: string };
export type AffectedGroup = {
  description: string;
  sex?: string;
  ageBracket?: string;
  hasDisability?: boolean;
};
export type RiskSource = { title: string; url?: string; date?: string };

export const riskAnalyses = pgTable(
  'risk_analyses',
  {
    id: id(),
    organizationId: organizationId(),
    locationPcode: text('location_pcode').notNull(),
    country: char('country', { length: 3 }).notNull(),
    analysedOn: date('analysed_on', { mode: 'string' }).notNull(),
    riskCode: text('risk_code').notNull(),
    threatDescription: text('threat_description').notNull(),
    affectedGroups: jsonb('affected_groups').$type<AffectedGroup[]>().notNull(),
    threat: jsonb('threat').$type<FactorRating>().notNull(),
    vulnerability: jsonb('vulnerability').$type<FactorRating>().notNull(),
    capacity: jsonb('capacity').$type<FactorRating>().notNull(),
    sources: jsonb('sources').$type<RiskSource[]>().notNull(),
    /** threat × vulnerability ÷ capacity, and its band under the organisation's bands when saved. */
    score: real('score').notNull(),
    band: text('band').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('risk_analyses_org_place_risk_date_key').on(
      t.organizationId,
      t.locationPcode,
      t.riskCode,
      t.analysedOn,
    ),
    index('risk_analyses_org_country_idx').on(t.organizationId, t.country, t.analysedOn),
  ],
);

/** Projects that target a risk where it was analysed. */
export const riskAnalysisProjects = pgTable(
  'risk_analysis_projects',
  {
    organizationId: organizationId(),
    riskAnalysisId: uuid('risk_analysis_id')
      .notNull()
      .references(() => riskAnalyses.id, { onDelete: 'cascade' }),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
  },
  (t) => [primaryKey({ columns: [t.riskAnalysisId, t.projectId] })],
);

/** Specialised protection interventions recorded against a risk (DOMAIN.md §4). */
export const protectionInterventions = pgTable(
  'protection_interventions',
  {
    id: id(),
    organizationId: organizationId(),
    riskAnalysisId: uuid('risk_analysis_id')
      .notNull()
      .references(() => riskAnalyses.id, { onDelete: 'cascade' }),
    projectId: uuid('project_id').references(() => projects.id),
    /** preventive | responsive | remedial | environment_building */
    kind: text('kind').notNull(),
    thematicArea: text('thematic_area').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('protection_interventions_risk_idx').on(t.riskAnalysisId)],
);

export const populationBaselines = pgTable(
  'population_baselines',
  {
    id: id(),
    organizationId: organizationId(),
    locationPcode: text('location_pcode').notNull(),
    country: char('country', { length: 3 }).notNull(),
    referenceDate: date('reference_date', { mode: 'string' }).notNull(),
    source: text('source').notNull(),
    /** The bracket codes the counts use, in order (the organisation's set when recorded). */
    ageBrackets: jsonb('age_brackets').$type<string[]>().notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('population_baselines_org_place_date_source_key').on(
      t.organizationId,
      t.locationPcode,
      t.referenceDate,
      t.source,
    ),
  ],
);

export const baselineCounts = pgTable(
  'baseline_counts',
  {
    organizationId: organizationId(),
    baselineId: uuid('baseline_id')
      .notNull()
      .references(() => populationBaselines.id, { onDelete: 'cascade' }),
    sex: text('sex').notNull(),
    ageBracket: text('age_bracket').notNull(),
    /** disabled | not_disabled | unknown */
    disability: text('disability').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.baselineId, t.sex, t.ageBracket, t.disability] })],
);

/** An import of reach data: its progress, so a crashed import is seen and can be run again. */
export const reachImports = pgTable(
  'reach_imports',
  {
    id: id(),
    organizationId: organizationId(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    /** aggregated | individual */
    kind: text('kind').notNull(),
    fileName: text('file_name'),
    fileHash: text('file_hash').notNull(),
    /** running | committed | failed */
    status: text('status').notNull().default('running'),
    rowsRead: integer('rows_read').notNull().default(0),
    rowsWritten: integer('rows_written').notNull().default(0),
    problems: jsonb('problems').$type<unknown[]>().notNull().default([]),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    startedAt: at('started_at').notNull().defaultNow(),
    finishedAt: at('finished_at'),
  },
  (t) => [index('reach_imports_org_project_idx').on(t.organizationId, t.projectId)],
);

/**
 * A reach record (decision 031): the people a project reached in a place over a period, by sex ×
 * age bracket × disability, as parallel arrays with one element per cell. One row per record keeps
 * a million-cell import to some 17,000 index entries; `reach_counts` is the view of one row per cell
 * that every aggregate reads.
 */
export const reachRecords = pgTable(
  'reach_records',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    organizationId: organizationId(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    locationPcode: text('location_pcode').notNull(),
    country: char('country', { length: 3 }).notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    sexes: text('sexes').array().notNull(),
    ageBrackets: text('age_brackets').array().notNull(),
    disabilities: text('disabilities').array().notNull(),
    counts: integer('counts').array().notNull(),
    /** The import that last wrote the record (null for form entry). */
    importId: uuid('import_id').references(() => reachImports.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('reach_records_key').on(
      t.organizationId,
      t.projectId,
      t.locationPcode,
      t.periodStart,
      t.periodEnd,
    ),
    index('reach_records_org_country_idx').on(t.organizationId, t.country, t.locationPcode),
    check(
      'reach_records_cells',
      sql`cardinality(${t.sexes}) = cardinality(${t.counts}) and cardinality(${t.ageBrackets}) = cardinality(${t.counts}) and cardinality(${t.disabilities}) = cardinality(${t.counts}) and 0 <= all(${t.counts})`,
    ),
  ],
);

/**
 * One row per cell of a reach record (a view, created by migration 0006): organisation × project ×
 * place × period × sex × age bracket × disability. `id` is the record’s id × 10,000 + the cell's
 * position, stable until the record is written again.
 */
export const reachCounts = pgView('reach_counts', {
  id: bigint('id', { mode: 'number' }).notNull(),
  organizationId: uuid('organization_id').notNull(),
  projectId: uuid('project_id').notNull(),
  locationPcode: text('location_pcode').notNull(),
  country: char('country', { length: 3 }).notNull(),
  periodStart: date('period_start', { mode: 'string' }).notNull(),
  periodEnd: date('period_end', { mode: 'string' }).notNull(),
  sex: text('sex').notNull(),
  ageBracket: text('age_bracket').notNull(),
  disability: text('disability').notNull(),
  count: integer('count').notNull(),
  importId: uuid('import_id'),
  createdAt: at('created_at').notNull(),
}).existing();

/**
 * Individual rows of an individual-level import, kept only when the organisation turns that on
 * (settings): by default they are aggregated and dropped.
 */
export const reachIndividuals = pgTable(
  'reach_individuals',
  {
    id: id(),
    organizationId: organizationId(),
    importId: uuid('import_id')
      .notNull()
      .references(() => reachImports.id, { onDelete: 'cascade' }),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    locationPcode: text('location_pcode').notNull(),
    reachedOn: date('reached_on', { mode: 'string' }),
    age: smallint('age'),
    sex: text('sex').notNull(),
    washingtonGroup: jsonb('washington_group').$type<Record<string, number | null>>().notNull(),
    disability: text('disability').notNull(),
  },
  (t) => [index('reach_individuals_import_idx').on(t.importId)],
);
