import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type {
  GazetteerImportResult,
  ListLocationsQuery,
  LocationDetail,
  LocationItem,
} from '../../../core/locations/location.schema.js';
import type { Page } from '../../../core/shared/pagination.schema.js';
import { api, toQueryString } from '../../api/client.js';
import { postForm } from '../../api/post-form.js';

export const LOCATIONS_QUERY_KEY = ['locations'] as const;

/** One page of places; the previous page stays on screen while the next loads. */
export function locationsQuery(query: ListLocationsQuery) {
  return queryOptions({
    queryKey: [...LOCATIONS_QUERY_KEY, 'list', query],
    queryFn: () => api.get<Page<LocationItem>>(`/api/v1/locations${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });
}

/** A place with its breadcrumb. */
export function locationQuery(pcode: string) {
  return queryOptions({
    queryKey: [...LOCATIONS_QUERY_KEY, 'one', pcode],
    queryFn: () => api.get<LocationDetail>(`/api/v1/locations/${encodeURIComponent(pcode)}`),
  });
}

/** Uploads a gazetteer: `dryRun` only validates and counts. Problems come back as an AppError. */
export async function importGazetteerFile(
  file: File,
  dryRun: boolean,
  retireMissing: boolean,
): Promise<GazetteerImportResult> {
  const form = new FormData();
  form.append('file', file);
  const query = `dryRun=${dryRun}&retireMissing=${retireMissing}`;
  return postForm<GazetteerImportResult>(`/api/v1/locations/import?${query}`, form);
}
