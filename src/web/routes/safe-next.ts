const DEFAULT_PAGE = '/framework';

/** The page to open after sign-in: only a path of this site, never another origin. */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return DEFAULT_PAGE;
  }
  if (next.startsWith('/sign-in')) return DEFAULT_PAGE;
  return next;
}

/** The sign-in address that comes back to the given path afterwards. */
export function signInPathFor(path: string): string {
  return path === '/' || path === DEFAULT_PAGE
    ? '/sign-in'
    : `/sign-in?next=${encodeURIComponent(path)}`;
}
