/**
 * The `validation_failed` error of pure core checks, in the shape the HTTP edge already uses:
 * `details.fields[{ path, code }]`. Messages are left to the edge, which translates them.
 */
import type { z } from 'zod';
import { AppError } from '../errors.js';

/** One problem of one field, named by a dotted path (`bands.2.min`, `rows.14.age`). */
export interface FieldProblem {
  path: string;
  code: string;
  /** Extra facts for the message (the index, the line, the offending value). */
  params?: Record<string, string | number>;
}

/** The AppError listing every problem found. */
export function invalidInput(messageKey: string, fields: FieldProblem[]): AppError {
  return new AppError('validation_failed', messageKey, { fields });
}

/** The field problems of a zod error, each with the custom code set by a refinement if any. */
export function fieldProblemsOf(error: z.ZodError, prefix = ''): FieldProblem[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    const custom = issue.code === 'custom' ? (issue.params as { code?: string } | undefined) : {};
    return { path, code: custom?.code ?? issue.code };
  });
}
