/** A stored service as the API answers it: places named in the reader's language, stale flagged. */
import type { DirectoryService } from '../../../core/services/service.schema.js';
import { isStale } from '../../../core/services/stale.js';
import type { LanguageCode } from '../../../core/shared/language.js';
import type { LocationRow } from '../../repos/locations.repo.js';
import type { ServiceRow } from '../../repos/directory.repo.js';

/** The name of a place in the language, else English, else its P-code. */
export function nameOfPlace(place: LocationRow | undefined, pcode: string, lang: LanguageCode) {
  return place?.names[lang] ?? place?.names.en ?? pcode;
}

export function toService(
  row: ServiceRow,
  pcodes: readonly string[],
  places: ReadonlyMap<string, LocationRow>,
  lang: LanguageCode,
  today: Date,
): DirectoryService {
  return {
    id: row.id,
    type: row.type as DirectoryService['type'],
    name: row.name,
    description: row.description,
    providerName: row.providerName,
    status: row.status as DirectoryService['status'],
    country: row.country,
    places: pcodes.map((pcode) => ({
      pcode,
      name: nameOfPlace(places.get(pcode), pcode, lang),
      level: places.get(pcode)?.level ?? 0,
    })),
    phone: row.phone,
    email: row.email,
    address: row.address,
    hours: row.hours,
    languages: row.languages,
    accessibility: row.accessibility as DirectoryService['accessibility'],
    accessibilityNote: row.accessibilityNote,
    cost: row.cost as DirectoryService['cost'],
    costDescription: row.costDescription,
    eligibility: row.eligibility,
    minimumAge: row.minimumAge,
    maximumAge: row.maximumAge,
    lastVerifiedOn: row.lastVerifiedOn,
    stale: isStale(row.lastVerifiedOn, today),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}
