/**
 * Age brackets derived from exact ages (DOMAIN.md §5: store the exact age, derive brackets from a
 * configurable set). A set lists brackets of whole years, `min` to `max` inclusive, that partition
 * 0–120 with no gap and no overlap.
 */
import { z } from 'zod';
import { AGE_BRACKETS } from '../feedback/feedback.schema.js';
import { fieldProblemsOf, invalidInput } from '../risk/invalid-input.js';

export const AGE_MAX = 120;

export const ageBracketSchema = z
  .object({
    code: z.string().regex(/^[0-9a-z+_-]{1,20}$/),
    min: z.number().int().min(0).max(AGE_MAX),
    max: z.number().int().min(0).max(AGE_MAX),
  })
  .strict();

export type AgeBracket = z.infer<typeof ageBracketSchema>;

type Issue = { path: (string | number)[]; code: string };

/** Problems of a bracket list, each at the index of the bracket concerned. */
export function checkBracketPartition(brackets: readonly AgeBracket[]): Issue[] {
  const issues: Issue[] = [];
  if (brackets[0] && brackets[0].min !== 0)
    issues.push({ path: [0, 'min'], code: 'not_from_zero' });
  const last = brackets.length - 1;
  if (brackets[last] && brackets[last].max !== AGE_MAX)
    issues.push({ path: [last, 'max'], code: 'not_to_120' });
  const codes = new Set<string>();
  brackets.forEach((bracket, i) => {
    if (bracket.min > bracket.max) issues.push({ path: [i, 'max'], code: 'below_min' });
    if (codes.has(bracket.code)) issues.push({ path: [i, 'code'], code: 'duplicate' });
    codes.add(bracket.code);
    const previous = brackets[i - 1];
    if (previous && bracket.min > previous.max + 1) issues.push({ path: [i, 'min'], code: 'gap' });
    if (previous && bracket.min <= previous.max) issues.push({ path: [i, 'min'], code: 'overlap' });
  });
  return issues;
}

export const ageBracketSetSchema = z
  .array(ageBracketSchema)
  .min(1)
  .max(30)
  .superRefine((brackets, ctx) => {
    for (const issue of checkBracketPartition(brackets))
      ctx.addIssue({
        code: 'custom',
        path: issue.path,
        params: { code: issue.code },
        message: issue.code,
      });
  });

export type AgeBracketSet = z.infer<typeof ageBracketSetSchema>;

const [b0, b5, b12, b18, b60] = AGE_BRACKETS;

/** DOMAIN.md §5 default: 0–4, 5–11, 12–17, 18–59, 60+ (codes as in feedback submitter data). */
export const DEFAULT_AGE_BRACKETS: AgeBracketSet = [
  { code: b0, min: 0, max: 4 },
  { code: b5, min: 5, max: 11 },
  { code: b12, min: 12, max: 17 },
  { code: b18, min: 18, max: 59 },
  { code: b60, min: 60, max: AGE_MAX },
];

/** Parses an organisation's bracket set, or throws `validation_failed` naming each bad bracket. */
export function parseAgeBrackets(input: unknown): AgeBracketSet {
  const parsed = ageBracketSetSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw invalidInput('reach.invalid_age_brackets', fieldProblemsOf(parsed.error, 'brackets'));
}

/** The code of the bracket holding an age in completed years (fractions are dropped). */
export function bracketOf(age: number, set: AgeBracketSet = DEFAULT_AGE_BRACKETS): string {
  const years = Math.floor(age);
  const bracket = set.find((b) => years >= b.min && years <= b.max);
  if (!Number.isFinite(age) || !bracket)
    throw invalidInput('reach.invalid_age', [{ path: 'age', code: 'out_of_range' }]);
  return bracket.code;
}
