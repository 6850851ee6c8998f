import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type {
  Baseline,
  CreateBaselineRequest,
  ListBaselinesQuery,
} from '../../../core/reach/baseline.schema.js';
import type {
  ListReachQuery,
  ReachCount,
  ReachFilter,
} from '../../../core/reach/reach-entry.schema.js';
import type { ReachImport } from '../../../core/reach/reach-import.schema.js';
import type { Page } from '../../../core/shared/pagination.schema.js';
import { api, toQueryString } from '../../api/client.js';
import { postForm } from '../../api/post-form.js';

export const REACH_QUERY_KEY = ['reach'] as const;
export const BASELINES_QUERY_KEY = ['baselines'] as const;

/** One page of reach cells. */
export function reachQuery(query: ListReachQuery) {
  return queryOptions({
    queryKey: [...REACH_QUERY_KEY, 'list', query],
    queryFn: () => api.get<Page<ReachCount>>(`/api/v1/reach${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });
}

/** One page of baselines. */
export function baselinesQuery(query: ListBaselinesQuery) {
  return queryOptions({
    queryKey: [...BASELINES_QUERY_KEY, 'list', query],
    queryFn: () => api.get<Page<Baseline>>(`/api/v1/baselines${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });
}

/** Records a baseline. */
export function createBaseline(request: CreateBaselineRequest) {
  return api.post<Baseline>('/api/v1/baselines', request);
}

/** The link of a reach export with the table's filters. */
export function reachExportHref(filter: ReachFilter, format: 'csv' | 'xlsx') {
  return `/api/v1/reach/export${toQueryString({ ...filter, format })}`;
}

export interface DryRunResult {
  dryRun: true;
  rowsRead: number;
  cells: number;
  skippedRows: number;
  ignoredColumns: string[];
}

export interface ImportFields {
  projectId: string;
  kind: 'aggregated' | 'individual';
  periodStart?: string;
  periodEnd?: string;
}

/** Uploads an import: a dry run answers its outcome, a real one answers the started import. */
export async function uploadReachImport(file: File, fields: ImportFields, dryRun: boolean) {
  const form = new FormData();
  form.append('file', file);
  for (const [key, value] of Object.entries(fields)) if (value) form.append(key, value);
  form.append('dryRun', String(dryRun));
  return postForm<DryRunResult | ReachImport>('/api/v1/reach/imports', form);
}

export interface BaselineImportFields {
  source: string;
  referenceDate: string;
}

export interface BaselineImportResult {
  rows: number;
  baselines: number;
  dryRun: boolean;
  ids: string[];
}

/** Uploads a baseline file: a dry run only checks it; otherwise every place's baseline or none. */
export function uploadBaselineImport(file: File, fields: BaselineImportFields, dryRun: boolean) {
  const form = new FormData();
  form.append('file', file);
  form.append('source', fields.source);
  form.append('referenceDate', fields.referenceDate);
  form.append('dryRun', String(dryRun));
  return postForm<BaselineImportResult>('/api/v1/baselines/imports', form);
}

/** An import's progress, polled every second while it runs. */
export function reachImportQuery(id: string) {
  return queryOptions({
    queryKey: [...REACH_QUERY_KEY, 'import', id],
    queryFn: () => api.get<ReachImport>(`/api/v1/reach/imports/${id}`),
    refetchInterval: (query) => (query.state.data?.status === 'running' ? 1000 : false),
  });
}
