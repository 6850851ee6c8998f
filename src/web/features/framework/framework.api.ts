import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Framework } from '../../../core/framework/framework.schema.js';
import type { LanguageCode } from '../../../core/shared/language.js';
import { api, toQueryString } from '../../api/client.js';

/** The framework in one language; keyed by language, so switching language fetches it anew. */
export function frameworkQuery(lang: LanguageCode) {
  return queryOptions({
    queryKey: ['framework', lang],
    queryFn: () => api.get<Framework>(`/api/v1/framework${toQueryString({ lang })}`),
    // Content changes with releases, not during a session.
    staleTime: 60 * 60_000,
    // Keep the previous language on screen while the new one arrives over a slow link.
    placeholderData: keepPreviousData,
  });
}

export type GlossaryEntry = Framework['glossary'][number];
export type Principle = Framework['principles'][number];
export type Phase = Framework['phases'][number];
export type Sector = Framework['sectors'][number];
