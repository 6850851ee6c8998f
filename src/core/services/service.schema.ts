/**
 * A service of the directory, as entered in the form or read from an HSDS package (decision 027):
 * what it is, who provides it, where, how to reach it, when, in which languages, how accessible,
 * at what cost, for whom, and when it was last verified.
 */
import { z } from 'zod';
import { pageQuerySchema } from '../shared/pagination.schema.js';

export const SERVICE_TYPES = [
  'gbv',
  'child_protection',
  'mhpss',
  'health',
  'legal_aid',
  'shelter',
  'counter_trafficking',
  'disability',
  'documentation',
  'livelihoods',
  'other',
] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

/** Physical and communication accessibility (the facts a referrer checks before sending someone). */
export const ACCESSIBILITY_FEATURES = [
  'wheelchair',
  'accessible_toilet',
  'sign_language',
  'easy_read',
  'home_visits',
  'remote',
  'women_staff',
  'child_friendly',
] as const;

export const SERVICE_STATUSES = ['active', 'inactive'] as const;
export const COST_KINDS = ['free', 'fee'] as const;

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().default(null);
export const pcodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Z]{2}[A-Z0-9]{0,18}$/);
/** ISO 639-1 (two letters) or 639-3 (three). */
export const languageTagSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}$/);

/** The fields of a service, unrefined (so that `.pick()` and `.extend()` work). */
export const serviceEntryBaseSchema = z
  .object({
    type: z.enum(SERVICE_TYPES),
    name: text(200),
    description: z.string().trim().max(4000).default(''),
    providerName: text(200),
    status: z.enum(SERVICE_STATUSES).default('active'),
    locationPcodes: z.array(pcodeSchema).min(1).max(200),
    phone: optionalText(60),
    email: z.email().max(200).nullable().default(null),
    address: optionalText(500),
    hours: optionalText(500),
    languages: z.array(languageTagSchema).max(30).default([]),
    accessibility: z.array(z.enum(ACCESSIBILITY_FEATURES)).default([]),
    accessibilityNote: optionalText(1000),
    cost: z.enum(COST_KINDS).default('free'),
    costDescription: optionalText(1000),
    eligibility: optionalText(2000),
    minimumAge: z.number().int().min(0).max(120).nullable().default(null),
    maximumAge: z.number().int().min(0).max(120).nullable().default(null),
    lastVerifiedOn: z.iso.date().nullable().default(null),
  })
  .strict();

/** An age range must not be inverted. */
export const serviceEntrySchema = serviceEntryBaseSchema.refine(
  (s) => s.minimumAge === null || s.maximumAge === null || s.minimumAge <= s.maximumAge,
  { path: ['maximumAge'], message: 'below the minimum age', params: { code: 'below_minimum' } },
);
export type ServiceEntry = z.infer<typeof serviceEntrySchema>;
export type ServiceEntryInput = z.input<typeof serviceEntrySchema>;

export const updateServiceRequestSchema = serviceEntryBaseSchema
  .extend({ version: z.number().int().min(1) })
  .strict()
  .refine((s) => s.minimumAge === null || s.maximumAge === null || s.minimumAge <= s.maximumAge, {
    path: ['maximumAge'],
    params: { code: 'below_minimum' },
  });

const flag = z.enum(['true', 'false']).optional();
export const SERVICE_SORTS = ['name', '-name', 'verified', '-verified', 'type', '-type'] as const;

/** The directory search: a place finds services serving it or any place above it. */
export const serviceFilterSchema = z
  .object({
    q: z.string().trim().max(200).optional(),
    type: z.enum(SERVICE_TYPES).optional(),
    place: pcodeSchema.optional(),
    language: languageTagSchema.optional(),
    accessibility: z.enum(ACCESSIBILITY_FEATURES).optional(),
    free: flag,
    status: z.enum(SERVICE_STATUSES).optional(),
    stale: flag,
  })
  .strict();
export type ServiceFilter = z.infer<typeof serviceFilterSchema>;

export const listServicesQuerySchema = serviceFilterSchema
  .extend(pageQuerySchema.shape)
  .extend({ sort: z.enum(SERVICE_SORTS).default('name') })
  .strict();
export type ListServicesQuery = z.infer<typeof listServicesQuerySchema>;

const placeSchema = z.object({ pcode: z.string(), name: z.string(), level: z.number().int() });

/** A service as the API answers it. */
export const serviceSchema = serviceEntryBaseSchema.omit({ locationPcodes: true }).extend({
  id: z.uuid(),
  country: z.string(),
  places: z.array(placeSchema),
  stale: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type DirectoryService = z.infer<typeof serviceSchema>;

export const pathwayQuerySchema = z
  .object({
    place: pcodeSchema,
    type: z.enum(SERVICE_TYPES),
    lang: z.enum(['en', 'fr', 'es', 'ar']).optional(),
  })
  .strict();
export type PathwayQuery = z.infer<typeof pathwayQuerySchema>;

/** A referral pathway: the active services of one type serving a place, for printing. */
export const pathwaySchema = z.object({
  place: placeSchema,
  /** The place's parents, nearest first (the services serving them serve it too). */
  parents: z.array(placeSchema),
  type: z.enum(SERVICE_TYPES),
  lang: z.enum(['en', 'fr', 'es', 'ar']),
  services: z.array(serviceSchema),
  generatedOn: z.string(),
});
export type Pathway = z.infer<typeof pathwaySchema>;
