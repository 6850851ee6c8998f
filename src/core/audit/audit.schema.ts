import { z } from 'zod';
import { pageQuerySchema } from '../shared/pagination.schema.js';

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z
    .object({
      kind: z.enum(['user', 'token', 'system']),
      id: z.string().nullable(),
      label: z.string(),
    })
    .nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const listAuditQuerySchema = pageQuerySchema.extend({
  action: z.string().trim().max(100).optional(),
  actorId: z.uuid().optional(),
  targetId: z.string().trim().max(100).optional(),
});

export type ListAuditQuery = z.infer<typeof listAuditQuerySchema>;
