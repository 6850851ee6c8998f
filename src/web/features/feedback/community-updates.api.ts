import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { FeedbackDashboard } from '../../../core/feedback/dashboard.schema.js';
import type {
  createCommunityUpdateSchema,
  updateCommunityUpdateSchema,
} from '../../../core/feedback/community-update.schema.js';
import {
  communityUpdateTextSchema,
  type CommunityUpdate,
} from '../../../core/feedback/community-update.schema.js';
import { api, toQueryString } from '../../api/client.js';

export const COMMUNITY_UPDATES_QUERY_KEY = ['community-updates'] as const;

export type { CommunityUpdate };
export type { FeedbackDashboard };

/** A breakdown of the dashboard; a null count is a suppressed (small) cell. */
export type Breakdown = FeedbackDashboard['responseTimes'];

/** The composer's fields: the server's own rules for them (the period is chosen beside). */
export const updateFormSchema = communityUpdateTextSchema;

export type UpdateFormValues = z.output<typeof updateFormSchema>;
export type CreateUpdateRequest = z.output<typeof createCommunityUpdateSchema>;
export type PatchUpdateRequest = z.output<typeof updateCommunityUpdateSchema>;

/** Aggregated trends of a period, to write the update from. */
export function dashboardQuery(from: string, to: string) {
  return queryOptions({
    queryKey: ['feedback-dashboard', from, to],
    queryFn: () =>
      api.get<FeedbackDashboard>(`/api/v1/feedback-dashboard${toQueryString({ from, to })}`),
    placeholderData: keepPreviousData,
  });
}

/** Every update of the organisation, drafts and published. */
export const communityUpdatesQuery = queryOptions({
  queryKey: [...COMMUNITY_UPDATES_QUERY_KEY, 'list'],
  queryFn: () => api.get<{ items: CommunityUpdate[] }>('/api/v1/community-updates'),
});

/** Saves a new draft. */
export function createUpdate(request: CreateUpdateRequest) {
  return api.post<CommunityUpdate>('/api/v1/community-updates', request);
}

/** Edits or publishes an update; a stale version gets `conflict`. */
export function patchUpdate(id: string, request: PatchUpdateRequest) {
  return api.patch<CommunityUpdate>(`/api/v1/community-updates/${encodeURIComponent(id)}`, request);
}

/** The public, printable page of a published update (server-rendered). */
export const printablePath = (id: string) => `/updates/${encodeURIComponent(id)}`;
