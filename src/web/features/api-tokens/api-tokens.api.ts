import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ApiToken,
  CreateApiTokenRequest,
  createdApiTokenSchema,
} from '../../../core/auth/api-token.schema.js';
import { api } from '../../api/client.js';

export type CreatedApiToken = z.infer<typeof createdApiTokenSchema>;

export const API_TOKENS_QUERY_KEY = ['api-tokens'] as const;

/** All API tokens of the organisation. */
export const apiTokensQuery = queryOptions({
  queryKey: API_TOKENS_QUERY_KEY,
  queryFn: () => api.get<{ items: ApiToken[] }>('/api/v1/api-tokens'),
});

/** Creates a token; the answer holds the secret, shown this once only. */
export function createApiToken(request: CreateApiTokenRequest): Promise<CreatedApiToken> {
  return api.post<CreatedApiToken>('/api/v1/api-tokens', request);
}

/** Revokes a token for good. */
export function revokeApiToken(id: string): Promise<void> {
  return api.delete(`/api/v1/api-tokens/${encodeURIComponent(id)}`);
}

export type TokenStatus = 'active' | 'revoked' | 'expired';

/** Whether a token still works, was revoked, or has expired. */
export function tokenStatus(token: ApiToken, now: Date = new Date()): TokenStatus {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= now.getTime()) return 'expired';
  return 'active';
}
