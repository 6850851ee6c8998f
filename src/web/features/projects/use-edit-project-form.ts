import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import {
  updateProjectRequestSchema,
  type Project,
  type UpdateProjectRequest,
} from '../../../core/projects/project.schema.js';
import { useServerSubmit } from '../../lib/use-server-submit.js';
import { checklistKey } from '../checklist/checklist.api.js';
import {
  changesOf,
  currentProjectOf,
  editValuesOf,
  EDIT_PROJECT_FIELDS,
  type EditProjectValues,
} from './edit-project-values.js';
import { PROJECTS_QUERY_KEY, projectQuery, updateProject } from './projects.api.js';

/**
 * The "Edit project" form. Only the fields changed since `base` (the project as editing started)
 * are sent, with its version; a stale version keeps the form as typed and hands over `conflict`,
 * the project as it is now, to reload into the form or to save over.
 */
export function useEditProjectForm(project: Project, onSaved: (project: Project) => void) {
  const queryClient = useQueryClient();
  const [base, setBase] = useState(project);
  const [conflict, setConflict] = useState<Project | null>(null);
  const form = useForm<EditProjectValues, unknown, UpdateProjectRequest>({
    resolver: zodResolver(updateProjectRequestSchema),
    defaultValues: editValuesOf(project),
  });
  const showOnPage = (shown: Project) =>
    queryClient.setQueryData(projectQuery(project.id).queryKey, shown);
  const submission = useServerSubmit({
    setError: form.setError,
    fields: EDIT_PROJECT_FIELDS,
    send: async (values: UpdateProjectRequest) => {
      const changes = changesOf(base, values);
      if (Object.keys(changes).length > 1) return updateProject(project.id, changes);
      // Nothing changed: no request, so the version (and the audit trail) stay as they are.
      return queryClient.getQueryData(projectQuery(project.id).queryKey) ?? base;
    },
    onSuccess: async (saved: Project) => {
      showOnPage(saved);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: PROJECTS_QUERY_KEY }),
        // Sectors and target groups decide which checklist items apply.
        queryClient.invalidateQueries({ queryKey: checklistKey(project.id) }),
      ]);
      onSaved(saved);
    },
    handleError: (error) => {
      const current = currentProjectOf(error);
      if (!current) return false;
      setConflict(current);
      showOnPage(current);
      return true;
    },
  });
  const save = form.handleSubmit(submission.submit);

  /** Replaces the form's values with the current ones; the user checks them and saves again. */
  const loadCurrent = (current: Project) => {
    form.reset(editValuesOf(current));
    setBase(current);
    setConflict(null);
  };

  /** Saves the user's changes on top of the current version (their other edits are kept). */
  const saveMine = (current: Project) => {
    form.setValue('version', current.version);
    setConflict(null);
    void save();
  };

  return { form, base, conflict, save, loadCurrent, saveMine, ...submission };
}
