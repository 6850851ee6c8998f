/** Sites audited for safety: camps, informal sites, collective centres, transit centres, distribution points. */
import { z } from 'zod';
import { pageQuerySchema } from '../shared/pagination.schema.js';

export const SITE_TYPES = [
  'camp',
  'informal_site',
  'collective_centre',
  'transit_centre',
  'distribution_point',
  'other',
] as const;

export type SiteType = (typeof SITE_TYPES)[number];

export const RISK_LEVELS = ['high', 'medium', 'low'] as const;

export type RiskLevel = (typeof RISK_LEVELS)[number];

export const createSiteRequestSchema = z.strictObject({
  name: z.string().trim().min(2).max(200),
  type: z.enum(SITE_TYPES),
  locationPcode: z.string().trim().min(2).max(20),
  projectId: z.uuid().optional(),
});

export type CreateSiteRequest = z.infer<typeof createSiteRequestSchema>;

export const siteSchema = z.strictObject({
  id: z.uuid(),
  name: z.string(),
  type: z.enum(SITE_TYPES),
  country: z.string(),
  place: z.strictObject({ pcode: z.string(), name: z.string() }),
  project: z.strictObject({ id: z.uuid(), code: z.string(), title: z.string() }).nullable(),
  lastAuditedOn: z.string().nullable(),
  /** Counts of the latest audit's findings by risk. */
  lastRisk: z.strictObject({ high: z.number(), medium: z.number(), low: z.number() }).nullable(),
  openActions: z.number().int(),
  overdueActions: z.number().int(),
  createdAt: z.string(),
});

export type Site = z.infer<typeof siteSchema>;

export const listSitesQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  type: z.enum(SITE_TYPES).optional(),
  country: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  projectId: z.uuid().optional(),
  sort: z.enum(['name', '-name', 'lastAudited', '-lastAudited', 'type', '-type']).default('name'),
});

export type ListSitesQuery = z.infer<typeof listSitesQuerySchema>;
