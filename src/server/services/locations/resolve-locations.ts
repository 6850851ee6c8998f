/**
 * The shared look-up of places by P-code for every feature that records something at a location
 * (risk analyses, baselines, reach): unknown P-codes are a `validation_failed` naming each field,
 * and drill-down aggregates take a place together with everything below it.
 */
import { sql } from 'drizzle-orm';
import { invalidInput, type FieldProblem } from '../../../core/risk/invalid-input.js';
import type { Actor } from '../../../core/policy/actor.js';
import { selectRows, type Db } from '../../db/database.js';
import { findLocationsByPcodes, newCodesOf, type LocationRow } from '../../repos/locations.repo.js';
import type { Context } from '../context.js';

/** A P-code and the request field it came from (`rows.12.locationPcode`, `locationPcode`). */
export interface PcodeReference {
  pcode: string;
  path: string;
}

/**
 * The organisation's places for these P-codes, keyed by P-code, or `validation_failed` with one
 * field per reference that matches no place (`unknown_pcode`, or `replaced_pcode` with the new
 * codes when an older gazetteer had it). A plain string is reported at the path `pcodes.<index>`.
 * A place outside an office-scoped actor's countries counts as unknown, so that a P-code never
 * reveals whether another office has it. With `usableOn` (new records), a place retired on or
 * before that date (any retired place when it is null) is refused as `retired_pcode`.
 */
export async function resolveLocations(
  ctx: Context,
  organizationId: string,
  pcodes: readonly (string | PcodeReference)[],
  usableOn?: string | null,
): Promise<Map<string, LocationRow>> {
  const references = pcodes.map((p, index) =>
    typeof p === 'string' ? { pcode: p, path: `pcodes.${index}` } : p,
  );
  const found = await findLocationsByPcodes(
    ctx.db,
    organizationId,
    references.map((r) => r.pcode),
  );
  const countries = countriesOf(ctx.actor);
  const unknown = references.filter((r) => {
    const row = found.get(r.pcode);
    return !row || (countries !== null && !countries.includes(row.country));
  });
  const retired =
    usableOn === undefined
      ? []
      : references.filter((r) => {
          const retiredOn = found.get(r.pcode)?.retiredOn;
          return retiredOn && !unknown.includes(r) && (usableOn === null || usableOn >= retiredOn);
        });
  if (unknown.length > 0 || retired.length > 0)
    throw await placeProblems(ctx, organizationId, unknown, retired, found);
  return found;
}

async function placeProblems(
  ctx: Context,
  organizationId: string,
  unknown: PcodeReference[],
  retired: PcodeReference[],
  found: Map<string, LocationRow>,
) {
  const replaced = await newCodesOf(
    ctx.db,
    organizationId,
    unknown.map((r) => r.pcode),
  );
  const fields: FieldProblem[] = [
    ...unknown.map((r): FieldProblem => {
      const newPcodes = replaced.get(r.pcode);
      return newPcodes
        ? {
            path: r.path,
            code: 'replaced_pcode',
            params: { pcode: r.pcode, newPcodes: newPcodes.join(' ') },
          }
        : { path: r.path, code: 'unknown_pcode', params: { pcode: r.pcode } };
    }),
    ...retired.map((r) => ({
      path: r.path,
      code: 'retired_pcode',
      params: { pcode: r.pcode, retiredOn: found.get(r.pcode)!.retiredOn! },
    })),
  ];
  const key = fields.every((f) => f.code === 'retired_pcode')
    ? 'locations.retired_pcode'
    : fields.every((f) => f.code === 'replaced_pcode')
      ? 'locations.replaced_pcode'
      : 'locations.unknown_pcode';
  return invalidInput(key, fields);
}

/** The countries an actor is limited to, or null for the whole organisation (and the system). */
export function countriesOf(actor: Actor | null): string[] | null {
  if (!actor || actor.kind === 'system') return null;
  return actor.countries;
}

/**
 * The P-code itself and the P-codes of every place below it (children, grandchildren…), by a
 * recursive query on `parent_pcode`; empty when the organisation has no such place.
 */
export async function descendantPcodes(
  db: Db,
  organizationId: string,
  pcode: string,
): Promise<string[]> {
  const rows = await selectRows<{ pcode: string }>(
    db,
    sql`with recursive tree as (
          select pcode from locations
           where organization_id = ${organizationId} and pcode = ${pcode}
          union all
          select l.pcode from locations l
            join tree t on l.parent_pcode = t.pcode
           where l.organization_id = ${organizationId}
        )
        select pcode from tree order by pcode`,
  );
  return rows.map((r) => r.pcode);
}
