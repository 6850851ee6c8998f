import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import type { FeedbackDashboard } from '../../../core/feedback/dashboard.schema.js';
import { LANGUAGE_CODES, type LanguageCode } from '../../../core/shared/language.js';
import { api, toQueryString } from '../../api/client.js';

export const COMMUNITY_UPDATES_QUERY_KEY = ['community-updates'] as const;

export type UpdateStatus = 'draft' | 'published';

/** One "You said, we did" update, in the language of the community it is for. */
export interface CommunityUpdate {
  id: string;
  language: LanguageCode;
  title: string;
  youSaid: string;
  weDid: string;
  periodFrom: string;
  periodTo: string;
  status: UpdateStatus;
  publishedAt: string | null;
  createdAt: string;
  version: number;
}

export type { FeedbackDashboard };

/** A breakdown of the dashboard; a null count is a suppressed (small) cell. */
export type Breakdown = FeedbackDashboard['responseTimes'];

const date = z.iso.date();

/** The composer's fields, with the limits the server applies. */
export const updateFormSchema = z.object({
  language: z.enum(LANGUAGE_CODES),
  title: z.string().trim().min(3).max(200),
  youSaid: z.string().trim().min(10).max(4000),
  weDid: z.string().trim().min(10).max(4000),
});

export type UpdateFormValues = z.output<typeof updateFormSchema>;

/** A new draft: the composer's fields and the period it covers (YYYY-MM-DD). */
export const createUpdateSchema = updateFormSchema.extend({ periodFrom: date, periodTo: date });

export type CreateUpdateRequest = z.output<typeof createUpdateSchema>;

export interface PatchUpdateRequest {
  title?: string;
  youSaid?: string;
  weDid?: string;
  status?: 'published';
  version: number;
}

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
