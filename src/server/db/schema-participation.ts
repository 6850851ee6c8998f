/**
 * Community consultations and committees (issue 6): who took part, counted by sex × age bracket
 * and group, what they raised and what changed as a result; committees counted by role and
 * attributes (no member names), their training and meetings. Located by P-code; scoped by country.
 */
import {
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
import { projectActions, projects } from './schema-projects.js';
import { at, id, organizationId, users } from './schema.js';

export type ParticipantCell = { sex: string; ageBracket: string; count: number };
export type GroupCount = { group: string; count: number };
export type IssueRaised = { description: string; principle: string };
export type MemberGroupRow = {
  role: string;
  sex: string;
  ageBracket: string;
  hasDisability: boolean;
  isMinority: boolean;
  count: number;
};
export type TrainingRow = { topic: string; date: string };
export type TargetsRow = { womenShare: number; disabilityShare: number };
export type AttendanceRow = { sex: string; count: number };

export const consultations = pgTable(
  'consultations',
  {
    id: id(),
    organizationId: organizationId(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    locationPcode: text('location_pcode').notNull(),
    /** ISO alpha-3 of the place: the scope key. */
    country: char('country', { length: 3 }).notNull(),
    projectId: uuid('project_id').references(() => projects.id),
    method: text('method').notNull(),
    facilitator: text('facilitator').notNull(),
    languages: text('languages').array().notNull(),
    topics: jsonb('topics').$type<string[]>().notNull(),
    participants: jsonb('participants').$type<ParticipantCell[]>().notNull(),
    groups: jsonb('groups').$type<GroupCount[]>().notNull(),
    issues: jsonb('issues').$type<IssueRaised[]>().notNull(),
    /** The sum of the participant cells, for sorting and totals without reading the cells. */
    totalParticipants: integer('total_participants').notNull(),
    idempotencyKey: text('idempotency_key'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('consultations_org_country_idx').on(t.organizationId, t.country, t.heldOn),
    index('consultations_project_idx').on(t.projectId),
    uniqueIndex('consultations_org_idempotency_key').on(t.organizationId, t.idempotencyKey),
  ],
);

/** A decision or change that followed a consultation, linked to a project, an action or a feedback category. */
export const consultationDecisions = pgTable(
  'consultation_decisions',
  {
    id: id(),
    organizationId: organizationId(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => consultations.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    description: text('description').notNull(),
    /** project | action | feedback_trend */
    link: text('link').notNull(),
    projectId: uuid('project_id').references(() => projects.id),
    actionId: uuid('action_id').references(() => projectActions.id, { onDelete: 'set null' }),
    feedbackCategory: text('feedback_category'),
  },
  (t) => [
    index('consultation_decisions_consultation_idx').on(t.consultationId, t.position),
    index('consultation_decisions_project_idx').on(t.organizationId, t.projectId),
  ],
);

export const committees = pgTable(
  'committees',
  {
    id: id(),
    organizationId: organizationId(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    locationPcode: text('location_pcode').notNull(),
    country: char('country', { length: 3 }).notNull(),
    siteName: text('site_name'),
    projectId: uuid('project_id').references(() => projects.id),
    establishedOn: date('established_on', { mode: 'string' }),
    members: jsonb('members').$type<MemberGroupRow[]>().notNull(),
    targets: jsonb('targets').$type<TargetsRow>().notNull(),
    trainings: jsonb('trainings').$type<TrainingRow[]>().notNull(),
    idempotencyKey: text('idempotency_key'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('committees_org_country_idx').on(t.organizationId, t.country),
    uniqueIndex('committees_org_idempotency_key').on(t.organizationId, t.idempotencyKey),
  ],
);

export const committeeMeetings = pgTable(
  'committee_meetings',
  {
    id: id(),
    organizationId: organizationId(),
    committeeId: uuid('committee_id')
      .notNull()
      .references(() => committees.id, { onDelete: 'cascade' }),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    attendance: jsonb('attendance').$type<AttendanceRow[]>().notNull(),
    decisions: jsonb('decisions').$type<string[]>().notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('committee_meetings_committee_idx').on(t.committeeId, t.heldOn)],
);
