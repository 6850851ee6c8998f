import { useQuery } from '@tanstack/react-query';
import type { Action } from '../../../core/projects/action.schema.js';
import type { Project } from '../../../core/projects/project.schema.js';
import type { Page } from '../../../core/shared/pagination.schema.js';
import { api } from '../../api/client.js';
import { useLanguage } from '../../i18n/use-language.js';
import { frameworkQuery } from '../framework/framework.api.js';
import { settingsQuery } from '../risk/risk.api.js';

/** The projects in the user's scope, as select options (code — title). */
export function useProjectOptions(enabled = true) {
  const projects = useQuery({
    queryKey: ['projects', 'options'],
    queryFn: () => api.get<Page<Project>>('/api/v1/projects?pageSize=200&sort=code'),
    enabled,
    staleTime: 60_000,
  });
  return (projects.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.code} — ${p.title}`,
  }));
}

/** The actions of a project's plan, as select options. */
export function useActionOptions(projectId: string | null | undefined) {
  const actions = useQuery({
    queryKey: ['actions', 'project', projectId],
    queryFn: () =>
      api.get<{ items: Action[] }>(`/api/v1/projects/${encodeURIComponent(projectId!)}/actions`),
    enabled: Boolean(projectId),
  });
  return (actions.data?.items ?? []).map((a) => ({ value: a.id, label: a.title }));
}

/** The organisation's age bracket codes (the default set until the settings arrive). */
export function useAgeBrackets(): string[] {
  const settings = useQuery(settingsQuery());
  return settings.data?.ageBrackets.map((b) => b.code) ?? ['0-4', '5-11', '12-17', '18-59', '60+'];
}

/** The framework's principles in the interface language, as select options. */
export function usePrincipleOptions() {
  const lang = useLanguage();
  const framework = useQuery(frameworkQuery(lang));
  return (framework.data?.principles ?? []).map((p) => ({ value: p.code, label: p.name }));
}
