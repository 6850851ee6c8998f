/** Checks shared by baseline and reach entry: the place, and the cells against the bracket set. */
import { AppError } from '../../../core/errors.js';
import type { Actor } from '../../../core/policy/actor.js';
import { isWithinScope } from '../../../core/policy/authorize.js';
import type { AgeBracketSet } from '../../../core/reach/age-brackets.js';
import type { GroupCountInput } from '../../../core/reach/baseline.schema.js';
import type { Db } from '../../db/database.js';
import { findLocationsByPcodes, type LocationRow } from '../../repos/locations.repo.js';

/**
 * The place of a P-code the actor may record for on a date; an unknown or out-of-scope one is a
 * field error, and so is a place retired on or before the date.
 */
export async function requirePlace(
  db: Db,
  actor: Actor | null,
  organizationId: string,
  pcode: string,
  on: string,
): Promise<LocationRow> {
  const place = (await findLocationsByPcodes(db, organizationId, [pcode])).get(pcode);
  if (!place || !actor || !isWithinScope(actor, { organizationId, country: place.country }))
    throw new AppError('validation_failed', 'reach.unknown_pcode', {
      fields: [{ path: 'locationPcode', code: 'unknown_pcode' }],
    });
  if (place.retiredOn && on >= place.retiredOn)
    throw new AppError('validation_failed', 'locations.retired_pcode', {
      fields: [
        { path: 'locationPcode', code: 'retired_pcode', params: { retiredOn: place.retiredOn } },
      ],
    });
  return place;
}

/** Every cell's bracket belongs to the set, and no cell is given twice. */
export function checkCells(counts: readonly GroupCountInput[], brackets: AgeBracketSet): void {
  const codes = new Set(brackets.map((b) => b.code));
  const seen = new Set<string>();
  const fields: { path: string; code: string }[] = [];
  counts.forEach((c, i) => {
    if (!codes.has(c.ageBracket))
      fields.push({ path: `counts.${i}.ageBracket`, code: 'unknown_bracket' });
    const key = `${c.sex}|${c.ageBracket}|${c.disability}`;
    if (seen.has(key)) fields.push({ path: `counts.${i}`, code: 'duplicate_cell' });
    seen.add(key);
  });
  if (fields.length) throw new AppError('validation_failed', 'reach.invalid_cells', { fields });
}
