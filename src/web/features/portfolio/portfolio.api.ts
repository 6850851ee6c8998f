import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Portfolio, PortfolioQuery } from '../../../core/projects/portfolio.schema.js';
import { api, toQueryString } from '../../api/client.js';

/** The portfolio aggregates for the filters; the previous answer stays while the next loads. */
export function portfolioQuery(query: PortfolioQuery) {
  return queryOptions({
    queryKey: ['portfolio', query],
    queryFn: () => api.get<Portfolio>(`/api/v1/portfolio${toQueryString({ ...query })}`),
    placeholderData: keepPreviousData,
  });
}

/** The address of the portfolio download in a format, with the same filters. */
export function portfolioExportUrl(format: 'csv' | 'xlsx', query: PortfolioQuery): string {
  return `/api/v1/portfolio/export${toQueryString({ format, ...query })}`;
}
