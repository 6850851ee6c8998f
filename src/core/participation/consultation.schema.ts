/**
 * A community consultation (focus group discussion, community meeting, key-informant interview):
 * who took part, counted by sex × age bracket with persons with disabilities and other groups, the
 * issues raised (each tagged by principle) and the decisions or changes that followed, each linked
 * to a project, an action of a project's plan or a feedback trend. Shared by the API and the form.
 */
import { z } from 'zod';
import { CATEGORIES, SEXES } from '../feedback/feedback.schema.js';
import { pcodeSchema } from '../risk/risk-analysis.schema.js';
import { LANGUAGE_CODE } from './participation-codes.js';

export const CONSULTATION_METHODS = [
  'focus_group_discussion',
  'community_meeting',
  'key_informant_interview',
] as const;
export type ConsultationMethod = (typeof CONSULTATION_METHODS)[number];

/** Groups counted among the participants, beside sex and age. */
export const PARTICIPANT_GROUPS = [
  'persons_with_disabilities',
  'older_persons',
  'minorities',
] as const;
export type ParticipantGroup = (typeof PARTICIPANT_GROUPS)[number];

export const DECISION_LINKS = ['project', 'action', 'feedback_trend'] as const;

const text = (max: number) => z.string().trim().min(1).max(max);
const count = z.number().int().min(0).max(100_000);

/** Participants of one sex in one age bracket of the organisation's set. */
export const participantCellSchema = z
  .object({
    sex: z.enum(SEXES),
    ageBracket: z.string().trim().min(1).max(20),
    count: count,
  })
  .strict();

export const groupCountSchema = z.object({ group: z.enum(PARTICIPANT_GROUPS), count }).strict();

export const issueRaisedSchema = z
  .object({
    description: text(1000),
    /** A principle code of the framework content (`safety_dignity`). */
    principle: z.string().trim().min(1).max(60),
  })
  .strict();

/** A decision or change that followed, linked to what it changed. */
export const consultationDecisionSchema = z
  .object({
    description: text(1000),
    link: z.enum(DECISION_LINKS),
    projectId: z.uuid().optional(),
    actionId: z.uuid().optional(),
    feedbackCategory: z.enum(CATEGORIES).optional(),
  })
  .strict();

export type ConsultationDecision = z.infer<typeof consultationDecisionSchema>;

/** The fields of a consultation (unrefined, so forms may pick from it). */
export const consultationFieldsSchema = z
  .object({
    heldOn: z.iso.date(),
    locationPcode: pcodeSchema,
    projectId: z.uuid().nullable().optional(),
    method: z.enum(CONSULTATION_METHODS),
    facilitator: text(200),
    languages: z.array(z.string().regex(LANGUAGE_CODE)).min(1).max(10),
    topics: z.array(text(200)).min(1).max(20),
    participants: z.array(participantCellSchema).min(1).max(80),
    groups: z.array(groupCountSchema).max(PARTICIPANT_GROUPS.length).default([]),
    issues: z.array(issueRaisedSchema).max(50).default([]),
    decisions: z.array(consultationDecisionSchema).max(50).default([]),
  })
  .strict();

export type ConsultationFields = z.infer<typeof consultationFieldsSchema>;
export type ConsultationFieldsInput = z.input<typeof consultationFieldsSchema>;
