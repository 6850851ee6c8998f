/** Actions that safety audit findings become: owner, due date, status; overdue flagged. */
import { z } from 'zod';
import { ACTION_STATUSES } from '../projects/action.schema.js';
import { pageQuerySchema } from '../shared/pagination.schema.js';
import { RISK_LEVELS } from './safety-site.schema.js';

export { ACTION_STATUSES };

export const createSafetyActionRequestSchema = z.strictObject({
  itemCode: z.string().trim().min(1).max(20),
  title: z.string().trim().min(3).max(300),
  ownerId: z.uuid(),
  dueDate: z.iso.date(),
});

export type CreateSafetyActionRequest = z.infer<typeof createSafetyActionRequestSchema>;

export const updateSafetyActionRequestSchema = z.strictObject({
  status: z.enum(ACTION_STATUSES).optional(),
  ownerId: z.uuid().optional(),
  dueDate: z.iso.date().optional(),
  version: z.number().int().min(1),
});

export type UpdateSafetyActionRequest = z.infer<typeof updateSafetyActionRequestSchema>;

export const safetyActionSchema = z.strictObject({
  id: z.uuid(),
  siteId: z.uuid(),
  siteName: z.string(),
  auditId: z.uuid(),
  auditDate: z.string(),
  itemCode: z.string(),
  risk: z.enum(RISK_LEVELS),
  title: z.string(),
  ownerId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  dueDate: z.string(),
  status: z.enum(ACTION_STATUSES),
  overdue: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
});

export type SafetyAction = z.infer<typeof safetyActionSchema>;

export const listSafetyActionsQuerySchema = pageQuerySchema.extend({
  siteId: z.uuid().optional(),
  /** The actions one person owns ("My actions"). */
  ownerId: z.uuid().optional(),
  auditId: z.uuid().optional(),
  status: z.enum(ACTION_STATUSES).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  sort: z.enum(['due', '-due', 'risk', '-risk', 'status', '-status']).default('due'),
});

export type ListSafetyActionsQuery = z.infer<typeof listSafetyActionsQuerySchema>;
