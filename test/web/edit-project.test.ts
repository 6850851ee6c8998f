import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../src/core/errors.js';
import {
  updateProjectRequestSchema,
  type Project,
} from '../../src/core/projects/project.schema.js';
import {
  changedFields,
  changesOf,
  currentProjectOf,
  editValuesOf,
} from '../../src/web/features/projects/edit-project-values.js';
import { updateProject } from '../../src/web/features/projects/projects.api.js';

const project = (changes: Partial<Project> = {}): Project => ({
  id: '0b6f5a56-3a49-4c1e-9a53-0f1c4d1e6a01',
  code: 'SDN-2026-014',
  title: 'Water points in Kassala',
  country: 'SDN',
  officeId: null,
  adminAreas: ['SD11'],
  sectors: ['wash'],
  targetGroups: ['idps'],
  partners: ['Partner A'],
  startDate: '2026-01-01',
  endDate: null,
  budget: null,
  phase: 'design',
  checklistVersion: '1.0',
  createdAt: '',
  updatedAt: '',
  version: 3,
  ...changes,
});

/** The form's values after the schema, as the form hands them to submit. */
const parsed = (values: unknown) => updateProjectRequestSchema.parse(values);

describe('editValuesOf', () => {
  it('starts from the project and its version, with USD for a project without budget', () => {
    const values = editValuesOf(project());
    expect(values).toMatchObject({ title: 'Water points in Kassala', version: 3, endDate: null });
    expect(values.budget).toEqual({ currency: 'USD' });
    expect(updateProjectRequestSchema.safeParse(values).success).toBe(true);
  });
  it('keeps the whole budget, the total included', () => {
    const budget = { currency: 'EUR', total: 900, accessibility: 10 };
    expect(editValuesOf(project({ budget })).budget).toEqual(budget);
  });
});

describe('changesOf', () => {
  it('sends only the version when nothing changed', () => {
    const base = project();
    expect(changesOf(base, parsed(editValuesOf(base)))).toEqual({ version: 3 });
  });
  it('sends the changed fields, a cleared date as null', () => {
    const base = project();
    const values = parsed({ ...editValuesOf(base), title: 'New title', startDate: null });
    expect(changesOf(base, values)).toEqual({ version: 3, title: 'New title', startDate: null });
  });
  it('sends the budget when an amount changed, whatever the key order', () => {
    const base = project({ budget: { accessibility: 5, currency: 'USD' } });
    const same = parsed({ ...editValuesOf(base), budget: { currency: 'USD', accessibility: 5 } });
    expect(changesOf(base, same)).toEqual({ version: 3 });
    const more = parsed({ ...editValuesOf(base), budget: { currency: 'USD', accessibility: 6 } });
    expect(changesOf(base, more).budget).toEqual({ currency: 'USD', accessibility: 6 });
  });
});

describe('version conflicts', () => {
  it('reads the current project of a conflict', () => {
    const current = project({ version: 4, title: 'Theirs' });
    expect(currentProjectOf(new AppError('conflict', 'stale', { current }))).toEqual(current);
    expect(currentProjectOf(new AppError('conflict', 'stale'))).toBeNull();
    expect(currentProjectOf(new AppError('validation_failed', 'bad', { current }))).toBeNull();
  });
  it('lists the fields someone else changed', () => {
    const before = project();
    const after = project({ version: 4, title: 'Theirs', partners: [], phase: 'endorsement' });
    expect(changedFields(before, after)).toEqual(['title', 'partners']);
  });
});

describe('updateProject', () => {
  afterEach(() => vi.unstubAllGlobals());
  it('sends PATCH to the project and rebuilds a conflict', async () => {
    const current = project({ version: 4 });
    const body = { error: { code: 'conflict', message: 'Changed', details: { current } } };
    const fetch = vi.fn(() =>
      Promise.resolve(
        new Response(JSON.stringify(body), {
          status: 409,
          headers: { 'Content-Type': 'application/json' },
        }),
      ),
    );
    vi.stubGlobal('fetch', fetch);
    const error: unknown = await updateProject(current.id, { version: 3, title: 'Mine' }).catch(
      (caught: unknown) => caught,
    );
    expect(currentProjectOf(error)).toEqual(current);
    expect(fetch).toHaveBeenCalledWith(
      `/api/v1/projects/${current.id}`,
      expect.objectContaining({ method: 'PATCH', body: '{"version":3,"title":"Mine"}' }),
    );
  });
});
