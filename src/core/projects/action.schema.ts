import { z } from 'zod';

export const ACTION_STATUSES = ['open', 'in_progress', 'done'] as const;

export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const actionSchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  projectCode: z.string(),
  itemId: z.string().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  ownerId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: z.enum(ACTION_STATUSES),
  /** Not done and past its due date. */
  overdue: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});

export type Action = z.infer<typeof actionSchema>;

export const createActionRequestSchema = z
  .object({
    itemId: z.string().trim().min(1).max(80).optional(),
    title: z.string().trim().min(3).max(300),
    description: z.string().trim().max(4000).optional(),
    ownerId: z.uuid().optional(),
    dueDate: z.iso.date().optional(),
  })
  .strict();

export type CreateActionRequest = z.infer<typeof createActionRequestSchema>;

export const updateActionRequestSchema = z
  .object({
    title: z.string().trim().min(3).max(300).optional(),
    description: z.string().trim().max(4000).nullable().optional(),
    ownerId: z.uuid().nullable().optional(),
    dueDate: z.iso.date().nullable().optional(),
    status: z.enum(ACTION_STATUSES).optional(),
    version: z.number().int().min(1),
  })
  .strict();

export type UpdateActionRequest = z.infer<typeof updateActionRequestSchema>;

/** Whether an action is overdue on a given day (YYYY-MM-DD). */
export function isOverdue(
  action: { status: string; dueDate: string | null },
  today: string,
): boolean {
  return action.status !== 'done' && action.dueDate !== null && action.dueDate < today;
}
