/**
 * Places in published outputs go no finer than the organisation's published admin level
 * (DOMAIN.md §8): finer figures are rolled up to that level, and a request naming a finer place
 * or level is refused with the field named.
 */
import { AppError } from '../errors.js';

/** The admin codes of a place (country, admin1, admin2, admin3) cut at the finest published level. */
export function publishedPlaceCodes(codes: readonly string[], finestLevel: number): string[] {
  return codes.map((code, level) => (level <= finestLevel ? code : ''));
}

/** Refuses a place or admin level finer than the published one. */
export function assertPublishedLevel(level: number, finestLevel: number, path: string): void {
  if (level > finestLevel)
    throw new AppError('validation_failed', 'disclosure.finer_than_published', {
      fields: [{ path, code: 'finer_than_published', params: { level: finestLevel } }],
    });
}
