import { z } from 'zod';
import { isCountryCode } from '../shared/country.js';
import { pageQuerySchema } from '../shared/pagination.schema.js';
import { PROJECT_PHASES } from './phase.js';

/** Population groups a project targets (DOMAIN.md §1). */
export const TARGET_GROUPS = [
  'idps',
  'returnees',
  'migrants',
  'refugees',
  'host_community',
  'stranded_migrants',
  'other',
] as const;

const isoDate = z.iso.date();

export const countrySchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCountryCode, { message: 'not an ISO 3166-1 alpha-3 country code' });

export const budgetSchema = z
  .object({
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .default('USD'),
    total: z.number().nonnegative().max(1e12).optional(),
    accessibility: z.number().nonnegative().max(1e12).optional(),
    feedbackMechanism: z.number().nonnegative().max(1e12).optional(),
  })
  .strict();

const projectFields = {
  code: z
    .string()
    .trim()
    .min(2)
    .max(40)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._/-]*$/),
  title: z.string().trim().min(3).max(300),
  country: countrySchema,
  officeId: z.uuid().nullable().optional(),
  adminAreas: z.array(z.string().trim().min(1).max(40)).max(200).default([]),
  /** Codes of the 15 MCOF sectors (checked against the framework in the service). */
  sectors: z.array(z.string().trim().min(1)).min(1).max(15),
  targetGroups: z.array(z.enum(TARGET_GROUPS)).max(TARGET_GROUPS.length).default([]),
  partners: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  startDate: isoDate.nullable().optional(),
  endDate: isoDate.nullable().optional(),
  budget: budgetSchema.optional(),
};

const datesInOrder = (p: { startDate?: string | null; endDate?: string | null }) =>
  !p.startDate || !p.endDate || p.startDate <= p.endDate;
const datesIssue = { message: 'the end date is before the start date', path: ['endDate'] };

export const createProjectRequestSchema = z
  .object(projectFields)
  .strict()
  .refine(datesInOrder, datesIssue);

export type CreateProjectRequest = z.input<typeof createProjectRequestSchema>;

export const updateProjectRequestSchema = z
  .object({
    title: projectFields.title.optional(),
    officeId: projectFields.officeId,
    adminAreas: z.array(z.string().trim().min(1).max(40)).max(200).optional(),
    sectors: projectFields.sectors.optional(),
    targetGroups: z.array(z.enum(TARGET_GROUPS)).optional(),
    partners: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
    startDate: isoDate.nullable().optional(),
    endDate: isoDate.nullable().optional(),
    budget: budgetSchema.optional(),
    version: z.number().int().min(1),
  })
  .strict()
  .refine(datesInOrder, datesIssue);

export type UpdateProjectRequest = z.infer<typeof updateProjectRequestSchema>;

export const projectSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  title: z.string(),
  country: z.string(),
  officeId: z.uuid().nullable(),
  adminAreas: z.array(z.string()),
  sectors: z.array(z.string()),
  targetGroups: z.array(z.enum(TARGET_GROUPS)),
  partners: z.array(z.string()),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  budget: budgetSchema.nullable(),
  phase: z.enum(PROJECT_PHASES),
  checklistVersion: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

export type Project = z.infer<typeof projectSchema>;

export const PROJECT_SORTS = [
  'code',
  '-code',
  'title',
  '-title',
  'updatedAt',
  '-updatedAt',
  'phase',
  '-phase',
] as const;

export const listProjectsQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  country: countrySchema.optional(),
  sector: z.string().trim().max(40).optional(),
  phase: z.enum(PROJECT_PHASES).optional(),
  partner: z.string().trim().max(200).optional(),
  sort: z.enum(PROJECT_SORTS).default('-updatedAt'),
});

export type ListProjectsQuery = z.infer<typeof listProjectsQuerySchema>;

export const transitionRequestSchema = z.object({ to: z.enum(PROJECT_PHASES) }).strict();
