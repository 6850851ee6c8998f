import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type {
  FocalPoint,
  FocalPointRequest,
  ListFocalPointsQuery,
  UpdateFocalPointRequest,
} from '../../../core/capacity/focal-point.schema.js';
import type {
  GuidanceEntry,
  GuidanceRequest,
  SearchGuidanceQuery,
  UpdateGuidanceRequest,
} from '../../../core/capacity/guidance.schema.js';
import type {
  ListMilestonesQuery,
  Milestone,
  MilestoneRequest,
  PillarProgress,
  UpdateMilestoneRequest,
} from '../../../core/capacity/roadmap.schema.js';
import type {
  CoveragePage,
  CoverageQuery,
  ListTrainingsQuery,
  TrainingSession,
  TrainingSessionRequest,
} from '../../../core/capacity/training.schema.js';
import type { Page } from '../../../core/shared/pagination.schema.js';
import { api, toQueryString } from '../../api/client.js';

export const TRAININGS_KEY = ['trainings'] as const;
export const GUIDANCE_KEY = ['guidance'] as const;
export const FOCAL_POINTS_KEY = ['focal-points'] as const;
export const ROADMAP_KEY = ['roadmap'] as const;

export interface Person {
  id: string;
  name: string;
}

export function trainingsQuery(query: ListTrainingsQuery) {
  return queryOptions({
    queryKey: [...TRAININGS_KEY, 'list', query],
    queryFn: () =>
      api.get<Page<TrainingSession>>(`/api/v1/trainings${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });
}

export function coverageQuery(query: CoverageQuery) {
  return queryOptions({
    queryKey: [...TRAININGS_KEY, 'coverage', query],
    queryFn: () =>
      api.get<CoveragePage>(`/api/v1/trainings/coverage${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });
}

export function peopleQuery() {
  return queryOptions({
    queryKey: [...TRAININGS_KEY, 'people'],
    queryFn: () => api.get<{ items: Person[] }>('/api/v1/trainings/people'),
    staleTime: 5 * 60_000,
  });
}

export function projectStaffQuery(projectId: string) {
  return queryOptions({
    queryKey: [...TRAININGS_KEY, 'staff', projectId],
    queryFn: () => api.get<{ items: Person[] }>(`/api/v1/projects/${projectId}/staff`),
  });
}

/** Records a session; the key makes a retry (double tap, flaky network) return the same one. */
export const recordTraining = (body: TrainingSessionRequest, key: string) =>
  api.post<TrainingSession>('/api/v1/trainings', body, { 'Idempotency-Key': key });

export function trainingQuery(id: string) {
  return queryOptions({
    queryKey: [...TRAININGS_KEY, 'one', id],
    queryFn: () => api.get<TrainingSession>(`/api/v1/trainings/${id}`),
  });
}

/** Revises a session as a whole, with the version read (a stale one is a 409 with the current). */
export const updateTraining = (id: string, body: TrainingSessionRequest & { version: number }) =>
  api.put<TrainingSession>(`/api/v1/trainings/${id}`, body);

export const setProjectStaff = (projectId: string, userIds: string[]) =>
  api.put<{ items: Person[] }>(`/api/v1/projects/${projectId}/staff`, { userIds });

export function guidanceQuery(query: SearchGuidanceQuery) {
  return queryOptions({
    queryKey: [...GUIDANCE_KEY, query],
    queryFn: () =>
      api.get<{ items: GuidanceEntry[]; total: number }>(
        `/api/v1/guidance${toQueryString({ ...query })}`,
      ),
    placeholderData: keepPreviousData,
  });
}

export const addGuidance = (body: GuidanceRequest) =>
  api.post<GuidanceEntry>('/api/v1/guidance', body);

/** Revises an entry: a shipped one not yet edited (`content:<code>`) becomes the organisation's own. */
export const updateGuidance = (entry: Pick<GuidanceEntry, 'id'>, body: UpdateGuidanceRequest) =>
  entry.id.startsWith('content:')
    ? api.put<GuidanceEntry>(`/api/v1/guidance/content/${entry.id.slice(8)}`, body)
    : api.put<GuidanceEntry>(`/api/v1/guidance/${entry.id}`, body);

export function focalPointsQuery(query: ListFocalPointsQuery) {
  return queryOptions({
    queryKey: [...FOCAL_POINTS_KEY, query],
    queryFn: () =>
      api.get<{ items: FocalPoint[] }>(`/api/v1/focal-points${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });
}

export const removeFocalPoint = (id: string) => api.delete(`/api/v1/focal-points/${id}`);

export const addFocalPoint = (body: FocalPointRequest) =>
  api.post<FocalPoint>('/api/v1/focal-points', body);

export const updateFocalPoint = (id: string, body: UpdateFocalPointRequest) =>
  api.put<FocalPoint>(`/api/v1/focal-points/${id}`, body);

export function milestonesQuery(query: ListMilestonesQuery) {
  return queryOptions({
    queryKey: [...ROADMAP_KEY, 'milestones', query],
    queryFn: () =>
      api.get<Page<Milestone>>(`/api/v1/roadmap/milestones${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });
}

export function progressQuery() {
  return queryOptions({
    queryKey: [...ROADMAP_KEY, 'progress'],
    queryFn: () => api.get<{ items: PillarProgress[] }>('/api/v1/roadmap/progress'),
  });
}

export const addMilestone = (body: MilestoneRequest) =>
  api.post<Milestone>('/api/v1/roadmap/milestones', body);
export const updateMilestone = (id: string, body: UpdateMilestoneRequest) =>
  api.put<Milestone>(`/api/v1/roadmap/milestones/${id}`, body);
