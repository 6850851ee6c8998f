/**
 * The API shapes of consultations and committees around their field schemas: update requests with
 * the version read, list queries, and what the server answers. Shared by the routes and the pages.
 */
import { z } from 'zod';
import { pageQuerySchema } from '../shared/pagination.schema.js';
import { pcodeSchema } from '../risk/risk-analysis.schema.js';
import {
  committeeFieldsSchema,
  committeeMeetingFieldsSchema,
  COMMITTEE_KINDS,
} from './committee.schema.js';
import {
  CONSULTATION_METHODS,
  consultationDecisionSchema,
  consultationFieldsSchema,
  groupCountSchema,
  issueRaisedSchema,
  participantCellSchema,
  PARTICIPANT_GROUPS,
} from './consultation.schema.js';

const version = z.number().int().min(1);
const linkedProject = z.object({ id: z.uuid(), code: z.string(), title: z.string() });
const place = z.object({
  pcode: z.string(),
  level: z.number().int(),
  country: z.string(),
  names: z.record(z.string(), z.string().optional()),
});

export const updateConsultationRequestSchema = consultationFieldsSchema
  .extend({ version })
  .strict();
export type UpdateConsultationRequest = z.input<typeof updateConsultationRequestSchema>;

export const CONSULTATION_SORTS = ['heldOn', '-heldOn', 'participants', '-participants'] as const;

export const listConsultationsQuerySchema = pageQuerySchema.extend({
  projectId: z.uuid().optional(),
  /** A place and every place below it. */
  location: pcodeSchema.optional(),
  method: z.enum(CONSULTATION_METHODS).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  sort: z.enum(CONSULTATION_SORTS).default('-heldOn'),
});
export type ListConsultationsQuery = z.infer<typeof listConsultationsQuerySchema>;

export const decisionViewSchema = consultationDecisionSchema.extend({
  id: z.uuid(),
  project: linkedProject.nullable(),
  action: z.object({ id: z.uuid(), title: z.string(), projectId: z.uuid() }).nullable(),
});

export const consultationSchema = z.object({
  id: z.uuid(),
  heldOn: z.string(),
  locationPcode: z.string(),
  place: place.nullable(),
  country: z.string(),
  project: linkedProject.nullable(),
  method: z.enum(CONSULTATION_METHODS),
  facilitator: z.string(),
  languages: z.array(z.string()),
  topics: z.array(z.string()),
  participants: z.array(participantCellSchema),
  groups: z.array(groupCountSchema),
  issues: z.array(issueRaisedSchema),
  decisions: z.array(decisionViewSchema),
  totalParticipants: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Consultation = z.infer<typeof consultationSchema>;

/** A list row: counts and codes, no free text beyond the facilitator's name. */
export const consultationSummarySchema = consultationSchema
  .pick({
    id: true,
    heldOn: true,
    locationPcode: true,
    place: true,
    country: true,
    project: true,
    method: true,
    totalParticipants: true,
  })
  .extend({ issues: z.number().int(), decisions: z.number().int() });
export type ConsultationSummary = z.infer<typeof consultationSummarySchema>;

export const participationQuerySchema = z
  .object({ projectId: z.uuid().optional(), location: pcodeSchema.optional() })
  .refine((q) => q.projectId || q.location, { path: ['projectId'], message: 'required' });
export type ParticipationQuery = z.infer<typeof participationQuerySchema>;

const published = z.number().int().nullable();
export const participationByGroupSchema = z.object({
  consultations: z.number().int(),
  decisions: z.number().int(),
  ageBrackets: z.array(z.string()),
  sexes: z.array(z.string()),
  cells: z.array(z.array(published)),
  bracketTotals: z.array(published),
  sexTotals: z.array(published),
  total: published,
  groups: z.array(z.object({ group: z.enum(PARTICIPANT_GROUPS), count: published })),
  suppressed: z.boolean(),
});
export type ParticipationByGroupView = z.infer<typeof participationByGroupSchema>;

export const exportQuerySchema = z.object({
  format: z.enum(['csv', 'xlsx']),
  projectId: z.uuid().optional(),
  location: pcodeSchema.optional(),
});

export const updateCommitteeRequestSchema = committeeFieldsSchema.extend({ version }).strict();
export type UpdateCommitteeRequest = z.input<typeof updateCommitteeRequestSchema>;

export const listCommitteesQuerySchema = pageQuerySchema.extend({
  projectId: z.uuid().optional(),
  location: pcodeSchema.optional(),
  kind: z.enum(COMMITTEE_KINDS).optional(),
  /** Only committees below one of their targets. */
  unbalanced: z.enum(['true', 'false']).optional(),
  sort: z.enum(['name', '-name', 'updatedAt', '-updatedAt']).default('name'),
});
export type ListCommitteesQuery = z.infer<typeof listCommitteesQuerySchema>;

export const balanceSchema = z.object({
  members: z.number().int(),
  women: z.number().int(),
  personsWithDisabilities: z.number().int(),
  womenShare: z.number(),
  disabilityShare: z.number(),
  womenFlag: z.enum(['met', 'below']),
  disabilityFlag: z.enum(['met', 'below']),
  womenInLeadership: z.boolean(),
  balanced: z.boolean(),
});

export const committeeMeetingSchema = committeeMeetingFieldsSchema.extend({
  id: z.uuid(),
  committeeId: z.uuid(),
  createdAt: z.string(),
});
export type CommitteeMeeting = z.infer<typeof committeeMeetingSchema>;

export const committeeSchema = committeeFieldsSchema
  .extend({
    id: z.uuid(),
    place: place.nullable(),
    country: z.string(),
    project: linkedProject.nullable(),
    siteName: z.string().nullable(),
    establishedOn: z.string().nullable(),
    balance: balanceSchema,
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .omit({ projectId: true });
export type Committee = z.infer<typeof committeeSchema>;

export const committeeSummarySchema = committeeSchema
  .pick({
    id: true,
    name: true,
    kind: true,
    locationPcode: true,
    place: true,
    country: true,
    project: true,
    balance: true,
    updatedAt: true,
  })
  .extend({ meetings: z.number().int(), trainings: z.number().int() });
export type CommitteeSummary = z.infer<typeof committeeSummarySchema>;
