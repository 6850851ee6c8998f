import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { OrganizationSettings } from '../../../core/organizations/organization-settings.schema.js';
import type {
  CreateInterventionRequest,
  Intervention,
} from '../../../core/risk/intervention.schema.js';
import type { RiskAnalysisEntry } from '../../../core/risk/risk-analysis.schema.js';
import type {
  ListRiskAnalysesQuery,
  RiskAnalysis,
  RiskAnalysisSummary,
  RiskPrioritiesQuery,
  RiskPriority,
  UpdateRiskAnalysisRequest,
} from '../../../core/risk/risk-analysis-api.schema.js';
import type { RiskHistory } from '../../../core/risk/risk-history.schema.js';
import type { LanguageCode } from '../../../core/shared/language.js';
import type { Page } from '../../../core/shared/pagination.schema.js';
import { api, toQueryString } from '../../api/client.js';

export const RISK_QUERY_KEY = ['risk-analyses'] as const;
const BASE = '/api/v1/risk-analyses';

export interface ProtectionRiskItem {
  code: string;
  name: string;
  description: string;
}

/** The standard protection risks in the interface language. */
export function protectionRisksQuery(lang: LanguageCode) {
  return queryOptions({
    queryKey: ['protection-risks', lang],
    queryFn: () =>
      api.get<{ items: ProtectionRiskItem[] }>(`/api/v1/protection-risks?lang=${lang}`),
    staleTime: 60 * 60_000,
    placeholderData: keepPreviousData,
  });
}

/** The organisation's settings (for its severity bands). */
export function settingsQuery() {
  return queryOptions({
    queryKey: ['organization-settings'],
    queryFn: () => api.get<OrganizationSettings>('/api/v1/organization/settings'),
    staleTime: 5 * 60_000,
  });
}

/** One page of analyses. */
export function riskListQuery(query: ListRiskAnalysesQuery) {
  return queryOptions({
    queryKey: [...RISK_QUERY_KEY, 'list', query],
    queryFn: () => api.get<Page<RiskAnalysisSummary>>(`${BASE}${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });
}

/** The latest analysis per place × risk, ranked. */
export function riskPrioritiesQuery(query: Partial<RiskPrioritiesQuery>) {
  return queryOptions({
    queryKey: [...RISK_QUERY_KEY, 'priorities', query],
    queryFn: () => api.get<Page<RiskPriority>>(`${BASE}/priorities${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });
}

/** One place × risk over time. */
export function riskHistoryQuery(location: string, risk: string) {
  return queryOptions({
    queryKey: [...RISK_QUERY_KEY, 'history', location, risk],
    queryFn: () => api.get<RiskHistory>(`${BASE}/history${toQueryString({ location, risk })}`),
  });
}

/** One analysis in full. */
export function riskAnalysisQuery(id: string) {
  return queryOptions({
    queryKey: [...RISK_QUERY_KEY, 'one', id],
    queryFn: () => api.get<RiskAnalysis>(`${BASE}/${encodeURIComponent(id)}`),
  });
}

/** Records an analysis. */
export function createRiskAnalysis(entry: RiskAnalysisEntry) {
  return api.post<RiskAnalysis>(BASE, entry);
}

/** Revises an analysis from the version the form started with (409 when someone saved since). */
export function updateRiskAnalysis(id: string, request: UpdateRiskAnalysisRequest) {
  return api.put<RiskAnalysis>(`${BASE}/${encodeURIComponent(id)}`, request);
}

/** Records an intervention against an analysed risk. */
export function createIntervention(id: string, request: CreateInterventionRequest) {
  return api.post<Intervention>(`${BASE}/${encodeURIComponent(id)}/interventions`, request);
}

/** Sets the projects that target an analysed risk. */
export function linkProjects(id: string, projectIds: string[]) {
  return api.put<RiskAnalysis>(`${BASE}/${encodeURIComponent(id)}/projects`, { projectIds });
}
