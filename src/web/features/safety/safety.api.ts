import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type {
  CreateSafetyActionRequest,
  ListSafetyActionsQuery,
  SafetyAction,
  UpdateSafetyActionRequest,
} from '../../../core/safety/safety-action.schema.js';
import type {
  AuditEntry,
  AuditPhoto,
  AuditSummary,
  ListAuditsQuery,
  RiskTrend,
  SafetyAudit,
} from '../../../core/safety/safety-audit.schema.js';
import type {
  CreateSiteRequest,
  ListSitesQuery,
  Site,
} from '../../../core/safety/safety-site.schema.js';
import type {
  AddTemplateItemRequest,
  ChangeTemplateItemRequest,
  SafetyTemplate,
} from '../../../core/safety/safety-template.schema.js';
import type { LanguageCode } from '../../../core/shared/language.js';
import type { Page } from '../../../core/shared/pagination.schema.js';
import { api, toQueryString } from '../../api/client.js';
import { postForm } from '../../api/post-form.js';

export const SAFETY_KEY = ['safety'] as const;
const BASE = '/api/v1/safety';

export const sitesQuery = (query: ListSitesQuery) =>
  queryOptions({
    queryKey: [...SAFETY_KEY, 'sites', query],
    queryFn: () => api.get<Page<Site>>(`${BASE}/sites${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });

export const siteQuery = (id: string) =>
  queryOptions({
    queryKey: [...SAFETY_KEY, 'site', id],
    queryFn: () => api.get<Site>(`${BASE}/sites/${id}`),
  });

export const trendQuery = (id: string) =>
  queryOptions({
    queryKey: [...SAFETY_KEY, 'trend', id],
    queryFn: () => api.get<RiskTrend>(`${BASE}/sites/${id}/trend`),
  });

export const auditsQuery = (query: Partial<ListAuditsQuery>) =>
  queryOptions({
    queryKey: [...SAFETY_KEY, 'audits', query],
    queryFn: () => api.get<Page<AuditSummary>>(`${BASE}/audits${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });

export const auditQuery = (id: string, lang: LanguageCode) =>
  queryOptions({
    queryKey: [...SAFETY_KEY, 'audit', id, lang],
    queryFn: () => api.get<SafetyAudit>(`${BASE}/audits/${id}`),
  });

export const actionsQuery = (query: Partial<ListSafetyActionsQuery>) =>
  queryOptions({
    queryKey: [...SAFETY_KEY, 'actions', query],
    queryFn: () => api.get<Page<SafetyAction>>(`${BASE}/actions${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });

export const templateQuery = (lang: LanguageCode) =>
  queryOptions({
    queryKey: [...SAFETY_KEY, 'template', lang],
    queryFn: () => api.get<SafetyTemplate>(`${BASE}/template`),
  });

export const createSite = (body: CreateSiteRequest) => api.post<Site>(`${BASE}/sites`, body);

export const createAudit = (siteId: string, body: AuditEntry) =>
  api.post<SafetyAudit>(`${BASE}/sites/${siteId}/audits`, body);

export const createSafetyAction = (auditId: string, body: CreateSafetyActionRequest) =>
  api.post<SafetyAction>(`${BASE}/audits/${auditId}/actions`, body);

export const updateSafetyAction = (id: string, body: UpdateSafetyActionRequest) =>
  api.patch<SafetyAction>(`${BASE}/actions/${id}`, body);

/** Uploads one photo (multipart) to an audit. */
export function uploadPhoto(auditId: string, file: File, itemCode?: string) {
  const form = new FormData();
  form.append('file', file);
  if (itemCode) form.append('itemCode', itemCode);
  return postForm<AuditPhoto>(`${BASE}/audits/${auditId}/photos`, form);
}

export const removePhoto = (auditId: string, photoId: string) =>
  api.delete(`${BASE}/audits/${auditId}/photos/${photoId}`);

export const photoUrl = (auditId: string, photoId: string) =>
  `${BASE}/audits/${auditId}/photos/${photoId}`;

export const exportUrl = (format: 'csv' | 'xlsx', siteId?: string) =>
  `${BASE}/findings/export${toQueryString({ format, siteId })}`;

export const addTemplateItem = (body: AddTemplateItemRequest) =>
  api.post<SafetyTemplate>(`${BASE}/template/items`, body);

export const changeTemplateItem = (code: string, body: ChangeTemplateItemRequest) =>
  api.patch<SafetyTemplate>(`${BASE}/template/items/${code}`, body);
