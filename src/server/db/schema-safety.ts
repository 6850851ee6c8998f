/** Site safety audits: templates, audits, answers, photos and the actions findings become (issue 6). */
import {
  boolean,
  char,
  customType,
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
import type { TemplateItem } from '../../core/safety/safety-template.schema.js';
import { at, id, organizationId, users } from './schema.js';
import { projects } from './schema-projects.js';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/** An organisation's template versions: immutable snapshots, numbered 1, 2, … (decision 026). */
export const safetyTemplates = pgTable(
  'safety_templates',
  {
    id: id(),
    organizationId: organizationId(),
    number: integer('number').notNull(),
    /** The shipped content version it started from. */
    contentVersion: text('content_version').notNull(),
    items: jsonb('items').$type<TemplateItem[]>().notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('safety_templates_org_number_key').on(t.organizationId, t.number)],
);

export const safetySites = pgTable(
  'safety_sites',
  {
    id: id(),
    organizationId: organizationId(),
    name: text('name').notNull(),
    type: text('type').notNull(),
    locationPcode: text('location_pcode').notNull(),
    /** ISO alpha-3 of the place: the scope key. */
    country: char('country', { length: 3 }).notNull(),
    projectId: uuid('project_id').references(() => projects.id),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('safety_sites_org_place_name_key').on(t.organizationId, t.locationPcode, t.name),
    index('safety_sites_org_country_idx').on(t.organizationId, t.country),
  ],
);

export const safetyAudits = pgTable(
  'safety_audits',
  {
    id: id(),
    organizationId: organizationId(),
    siteId: uuid('site_id')
      .notNull()
      .references(() => safetySites.id),
    templateId: uuid('template_id')
      .notNull()
      .references(() => safetyTemplates.id),
    auditedOn: date('audited_on', { mode: 'string' }).notNull(),
    atNight: boolean('at_night').notNull(),
    notes: text('notes'),
    /** Hash of the request: a retry of the same audit returns it, a different one is a conflict. */
    requestHash: text('request_hash').notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('safety_audits_site_date_key').on(t.siteId, t.auditedOn)],
);

export const safetyAnswers = pgTable(
  'safety_answers',
  {
    organizationId: organizationId(),
    auditId: uuid('audit_id')
      .notNull()
      .references(() => safetyAudits.id),
    itemCode: text('item_code').notNull(),
    position: integer('position').notNull(),
    answer: text('answer').notNull(),
    risk: text('risk'),
    notes: text('notes'),
  },
  (t) => [primaryKey({ columns: [t.auditId, t.itemCode] })],
);

/** Photos re-encoded on upload: resized, every metadata block (EXIF, GPS) dropped. */
export const safetyPhotos = pgTable(
  'safety_photos',
  {
    id: id(),
    organizationId: organizationId(),
    auditId: uuid('audit_id')
      .notNull()
      .references(() => safetyAudits.id),
    itemCode: text('item_code'),
    contentType: text('content_type').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    uploadedAt: at('uploaded_at').notNull().defaultNow(),
  },
  (t) => [index('safety_photos_audit_idx').on(t.auditId)],
);

/** Actions findings become; their own table because sites need not belong to a project (decision 026). */
export const safetyActions = pgTable(
  'safety_actions',
  {
    id: id(),
    organizationId: organizationId(),
    siteId: uuid('site_id')
      .notNull()
      .references(() => safetySites.id),
    auditId: uuid('audit_id')
      .notNull()
      .references(() => safetyAudits.id),
    itemCode: text('item_code').notNull(),
    risk: text('risk').notNull(),
    title: text('title').notNull(),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('open'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('safety_actions_site_idx').on(t.siteId),
    uniqueIndex('safety_actions_audit_item_key').on(t.auditId, t.itemCode),
  ],
);
