import type { z } from 'zod';
import { AppError } from '../../../core/errors.js';
import type {
  Project,
  UpdateProjectRequest,
  updateProjectRequestSchema,
} from '../../../core/projects/project.schema.js';

/** The values of the "Edit project" form, as typed (before the schema's defaults). */
export type EditProjectValues = z.input<typeof updateProjectRequestSchema>;

/** The parts of a project the edit form changes (code, country and phase stay). */
export const EDITABLE_FIELDS = [
  'title',
  'officeId',
  'adminAreas',
  'sectors',
  'targetGroups',
  'partners',
  'startDate',
  'endDate',
  'budget',
] as const;

export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** The form's fields, to put the server's field errors on. */
export const EDIT_PROJECT_FIELDS = [
  ...EDITABLE_FIELDS.filter((name) => name !== 'budget'),
  'budget.currency',
  'budget.accessibility',
  'budget.feedbackMechanism',
] as const;

/** The edit form's values for a project as the server last sent it. */
export function editValuesOf(project: Project): EditProjectValues {
  return {
    title: project.title,
    officeId: project.officeId,
    adminAreas: [...project.adminAreas],
    sectors: [...project.sectors],
    targetGroups: [...project.targetGroups],
    partners: [...project.partners],
    startDate: project.startDate,
    endDate: project.endDate,
    // Kept whole (a total set elsewhere survives); USD for a project without a budget yet.
    budget: project.budget ? { ...project.budget } : { currency: 'USD' },
    version: project.version,
  };
}

/** JSON with sorted object keys, without undefined members: equal values give equal text. */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/** The editable fields whose values differ between two sets of values. */
function differing(before: Partial<EditProjectValues>, after: Partial<EditProjectValues>) {
  return EDITABLE_FIELDS.filter((name) => canonical(before[name]) !== canonical(after[name]));
}

/** The fields someone changed between two versions of a project. */
export function changedFields(before: Project, after: Project): EditableField[] {
  return differing(editValuesOf(before), editValuesOf(after));
}

/**
 * The request for what the user changed since `base` (the project as editing started), with the
 * form's version: only those fields are written, so others' edits to the rest are kept.
 */
export function changesOf(base: Project, values: UpdateProjectRequest): UpdateProjectRequest {
  const changes: UpdateProjectRequest = { version: values.version };
  for (const name of differing(editValuesOf(base), values)) {
    Object.assign(changes, { [name]: values[name] });
  }
  return changes;
}

/** The project as the server holds it now, from a `conflict` error (stale version). */
export function currentProjectOf(error: unknown): Project | null {
  if (!AppError.isAppError(error) || error.code !== 'conflict') return null;
  const current = (error.details as { current?: unknown } | undefined)?.current;
  if (typeof current !== 'object' || current === null) return null;
  const { id, version } = current as { id?: unknown; version?: unknown };
  return typeof id === 'string' && typeof version === 'number' ? (current as Project) : null;
}
