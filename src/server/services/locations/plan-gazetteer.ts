/**
 * What an import of these places would change: which P-codes are new, which differ from the
 * stored place (level, parent, country, a name, the validity date, a retirement), which are
 * unchanged, which stored places of the same countries and levels the file no longer has (retired
 * when the file replaces the gazetteer), and the P-code changes the file records.
 */
import type { Location } from '../../../core/locations/parse-gazetteer.js';
import type { Db } from '../../db/database.js';
import {
  findLocationsByPcodes,
  placesOfCountries,
  type CodeChange,
  type LocationRow,
  type NewLocation,
} from '../../repos/locations.repo.js';

export interface GazetteerPlan {
  places: (Location & { country: string })[];
  countries: string[];
  /** The rows to insert or update (unchanged places are not written). */
  writes: NewLocation[];
  created: number;
  updated: number;
  notInFile: number;
  /** Current places of the file's countries and levels that the file does not have. */
  missing: string[];
  codeChanges: CodeChange[];
}

const LOOKUP_BATCH = 5_000;

/** Compares the places with what the organisation has stored. */
export async function planGazetteer(
  db: Db,
  organizationId: string,
  places: (Location & { country: string })[],
  source: string,
  /** The date of a change the file gives without a validity date. */
  today: string,
): Promise<GazetteerPlan> {
  const stored = new Map<string, LocationRow>();
  for (let i = 0; i < places.length; i += LOOKUP_BATCH) {
    const batch = places.slice(i, i + LOOKUP_BATCH).map((p) => p.pcode);
    for (const [pcode, row] of await findLocationsByPcodes(db, organizationId, batch))
      stored.set(pcode, row);
  }
  const countries = [...new Set(places.map((p) => p.country))].sort();
  const inFile = new Set(places.map((p) => p.pcode));
  const deepest = Math.max(...places.map((p) => p.level));
  const absent = (await placesOfCountries(db, organizationId, countries)).filter(
    (stored) => !inFile.has(stored.pcode),
  );
  const missing = absent
    .filter((stored) => stored.level <= deepest && stored.retiredOn === null)
    .map((stored) => stored.pcode);
  const writes: NewLocation[] = [];
  let created = 0;
  for (const place of places) {
    const existing = stored.get(place.pcode);
    if (!existing) created += 1;
    if (existing && !differs(existing, place)) continue;
    writes.push({
      organizationId,
      pcode: place.pcode,
      level: place.level,
      parentPcode: place.parentPcode,
      country: place.country,
      names: place.names,
      validOn: place.validOn ?? null,
      retiredOn: null,
      source,
    });
  }
  const codeChanges = places.flatMap((place) =>
    place.oldPcode
      ? [
          {
            organizationId,
            oldPcode: place.oldPcode,
            newPcode: place.pcode,
            country: place.country,
            changedOn: place.validOn ?? today,
            source,
          },
        ]
      : [],
  );
  const updated = writes.length - created;
  return {
    places,
    countries,
    writes,
    created,
    updated,
    notInFile: absent.length,
    missing,
    codeChanges,
  };
}

function differs(row: LocationRow, place: Location & { country: string }): boolean {
  if (row.retiredOn !== null) return true;
  if (row.level !== place.level || row.parentPcode !== place.parentPcode) return true;
  if (row.country !== place.country) return true;
  if (place.validOn && row.validOn !== place.validOn) return true;
  return Object.entries(place.names).some(([language, name]) => row.names[language] !== name);
}
