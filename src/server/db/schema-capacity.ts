/** Trainings, the guidance library, focal points and the protection roadmap (issue 6). */
import {
  char,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { at, id, offices, organizationId, users } from './schema.js';
import { projects } from './schema-projects.js';

/** Title and description of a guidance entry in one language. */
export interface GuidanceText {
  title: string;
  description: string;
}

/** A training session: topic, date, place, optional project, facilitator, language (decision 029). */
export const trainingSessions = pgTable(
  'training_sessions',
  {
    id: id(),
    organizationId: organizationId(),
    topic: text('topic').notNull(),
    /** What the topic is when `topic` is `other`. */
    topicOther: text('topic_other'),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    locationPcode: text('location_pcode').notNull(),
    country: char('country', { length: 3 }).notNull(),
    projectId: uuid('project_id').references(() => projects.id),
    facilitator: text('facilitator').notNull(),
    language: text('language').notNull(),
    /** A client's retry key: the same key answers the session first recorded. */
    idempotencyKey: text('idempotency_key'),
    requestHash: text('request_hash'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('training_sessions_org_date_idx').on(t.organizationId, t.heldOn),
    uniqueIndex('training_sessions_org_key_key').on(t.organizationId, t.idempotencyKey),
  ],
);

/** Participants of a session counted by organisation type and sex. */
export const trainingParticipantCounts = pgTable(
  'training_participant_counts',
  {
    organizationId: organizationId(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => trainingSessions.id, { onDelete: 'cascade' }),
    participantType: text('participant_type').notNull(),
    sex: text('sex').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.participantType, t.sex] })],
);

/** Named staff participants (users), so that coverage counts each person once. */
export const trainingTrainees = pgTable(
  'training_trainees',
  {
    organizationId: organizationId(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => trainingSessions.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.userId] }),
    index('training_trainees_user_idx').on(t.userId),
  ],
);

/** The staff of a project: the denominator of training coverage (decision 029). */
export const projectStaff = pgTable(
  'project_staff',
  {
    organizationId: organizationId(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.userId] })],
);

/** Guidance the organisation adds, or its edit of a shipped entry (`content_code`). */
export const guidanceEntries = pgTable(
  'guidance_entries',
  {
    id: id(),
    organizationId: organizationId(),
    contentCode: text('content_code'),
    area: text('area').notNull(),
    texts: jsonb('texts').$type<Partial<Record<string, GuidanceText>>>().notNull(),
    languages: text('languages').array().notNull(),
    publisher: text('publisher').notNull(),
    year: smallint('year'),
    url: text('url'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('guidance_entries_org_code_key').on(t.organizationId, t.contentCode)],
);

/** The focal point of an area of work in a country office (staff contact details, decision 030). */
export const focalPoints = pgTable(
  'focal_points',
  {
    id: id(),
    organizationId: organizationId(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    area: text('area').notNull(),
    name: text('name').notNull(),
    role: text('role').notNull(),
    phone: text('phone'),
    email: text('email'),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('focal_points_office_area_key').on(t.officeId, t.area)],
);

/** A milestone of the organisation's protection roadmap under one of the five pillars. */
export const roadmapMilestones = pgTable(
  'roadmap_milestones',
  {
    id: id(),
    organizationId: organizationId(),
    pillar: text('pillar').notNull(),
    title: text('title').notNull(),
    owner: text('owner').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('not_started'),
    evidence: text('evidence'),
    evidenceUrl: text('evidence_url'),
    completedOn: date('completed_on', { mode: 'string' }),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('roadmap_milestones_org_pillar_idx').on(t.organizationId, t.pillar),
    // A retried add (double tap, flaky network) cannot make the same milestone twice.
    uniqueIndex('roadmap_milestones_org_pillar_title_key').on(t.organizationId, t.pillar, t.title),
  ],
);
