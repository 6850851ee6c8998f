import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { CommitteeFieldsInput } from '../../../core/participation/committee.schema.js';
import type { ConsultationFieldsInput } from '../../../core/participation/consultation.schema.js';
import type {
  Committee,
  CommitteeMeeting,
  CommitteeSummary,
  Consultation,
  ConsultationSummary,
  ListCommitteesQuery,
  ListConsultationsQuery,
  ParticipationByGroupView,
  UpdateCommitteeRequest,
  UpdateConsultationRequest,
} from '../../../core/participation/participation-api.schema.js';
import type { CommitteeMeetingFields } from '../../../core/participation/committee.schema.js';
import type { Page } from '../../../core/shared/pagination.schema.js';
import { api, toQueryString } from '../../api/client.js';

export const PARTICIPATION_QUERY_KEY = ['participation'] as const;
const CONSULTATIONS = '/api/v1/consultations';
const COMMITTEES = '/api/v1/committees';

/** One page of consultations. */
export function consultationsQuery(query: ListConsultationsQuery) {
  return queryOptions({
    queryKey: [...PARTICIPATION_QUERY_KEY, 'consultations', query],
    queryFn: () =>
      api.get<Page<ConsultationSummary>>(`${CONSULTATIONS}${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });
}

/** One consultation. */
export function consultationQuery(id: string) {
  return queryOptions({
    queryKey: [...PARTICIPATION_QUERY_KEY, 'consultation', id],
    queryFn: () => api.get<Consultation>(`${CONSULTATIONS}/${encodeURIComponent(id)}`),
  });
}

/** Records a consultation; the key makes a retry of the same submission answer the first record. */
export function createConsultation(body: ConsultationFieldsInput, idempotencyKey: string) {
  return api.post<Consultation>(CONSULTATIONS, body, { 'Idempotency-Key': idempotencyKey });
}

export function updateConsultation(id: string, body: UpdateConsultationRequest) {
  return api.put<Consultation>(`${CONSULTATIONS}/${encodeURIComponent(id)}`, body);
}

/** Participation by group of a project or a place. */
export function participationQuery(query: { projectId?: string; location?: string }) {
  return queryOptions({
    queryKey: [...PARTICIPATION_QUERY_KEY, 'by-group', query],
    queryFn: () =>
      api.get<ParticipationByGroupView>(`/api/v1/participation/by-group${toQueryString(query)}`),
    enabled: Boolean(query.projectId || query.location),
    placeholderData: keepPreviousData,
  });
}

/** The address of an export, downloaded by the browser (served as an attachment). */
export function exportHref(
  kind: 'consultations' | 'committees',
  format: 'csv' | 'xlsx',
  filters: Record<string, string | undefined> = {},
) {
  const base = kind === 'consultations' ? CONSULTATIONS : COMMITTEES;
  return `${base}/export${toQueryString({ format, ...filters })}`;
}

/** One page of committees. */
export function committeesQuery(query: ListCommitteesQuery) {
  return queryOptions({
    queryKey: [...PARTICIPATION_QUERY_KEY, 'committees', query],
    queryFn: () => api.get<Page<CommitteeSummary>>(`${COMMITTEES}${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });
}

export function committeeQuery(id: string) {
  return queryOptions({
    queryKey: [...PARTICIPATION_QUERY_KEY, 'committee', id],
    queryFn: () => api.get<Committee>(`${COMMITTEES}/${encodeURIComponent(id)}`),
  });
}

export function meetingsQuery(id: string) {
  return queryOptions({
    queryKey: [...PARTICIPATION_QUERY_KEY, 'meetings', id],
    queryFn: () =>
      api.get<{ items: CommitteeMeeting[] }>(`${COMMITTEES}/${encodeURIComponent(id)}/meetings`),
  });
}

export function createCommittee(body: CommitteeFieldsInput, idempotencyKey: string) {
  return api.post<Committee>(COMMITTEES, body, { 'Idempotency-Key': idempotencyKey });
}

export function updateCommittee(id: string, body: UpdateCommitteeRequest) {
  return api.put<Committee>(`${COMMITTEES}/${encodeURIComponent(id)}`, body);
}

export function recordMeeting(id: string, body: CommitteeMeetingFields) {
  return api.post<CommitteeMeeting>(`${COMMITTEES}/${encodeURIComponent(id)}/meetings`, body);
}
