/**
 * Project life-cycle tables (issue 3): checklist versions copied per organisation, projects pinned to
 * a version, answers with their history, waivers, phase transitions and action plans.
 */
import {
  bigint,
  customType,
  boolean,
  char,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { at, id, offices, organizationId, users } from './schema.js';

export type ItemTexts = Record<string, { text: string; guidance: string }>;

export const checklistVersions = pgTable(
  'checklist_versions',
  {
    id: id(),
    organizationId: organizationId(),
    version: text('version').notNull(),
    publishedAt: at('published_at').notNull().defaultNow(),
    publishedBy: uuid('published_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [uniqueIndex('checklist_versions_org_version_key').on(t.organizationId, t.version)],
);

export const checklistItems = pgTable(
  'checklist_items',
  {
    organizationId: organizationId(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => checklistVersions.id),
    /** Stable across versions (e.g. sd-design-01), so portfolios compare like with like. */
    itemId: text('item_id').notNull(),
    position: integer('position').notNull(),
    principle: text('principle').notNull(),
    phase: text('phase').notNull(),
    sector: text('sector'),
    mandatory: boolean('mandatory').notNull(),
    evidenceRequired: boolean('evidence_required').notNull(),
    /** Added by the organisation, not from the published content. */
    custom: boolean('custom').notNull().default(false),
    /** Projects created before an organisation item was added keep their checklist as it was. */
    addedAt: at('added_at').notNull().defaultNow(),
    texts: jsonb('texts').$type<ItemTexts>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.itemId] })],
);

export const projects = pgTable(
  'projects',
  {
    id: id(),
    organizationId: organizationId(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    country: char('country', { length: 3 }).notNull(),
    officeId: uuid('office_id').references(() => offices.id),
    adminAreas: jsonb('admin_areas').$type<string[]>().notNull().default([]),
    sectors: text('sectors').array().notNull(),
    targetGroups: jsonb('target_groups').$type<string[]>().notNull().default([]),
    partners: jsonb('partners').$type<string[]>().notNull().default([]),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    budget: jsonb('budget').$type<Record<string, unknown>>(),
    phase: text('phase').notNull().default('design'),
    checklistVersionId: uuid('checklist_version_id')
      .notNull()
      .references(() => checklistVersions.id),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('projects_org_code_key').on(t.organizationId, t.code),
    index('projects_org_country_idx').on(t.organizationId, t.country),
  ],
);

export const projectAnswers = pgTable(
  'project_answers',
  {
    organizationId: organizationId(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    itemId: text('item_id').notNull(),
    /** Copied from the item (fixed within a version) so portfolio aggregates need no join. */
    principle: text('principle').notNull(),
    phase: text('phase').notNull(),
    status: text('status').notNull(),
    justification: text('justification'),
    note: text('note'),
    answeredBy: uuid('answered_by').references(() => users.id, { onDelete: 'set null' }),
    answeredAt: at('answered_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.itemId] }),
    index('project_answers_org_item_idx').on(t.organizationId, t.itemId),
    index('project_answers_org_principle_idx').on(t.organizationId, t.principle),
  ],
);

export type AnswerSnapshot = { status: string; justification: string | null; note: string | null };

export const projectAnswerHistory = pgTable(
  'project_answer_history',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    organizationId: organizationId(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    itemId: text('item_id').notNull(),
    before: jsonb('before').$type<AnswerSnapshot | null>(),
    after: jsonb('after').$type<AnswerSnapshot>().notNull(),
    changedBy: uuid('changed_by').references(() => users.id, { onDelete: 'set null' }),
    changedAt: at('changed_at').notNull().defaultNow(),
  },
  (t) => [index('project_answer_history_project_idx').on(t.projectId, t.changedAt)],
);

export const projectWaivers = pgTable(
  'project_waivers',
  {
    id: id(),
    organizationId: organizationId(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    itemId: text('item_id').notNull(),
    reason: text('reason').notNull(),
    waivedBy: uuid('waived_by').references(() => users.id, { onDelete: 'set null' }),
    waivedAt: at('waived_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('project_waivers_project_item_key').on(t.projectId, t.itemId)],
);

export const projectTransitions = pgTable(
  'project_transitions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    organizationId: organizationId(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    fromPhase: text('from_phase').notNull(),
    toPhase: text('to_phase').notNull(),
    by: uuid('by').references(() => users.id, { onDelete: 'set null' }),
    at: at('at').notNull().defaultNow(),
  },
  (t) => [index('project_transitions_project_idx').on(t.projectId, t.at)],
);

export const projectActions = pgTable(
  'project_actions',
  {
    id: id(),
    organizationId: organizationId(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    itemId: text('item_id'),
    title: text('title').notNull(),
    description: text('description'),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    dueDate: date('due_date', { mode: 'string' }),
    status: text('status').notNull().default('open'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('project_actions_project_idx').on(t.projectId),
    index('project_actions_owner_idx').on(t.organizationId, t.ownerId, t.status),
  ],
);

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/** Evidence files attached to answers: stored in the database (see docs/decisions/011-attachments.md). */
export const answerAttachments = pgTable(
  'answer_attachments',
  {
    id: id(),
    organizationId: organizationId(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    itemId: text('item_id').notNull(),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    uploadedAt: at('uploaded_at').notNull().defaultNow(),
  },
  (t) => [index('answer_attachments_project_item_idx').on(t.projectId, t.itemId)],
);
