import { queryOptions } from '@tanstack/react-query';
import type { OrganizationSettings } from '../../../core/organizations/organization-settings.schema.js';
import { api } from '../../api/client.js';

export const SETTINGS_QUERY_KEY = ['organization-settings'] as const;

/** The organisation's settings (defaults where none were chosen). */
export const settingsQuery = queryOptions({
  queryKey: SETTINGS_QUERY_KEY,
  queryFn: () => api.get<OrganizationSettings>('/api/v1/organization/settings'),
});

/** Replaces the settings (the whole object); audited with before and after. */
export function putSettings(settings: OrganizationSettings) {
  return api.put<OrganizationSettings>('/api/v1/organization/settings', settings);
}
