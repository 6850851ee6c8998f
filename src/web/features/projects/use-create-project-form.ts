import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import {
  createProjectRequestSchema,
  type CreateProjectRequest,
  type Project,
} from '../../../core/projects/project.schema.js';
import { useServerSubmit } from '../../lib/use-server-submit.js';
import { useCurrentUser } from '../auth/use-me.js';
import { PROJECTS_QUERY_KEY, createProject } from './projects.api.js';

export const PROJECT_FIELDS = [
  'code',
  'title',
  'country',
  'officeId',
  'adminAreas',
  'sectors',
  'targetGroups',
  'partners',
  'startDate',
  'endDate',
  'budget.currency',
  'budget.accessibility',
  'budget.feedbackMechanism',
] as const;

/** The "New project" form: defaults to the country of the user's only office, if any. */
export function useCreateProjectForm(onCreated: (project: Project) => void) {
  const queryClient = useQueryClient();
  const me = useCurrentUser();
  const countries = [...new Set(me.scope.offices.map((office) => office.country))];
  const form = useForm<CreateProjectRequest, unknown, CreateProjectRequest>({
    resolver: zodResolver(createProjectRequestSchema),
    defaultValues: {
      code: '',
      title: '',
      country: countries.length === 1 ? countries[0] : '',
      officeId: null,
      adminAreas: [],
      sectors: [],
      targetGroups: [],
      partners: [],
      budget: { currency: 'USD' },
    },
  });
  const submission = useServerSubmit({
    setError: form.setError,
    fields: PROJECT_FIELDS,
    send: createProject,
    onSuccess: async (project: Project) => {
      await queryClient.invalidateQueries({ queryKey: PROJECTS_QUERY_KEY });
      onCreated(project);
    },
  });
  return { form, ...submission };
}
