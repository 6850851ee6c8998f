/**
 * Complaints and feedback (issue 4). Narratives of sensitive and SEA cases and every contact detail
 * are strictly confidential: stored only as AES-256-GCM ciphertext (`*_enc`).
 */
import {
  bigint,
  boolean,
  char,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { projects } from './schema-projects.js';
import { at, id, organizationId, users } from './schema.js';

export const feedbackCases = pgTable(
  'feedback_cases',
  {
    id: id(),
    organizationId: organizationId(),
    reference: text('reference').notNull(),
    /** Given to the person: shows whether an answer is ready, never the content. */
    receipt: text('receipt').notNull(),
    channel: text('channel').notNull(),
    receivedAt: at('received_at').notNull(),
    language: text('language'),
    category: text('category'),
    sensitivity: text('sensitivity').notNull(),
    urgency: text('urgency').notNull().default('normal'),
    status: text('status').notNull().default('received'),
    projectId: uuid('project_id').references(() => projects.id),
    sector: text('sector'),
    country: char('country', { length: 3 }),
    adminAreas: jsonb('admin_areas').$type<string[]>().notNull().default([]),
    anonymous: boolean('anonymous').notNull().default(false),
    consentToContact: boolean('consent_to_contact').notNull().default(false),
    contactEnc: text('contact_enc'),
    /** Every narrative is encrypted: a case can turn sensitive or SEA at any time (decision 014). */
    narrativeEnc: text('narrative_enc').notNull(),
    submitter: jsonb('submitter').$type<Record<string, unknown>>().notNull().default({}),
    triageFlags: jsonb('triage_flags').$type<string[]>().notNull().default([]),
    reviewRequired: boolean('review_required').notNull().default(false),
    loggedBy: uuid('logged_by').references(() => users.id, { onDelete: 'set null' }),
    assignedTo: uuid('assigned_to').references(() => users.id, { onDelete: 'set null' }),
    /** How the reply reached the person, and how satisfied they said they were (1–5), when known. */
    replyChannel: text('reply_channel'),
    satisfaction: integer('satisfaction'),
    acknowledgeDue: at('acknowledge_due'),
    respondDue: at('respond_due'),
    acknowledgedAt: at('acknowledged_at'),
    /** Set by the deadline job when a deadline passed unmet (kept even after the case moves on). */
    acknowledgeBreachedAt: at('acknowledge_breached_at'),
    respondBreachedAt: at('respond_breached_at'),
    respondedAt: at('responded_at'),
    closedAt: at('closed_at'),
    idempotencyKey: text('idempotency_key'),
    requestHash: text('request_hash'),
    sourceMessageId: text('source_message_id'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('feedback_cases_org_reference_key').on(t.organizationId, t.reference),
    uniqueIndex('feedback_cases_receipt_key').on(t.receipt),
    uniqueIndex('feedback_cases_org_idempotency_key').on(t.organizationId, t.idempotencyKey),
    uniqueIndex('feedback_cases_org_source_key').on(t.organizationId, t.channel, t.sourceMessageId),
    index('feedback_cases_org_status_idx').on(t.organizationId, t.status, t.receivedAt),
    index('feedback_cases_org_sensitivity_idx').on(t.organizationId, t.sensitivity),
  ],
);

/** Internal notes: append-only, encrypted when the case is sensitive. */
export const feedbackNotes = pgTable(
  'feedback_notes',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    organizationId: organizationId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => feedbackCases.id),
    kind: text('kind').notNull(),
    body: text('body'),
    bodyEnc: text('body_enc'),
    by: uuid('by').references(() => users.id, { onDelete: 'set null' }),
    at: at('at').notNull().defaultNow(),
  },
  (t) => [index('feedback_notes_case_idx').on(t.caseId, t.at)],
);

/** In-app notifications (PSEA focal points are told of SEA cases at once). No case content. */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    organizationId: organizationId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id').notNull(),
    createdAt: at('created_at').notNull().defaultNow(),
    readAt: at('read_at'),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)],
);

/** "You said, we did": what the community raised and what changed, published in its language. */
export const communityUpdates = pgTable(
  'community_updates',
  {
    id: id(),
    organizationId: organizationId(),
    language: text('language').notNull(),
    title: text('title').notNull(),
    youSaid: text('you_said').notNull(),
    weDid: text('we_did').notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('draft'),
    publishedAt: at('published_at'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('community_updates_org_idx').on(t.organizationId, t.createdAt)],
);
