import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Role } from '../../../core/auth/roles.js';
import type {
  CreateReferralRequest,
  ListReferralsQuery,
  OverrideReferralRequest,
  Referral,
  UpdateReferralRequest,
} from '../../../core/services/referral.schema.js';
import type {
  DirectoryService,
  ListServicesQuery,
  Pathway,
  PathwayQuery,
  ServiceEntryInput,
  ServiceType,
} from '../../../core/services/service.schema.js';
import type { Page } from '../../../core/shared/pagination.schema.js';
import { api, toQueryString } from '../../api/client.js';
import { postForm } from '../../api/post-form.js';

export const DIRECTORY_KEY = ['directory'] as const;
export const REFERRALS_KEY = ['referrals'] as const;

export const canEditDirectory = (role: Role) =>
  ['protection_officer', 'psea_focal_point', 'project_manager'].includes(role);
export const canRefer = (role: Role) =>
  ['feedback_operator', 'protection_officer', 'psea_focal_point'].includes(role);
export const canOverride = (role: Role) =>
  ['protection_officer', 'psea_focal_point'].includes(role);

export function servicesQuery(query: Partial<ListServicesQuery>) {
  return queryOptions({
    queryKey: [...DIRECTORY_KEY, 'list', query],
    queryFn: () =>
      api.get<Page<DirectoryService>>(`/api/v1/directory/services${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });
}

export function serviceQuery(id: string) {
  return queryOptions({
    queryKey: [...DIRECTORY_KEY, 'one', id],
    queryFn: () => api.get<DirectoryService>(`/api/v1/directory/services/${id}`),
  });
}

export function pathwayQuery(query: PathwayQuery) {
  return queryOptions({
    queryKey: [...DIRECTORY_KEY, 'pathway', query],
    queryFn: () => api.get<Pathway>(`/api/v1/directory/pathway${toQueryString({ ...query })}`),
  });
}

export const createService = (entry: ServiceEntryInput) =>
  api.post<DirectoryService>('/api/v1/directory/services', entry);

export function referralsQuery(query: Partial<ListReferralsQuery>) {
  return queryOptions({
    queryKey: [...REFERRALS_KEY, 'list', query],
    queryFn: () => api.get<Page<Referral>>(`/api/v1/referrals${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });
}

export const createReferral = (request: CreateReferralRequest, key: string) =>
  api.post<Referral>('/api/v1/referrals', request, { 'Idempotency-Key': key });
export const overrideReferral = (request: OverrideReferralRequest, key: string) =>
  api.post<Referral>('/api/v1/referrals/override', request, { 'Idempotency-Key': key });
export const updateReferral = (id: string, request: UpdateReferralRequest) =>
  api.patch<Referral>(`/api/v1/referrals/${id}`, request);

/** Address of a download (the browser sends the session cookie). */
export const directoryExportHref = (
  format: 'csv' | 'xlsx' | 'hsds',
  query: Record<string, string | undefined>,
) => `/api/v1/directory/export${toQueryString({ ...query, format })}`;

export const updateService = (id: string, entry: ServiceEntryInput & { version: number }) =>
  api.put<DirectoryService>(`/api/v1/directory/services/${id}`, entry);

export function referralQuery(id: string) {
  return queryOptions({
    queryKey: [...REFERRALS_KEY, 'one', id],
    queryFn: () => api.get<Referral>(`/api/v1/referrals/${id}`),
  });
}

export interface HsdsImportResult {
  dryRun: boolean;
  version: '3.0' | 'older';
  created: number;
  updated: number;
}

export interface HsdsImportFields {
  type: ServiceType;
  locationPcode: string;
}

/** Uploads an HSDS package (a ZIP, or its CSV files): a dry run only checks it. */
export function uploadHsdsPackage(files: File[], fields: HsdsImportFields, dryRun: boolean) {
  const form = new FormData();
  for (const file of files) form.append('files', file);
  form.append('type', fields.type);
  if (fields.locationPcode.trim()) form.append('locationPcode', fields.locationPcode.trim());
  form.append('dryRun', String(dryRun));
  return postForm<HsdsImportResult>('/api/v1/directory/imports', form);
}
