import { z } from 'zod';
import { LANGUAGE_CODES } from '../shared/language.js';

export const communityUpdateSchema = z.object({
  id: z.uuid(),
  language: z.enum(LANGUAGE_CODES),
  title: z.string(),
  youSaid: z.string(),
  weDid: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  status: z.enum(['draft', 'published']),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});

export type CommunityUpdate = z.infer<typeof communityUpdateSchema>;

const text = (min: number, max: number) => z.string().trim().min(min).max(max);

/** What the composer writes: the language of the community, a title, what people said, what was done. */
export const communityUpdateTextSchema = z
  .object({
    language: z.enum(LANGUAGE_CODES),
    title: text(3, 200),
    youSaid: text(10, 4000),
    weDid: text(10, 4000),
  })
  .strict();

export const createCommunityUpdateSchema = communityUpdateTextSchema
  .extend({ periodFrom: z.iso.date(), periodTo: z.iso.date() })
  .strict()
  .refine((u) => u.periodFrom <= u.periodTo, {
    message: 'the period ends before it starts',
    path: ['periodTo'],
  });

export const updateCommunityUpdateSchema = z
  .object({
    title: text(3, 200).optional(),
    youSaid: text(10, 4000).optional(),
    weDid: text(10, 4000).optional(),
    status: z.literal('published').optional(),
    version: z.number().int().min(1),
  })
  .strict();
