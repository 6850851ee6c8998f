/** Places of the administrative hierarchy (country → admin1 → admin2 → admin3): API and web shapes. */
import { z } from 'zod';
import { pageQuerySchema } from '../shared/pagination.schema.js';

/** A P-code as it appears in a URL or a filter: the country prefix, then letters or digits. */
export const pcodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Z]{2,3}[A-Z0-9]{0,17}$/);

/** Country, admin1, admin2, admin3 (deeper levels of a gazetteer are kept too, up to admin5). */
export const MAX_ADMIN_LEVEL = 5;
export const LOCATION_SORTS = ['pcode', 'name'] as const;

export const locationSchema = z.object({
  pcode: z.string(),
  /** 0 country, 1 admin1, 2 admin2, 3 admin3. */
  level: z.number().int(),
  parentPcode: z.string().nullable(),
  /** ISO 3166-1 alpha-3. */
  country: z.string(),
  names: z.record(z.string(), z.string()),
  validOn: z.string().nullable(),
  /** When a newer gazetteer no longer had it (null: current). */
  retiredOn: z.string().nullable(),
  childrenCount: z.number().int(),
});

export type LocationItem = z.infer<typeof locationSchema>;

export const locationDetailSchema = locationSchema.extend({
  /** From the country down to the parent. */
  ancestors: z.array(locationSchema.pick({ pcode: true, level: true, names: true })),
  /** The P-codes older gazetteers gave this place. */
  formerPcodes: z.array(z.string()),
});

export type LocationDetail = z.infer<typeof locationDetailSchema>;

export const listLocationsQuerySchema = pageQuerySchema.extend({
  level: z.coerce.number().int().min(0).max(MAX_ADMIN_LEVEL).optional(),
  parent: pcodeSchema.optional(),
  country: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  /** Part of a name in any language or of a P-code; case and accents do not matter. */
  q: z.string().trim().min(1).max(100).optional(),
  sort: z.enum(LOCATION_SORTS).default('pcode'),
});

export type ListLocationsQuery = z.infer<typeof listLocationsQuerySchema>;

/** A problem of an imported gazetteer, by line (the header is line 1) and column. */
export const gazetteerProblemSchema = z.object({
  line: z.number().int(),
  column: z.string(),
  code: z.string(),
  value: z.string().optional(),
  /** Damaged text is reported once per column: how many lines have it. */
  lines: z.number().int().optional(),
  message: z.string(),
});

export type GazetteerProblemItem = z.infer<typeof gazetteerProblemSchema>;

export const gazetteerImportResultSchema = z.object({
  /** Places in the file, by level. */
  locations: z.number().int(),
  byLevel: z.record(z.string(), z.number().int()),
  countries: z.array(z.string()),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Places already stored for these countries that the file no longer has. */
  notInFile: z.number().int(),
  /**
   * Of those, the current places of the file's levels: retired when the file replaces the
   * gazetteer (`retireMissing`), otherwise kept.
   */
  retired: z.number().int(),
  /** P-code changes the file records (`admin2oldPcode`). */
  codeChanges: z.number().int(),
  /** The sheet read, for a workbook: the one with the deepest level (it repeats its ancestors). */
  sheet: z.string().optional(),
  dryRun: z.boolean(),
});

export type GazetteerImportResult = z.infer<typeof gazetteerImportResultSchema>;
