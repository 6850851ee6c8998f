import type { UseQueryResult } from '@tanstack/react-query';
import { EmptyMessage } from './empty-message.js';
import { ErrorAlert } from './error-alert.js';
import { PageLoader } from './page-loader.js';

interface QueryViewProps<T> {
  query: UseQueryResult<T>;
  isEmpty: (data: T) => boolean;
  emptyMessage: string;
  children: (data: T) => React.ReactNode;
}

/** Loading, failure (with retry; 403 explained), empty state, or the data. */
export function QueryView<T>({ query, isEmpty, emptyMessage, children }: QueryViewProps<T>) {
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (isEmpty(query.data)) return <EmptyMessage>{emptyMessage}</EmptyMessage>;
  return children(query.data);
}
