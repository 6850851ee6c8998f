/**
 * Import of a gazetteer (COD-AB CSV or XLSX, classic or 2025 layout): every line validated first
 * and problems reported by line and column in the caller's language; then all places upserted by
 * P-code in one transaction, or none. A re-import of a corrected file updates names and parents.
 * Places the new file no longer has are kept (records point at them) and counted; when the file
 * replaces the gazetteer (`retireMissing`), those of its countries and levels are retired from its
 * validity date (or today), and a retired place the file has again comes back. P-code changes the
 * file gives (`admin2oldPcode`) are recorded, so an old code can be answered with its new one.
 */
import crypto from 'node:crypto';
import { AppError } from '../../../core/errors.js';
import type {
  GazetteerImportResult,
  GazetteerProblemItem,
} from '../../../core/locations/location.schema.js';
import { parseGazetteer, type Location } from '../../../core/locations/parse-gazetteer.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import { inTransaction } from '../../db/database.js';
import { translate } from '../../i18n/translate.js';
import { recordCodeChanges, retireLocations, upsertLocations } from '../../repos/locations.repo.js';
import { recordAudit } from '../audit.service.js';
import { withDb, type Context } from '../context.js';
import { planGazetteer, type GazetteerPlan } from './plan-gazetteer.js';
import { firstCell, placeCountries } from './place-countries.js';
import { readGazetteerFile } from './read-gazetteer-file.js';
import { countriesOf } from './resolve-locations.js';

export const MAX_GAZETTEER_ROWS = 100_000;
const MAX_REPORTED_PROBLEMS = 500;

export interface ImportGazetteerOptions {
  dryRun: boolean;
  /** The file replaces the gazetteer of its countries: retire the places it no longer has. */
  retireMissing?: boolean;
  /** Called as places are written (the CLI's progress line). */
  onProgress?: (written: number, total: number) => void;
}

/** Validates a gazetteer file and, unless `dryRun`, stores its places; returns counts. */
export async function importGazetteer(
  ctx: Context,
  file: { name: string; bytes: Uint8Array },
  options: ImportGazetteerOptions,
): Promise<GazetteerImportResult> {
  authorize(ctx.actor, 'locations.import');
  const organizationId = organizationOf(ctx.actor);
  const { rows, sheet } = await readGazetteerFile(file.bytes, file.name);
  if (rows.length - 1 > MAX_GAZETTEER_ROWS)
    throw new AppError('payload_too_large', 'locations.import_too_many_rows');
  const places = validPlaces(ctx, rows);
  const source = file.name.slice(0, 200);
  const extra = { ...(sheet ? { sheet } : {}) };
  const retire = options.retireMissing === true;
  if (options.dryRun) {
    const plan = await planGazetteer(ctx.db, organizationId, places, source, today(ctx));
    return { ...summary(plan, retire), ...extra, dryRun: true };
  }
  const fileHash = crypto.createHash('sha256').update(file.bytes).digest('hex').slice(0, 32);
  return inTransaction(ctx.db, async (tx) => {
    const plan = await planGazetteer(tx, organizationId, places, source, today(ctx));
    await upsertLocations(tx, plan.writes, options.onProgress);
    if (retire) await retireLocations(tx, organizationId, plan.missing, retiredOn(ctx, places));
    await recordCodeChanges(tx, plan.codeChanges);
    const result = { ...summary(plan, retire), ...extra, dryRun: false };
    await recordAudit(withDb(ctx, tx), {
      action: 'locations.import',
      details: {
        locations: result.locations,
        created: result.created,
        updated: result.updated,
        unchanged: result.unchanged,
        notInFile: result.notInFile,
        retired: result.retired,
        codeChanges: result.codeChanges,
        countries: result.countries,
        file: fileHash,
      },
    });
    return result;
  });
}

/** The places of the table with their countries, or `validation_failed` listing every problem. */
function validPlaces(ctx: Context, rows: string[][]): (Location & { country: string })[] {
  const { locations, problems } = parseGazetteer(rows);
  if (rows.length <= 1 || (problems.length === 0 && locations.length === 0))
    throw new AppError('validation_failed', 'locations.import_empty', {
      fields: [{ path: 'file', code: 'empty' }],
    });
  const derived = placeCountries(locations, rows, countriesOf(ctx.actor));
  const all = [...problems, ...derived.problems, ...dateProblems(locations, rows)];
  if (all.length > 0) {
    const reported: GazetteerProblemItem[] = all.slice(0, MAX_REPORTED_PROBLEMS).map((p) => ({
      ...p,
      message: translate(ctx.lang, `locations.problem.${p.code}`),
    }));
    throw new AppError('validation_failed', 'locations.import_invalid', {
      problems: reported,
      total: all.length,
    });
  }
  return locations.map((l) => ({ ...l, country: derived.countries.get(l.pcode)! }));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:$|T)/;

/** Validity dates must be ISO dates (a workbook's datetime cell gives `2015-06-15T…`). */
function dateProblems(locations: Location[], rows: string[][]) {
  const problems: { line: number; column: string; code: 'invalid_date'; value: string }[] = [];
  const seen = new Set<string>();
  for (const location of locations) {
    for (const key of ['validOn', 'validTo'] as const) {
      const value = location[key];
      if (value === undefined) continue;
      if (ISO_DATE.test(value)) location[key] = value.slice(0, 10);
      else if (!seen.has(value)) {
        seen.add(value);
        problems.push({ ...firstCell(rows, value), code: 'invalid_date', value });
      }
    }
  }
  return problems;
}

/** The file's validity date (its latest), or today: the day the places it lacks were retired. */
function retiredOn(ctx: Context, places: readonly { validOn?: string }[]): string {
  const dates = places.flatMap((p) => (p.validOn ? [p.validOn] : [])).sort();
  return dates.at(-1) ?? today(ctx);
}

const today = (ctx: Context) => ctx.deps.now().toISOString().slice(0, 10);

function summary(
  plan: GazetteerPlan,
  retire: boolean,
): Omit<GazetteerImportResult, 'dryRun' | 'sheet'> {
  const byLevel: Record<string, number> = {};
  for (const place of plan.places) byLevel[place.level] = (byLevel[place.level] ?? 0) + 1;
  return {
    locations: plan.places.length,
    byLevel,
    countries: plan.countries,
    created: plan.created,
    updated: plan.updated,
    unchanged: plan.places.length - plan.created - plan.updated,
    notInFile: plan.notInFile,
    retired: retire ? plan.missing.length : 0,
    codeChanges: plan.codeChanges.length,
  };
}
