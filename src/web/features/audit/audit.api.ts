import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { AuditEntry, ListAuditQuery } from '../../../core/audit/audit.schema.js';
import type { Page } from '../../../core/shared/pagination.schema.js';
import { api, toQueryString } from '../../api/client.js';

/** One page of the audit log, newest first as the server orders it. */
export function auditQuery(query: ListAuditQuery) {
  return queryOptions({
    queryKey: ['audit', query],
    queryFn: () => api.get<Page<AuditEntry>>(`/api/v1/audit${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });
}
