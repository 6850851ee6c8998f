/**
 * A community committee (camp, water, distribution, protection…): where, its members counted by
 * role and group — no names: members are counted by attributes — the balance targets it is held
 * to, and the training it received. Meetings are recorded apart. Shared by the API and the form.
 */
import { z } from 'zod';
import { SEXES } from '../feedback/feedback.schema.js';
import { pcodeSchema } from '../risk/risk-analysis.schema.js';

export const COMMITTEE_KINDS = ['camp', 'water', 'distribution', 'protection', 'other'] as const;
export const MEMBER_ROLES = ['chair', 'vice_chair', 'secretary', 'treasurer', 'member'] as const;
/** Roles that lead a committee, for the share of women in leadership. */
export const LEADERSHIP_ROLES: readonly string[] = [
  'chair',
  'vice_chair',
  'secretary',
  'treasurer',
];

const text = (max: number) => z.string().trim().min(1).max(max);
const share = z.number().min(0).max(1);

/** A number of members with the same role and attributes. */
export const memberGroupSchema = z
  .object({
    role: z.enum(MEMBER_ROLES),
    sex: z.enum(SEXES),
    ageBracket: z.string().trim().min(1).max(20),
    hasDisability: z.boolean().default(false),
    isMinority: z.boolean().default(false),
    count: z.number().int().min(1).max(500),
  })
  .strict();

export type MemberGroup = z.infer<typeof memberGroupSchema>;

export const committeeTrainingSchema = z.object({ topic: text(200), date: z.iso.date() }).strict();

/** The shares the committee is held to (default: half women, 15 % persons with disabilities). */
export const balanceTargetsSchema = z
  .object({ womenShare: share.default(0.5), disabilityShare: share.default(0.15) })
  .strict();

export type BalanceTargets = z.infer<typeof balanceTargetsSchema>;

export const committeeFieldsSchema = z
  .object({
    name: text(200),
    kind: z.enum(COMMITTEE_KINDS),
    locationPcode: pcodeSchema,
    siteName: z.string().trim().max(200).optional(),
    projectId: z.uuid().nullable().optional(),
    establishedOn: z.iso.date().optional(),
    members: z.array(memberGroupSchema).min(1).max(60),
    targets: balanceTargetsSchema.default({ womenShare: 0.5, disabilityShare: 0.15 }),
    trainings: z.array(committeeTrainingSchema).max(50).default([]),
  })
  .strict();

export type CommitteeFields = z.infer<typeof committeeFieldsSchema>;
export type CommitteeFieldsInput = z.input<typeof committeeFieldsSchema>;

export const attendanceSchema = z
  .object({ sex: z.enum(SEXES), count: z.number().int().min(0).max(500) })
  .strict();

export const committeeMeetingFieldsSchema = z
  .object({
    heldOn: z.iso.date(),
    attendance: z.array(attendanceSchema).min(1).max(SEXES.length),
    decisions: z.array(text(1000)).max(30).default([]),
  })
  .strict();

export type CommitteeMeetingFields = z.infer<typeof committeeMeetingFieldsSchema>;
