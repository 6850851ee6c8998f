import { useSearchParams } from 'react-router';
import type { z } from 'zod';

type ParamValue = string | number | undefined;

/**
 * A list's page, size, filters and sort, kept in the address bar (shareable, survives reload),
 * parsed by the same schema the server uses for the query.
 */
export function useListParams<S extends z.ZodType<Record<string, unknown>>>(schema: S) {
  const [searchParams, setSearchParams] = useSearchParams();
  const parsed = schema.safeParse(Object.fromEntries(searchParams));
  const query: z.output<S> = parsed.success ? parsed.data : schema.parse({});

  /** Replaces some parameters; any change other than the page goes back to page 1. */
  const update = (changes: Partial<Record<keyof z.output<S> & string, ParamValue>>) => {
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes) as [string, ParamValue][]) {
          if (value === undefined || value === '') next.delete(key);
          else next.set(key, String(value));
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );
  };
  return { query, update };
}
