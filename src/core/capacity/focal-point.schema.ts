/**
 * The focal point of an area of work in a country office (decision 030): staff contact details,
 * readable by staff only and editable by admins and protection officers. Shared by API and form.
 */
import { z } from 'zod';
import { WORK_AREAS } from './capacity-codes.js';

const optionalText = (max: number) => z.string().trim().min(1).max(max).nullable().default(null);

export const focalPointBaseSchema = z
  .object({
    officeId: z.uuid(),
    area: z.enum(WORK_AREAS),
    name: z.string().trim().min(1).max(200),
    role: z.string().trim().min(1).max(200),
    phone: optionalText(40).refine((p) => p === null || /^\+?[0-9 ()./-]{4,40}$/.test(p), {
      message: 'phone',
    }),
    email: z.email().max(320).nullable().default(null),
  })
  .strict();
export const focalPointRequestSchema = focalPointBaseSchema.refine(
  (f) => f.phone !== null || f.email !== null,
  { path: ['phone'], message: 'contact_required' },
);
export type FocalPointRequest = z.input<typeof focalPointRequestSchema>;

export const updateFocalPointRequestSchema = focalPointBaseSchema
  .extend({ version: z.number().int().min(1) })
  .strict()
  .refine((f) => f.phone !== null || f.email !== null, {
    path: ['phone'],
    message: 'contact_required',
  });
export type UpdateFocalPointRequest = z.input<typeof updateFocalPointRequestSchema>;

export const focalPointSchema = z.object({
  id: z.uuid(),
  office: z.object({ id: z.uuid(), code: z.string(), name: z.string(), country: z.string() }),
  area: z.enum(WORK_AREAS),
  name: z.string(),
  role: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  version: z.number().int(),
});
export type FocalPoint = z.infer<typeof focalPointSchema>;

export const listFocalPointsQuerySchema = z
  .object({
    country: z.string().trim().toUpperCase().length(3).optional(),
    area: z.enum(WORK_AREAS).optional(),
  })
  .strict();
export type ListFocalPointsQuery = z.infer<typeof listFocalPointsQuerySchema>;
