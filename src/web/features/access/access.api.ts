import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type {
  AccessQuery,
  AccessReport,
  ReachTable,
  ReachTableQuery,
} from '../../../core/access/access-report.schema.js';
import { api, toQueryString } from '../../api/client.js';

/** The meaningful-access analysis of a scope; the previous answer stays while the next loads. */
export function accessAnalysisQuery(query: AccessQuery) {
  return queryOptions({
    queryKey: ['access-analysis', query],
    queryFn: () => api.get<AccessReport>(`/api/v1/access/analysis${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });
}

/** People reached by place at one admin level and by one dimension. */
export function reachTableQuery(query: ReachTableQuery) {
  return queryOptions({
    queryKey: ['reach-table', query],
    queryFn: () => api.get<ReachTable>(`/api/v1/access/table${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });
}
