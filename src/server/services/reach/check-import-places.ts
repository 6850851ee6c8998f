/**
 * The place checks of a file import, once the whole file is read: every P-code the file names must
 * be a place of the organisation (an older gazetteer's code is answered with its new codes), within
 * bounds (the project's country, the caller's scope), and not retired on or before a row's date.
 */
import type { RowProblem } from '../../../core/reach/read-import-row.js';
import type { Db } from '../../db/database.js';
import { findLocationsByPcodes, newCodesOf, type LocationRow } from '../../repos/locations.repo.js';
import type { PcodeLines } from './import-problems.js';

/**
 * The places found and the row problems of the P-codes met; `outOfBounds` names why a found place may not be used
 * (`unknown_pcode` to keep a place another office holds secret), or null.
 */
export async function importPlaceProblems(
  db: Db,
  organizationId: string,
  pcodes: PcodeLines,
  outOfBounds: (place: LocationRow) => string | null,
): Promise<{ places: Map<string, LocationRow>; problems: RowProblem[] }> {
  const found = await findLocationsByPcodes(db, organizationId, pcodes.pcodes);
  const missing = pcodes.pcodes.filter((pcode) => !found.has(pcode));
  const replaced = await newCodesOf(db, organizationId, missing);
  const at = (lines: number[], code: string, params?: Record<string, string>) =>
    lines.map((line): RowProblem => ({ line, field: 'location', code, ...(params && { params }) }));
  const problems = pcodes.pcodes.flatMap((pcode) => {
    const place = found.get(pcode);
    if (!place) {
      const newPcodes = replaced.get(pcode);
      return newPcodes
        ? at(pcodes.linesOf(pcode), 'replaced_pcode', { newPcodes: newPcodes.join(' ') })
        : at(pcodes.linesOf(pcode), 'unknown_pcode');
    }
    const bounds = outOfBounds(place);
    if (bounds) return at(pcodes.linesOf(pcode), bounds);
    if (!place.retiredOn) return [];
    return at(pcodes.linesFrom(pcode, place.retiredOn), 'retired_pcode', {
      retiredOn: place.retiredOn,
    });
  });
  return { places: found, problems };
}
