/**
 * The directory in and out as Open Referral HSDS (decision 027). Import: the package's CSV files,
 * validated whole before anything is written, services matched by their HSDS id so that a second
 * import updates them. Export: an HSDS 3.0 tabular data package as a ZIP of CSVs and datapackage.json.
 */
import crypto from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import { dataPackageOf, hsdsTablesOf } from '../../../core/services/hsds-export.js';
import { servicesOfPackage, type ImportedService } from '../../../core/services/hsds-import.js';
import { HSDS_COLUMNS, HSDS_TABLES } from '../../../core/services/hsds-tables.js';
import type { ServiceFilter, ServiceType } from '../../../core/services/service.schema.js';
import { inTransaction, type Db } from '../../db/database.js';
import { zipOf } from '../../exports/zip.js';
import {
  allServices,
  findServicesByHsdsIds,
  insertService,
  replaceAreas,
  updateServiceIfVersion,
} from '../../repos/directory.repo.js';
import { recordAudit } from '../audit.service.js';
import { withDb, type Context } from '../context.js';
import type { ExportFile } from '../portfolio-export.service.js';
import { conditionsOf, presentServices, serviceColumns } from './directory.service.js';
import { servedPlaces } from './directory-scope.js';
import { expandArchives } from './expand-archives.js';
import { readHsdsPackage, type UploadedPart } from './read-hsds-package.js';

export interface HsdsImportOptions {
  /** The type of services the package does not classify (HSDS has no such field). */
  type: ServiceType;
  /** The place served by services whose package names no P-code as a service area. */
  locationPcode: string | null;
  dryRun: boolean;
}

export interface HsdsImportResult {
  dryRun: boolean;
  version: '3.0' | 'older';
  created: number;
  updated: number;
}

/** The country of each imported service (its places checked, errors at `services.<line>.…`). */
async function countriesOf(ctx: Context, services: readonly ImportedService[]) {
  const countries: string[] = [];
  for (const s of services) {
    const path = () => `service_areas.${s.line}.extent`;
    countries.push((await servedPlaces(ctx, s.entry.locationPcodes, path)).country);
  }
  return countries;
}

async function writeServices(
  ctx: Context,
  tx: Db,
  services: readonly ImportedService[],
  countries: readonly string[],
) {
  const organizationId = organizationOf(ctx.actor);
  const existing = new Map(
    (
      await findServicesByHsdsIds(
        tx,
        organizationId,
        services.map((s) => s.hsdsId),
      )
    ).flatMap((r) => [[r.id, r] as const, ...(r.hsdsId ? [[r.hsdsId, r] as const] : [])]),
  );
  let updated = 0;
  for (const [index, s] of services.entries()) {
    const columns = serviceColumns(s.entry, countries[index]!);
    const before = existing.get(s.hsdsId);
    const row = before
      ? await updateServiceIfVersion(tx, before.id, before.version, columns)
      : await insertService(tx, { ...columns, organizationId, hsdsId: s.hsdsId });
    if (before) updated++;
    await replaceAreas(tx, organizationId, row!.id, s.entry.locationPcodes);
  }
  return { created: services.length - updated, updated };
}

/** Imports a package, all services or none; a dry run checks and counts without writing. */
export async function importHsds(
  ctx: Context,
  parts: readonly UploadedPart[],
  options: HsdsImportOptions,
): Promise<HsdsImportResult> {
  authorize(ctx.actor, 'directory.import');
  const { tables, older } = readHsdsPackage(expandArchives(parts));
  const defaults = { type: options.type, pcode: options.locationPcode, older };
  const services = servicesOfPackage(tables, defaults);
  const countries = await countriesOf(ctx, services);
  const version = older ? ('older' as const) : ('3.0' as const);
  if (options.dryRun) {
    const known = await findServicesByHsdsIds(
      ctx.db,
      organizationOf(ctx.actor),
      services.map((s) => s.hsdsId),
    );
    return {
      dryRun: true,
      version,
      created: services.length - known.length,
      updated: known.length,
    };
  }
  return inTransaction(ctx.db, async (tx) => {
    const counts = await writeServices(ctx, tx, services, countries);
    await recordAudit(withDb(ctx, tx), {
      action: 'directory.import',
      targetType: 'directory_service',
      details: { version, ...counts },
    });
    return { dryRun: false, version, ...counts };
  });
}

/** A stable UUID (v5-like, from SHA-256) for a record derived from a service. */
function derivedId(kind: string, key: string): string {
  const hex = crypto.createHash('sha256').update(`mainstream:${kind}:${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The directory (filtered) as an HSDS 3.0 data package in a ZIP; audited. */
export async function exportHsds(ctx: Context, filter: ServiceFilter): Promise<ExportFile> {
  authorize(ctx.actor, 'directory.export');
  const rows = await allServices(ctx.db, organizationOf(ctx.actor), conditionsOf(ctx, filter));
  const tables = hsdsTablesOf(await presentServices(ctx, rows), derivedId);
  const entries = HSDS_TABLES.map((name) => ({
    name: `${name}.csv`,
    bytes: Buffer.from(
      stringify([[...HSDS_COLUMNS[name]], ...tables[name]], { record_delimiter: '\r\n' }),
    ),
  }));
  const datapackage = JSON.stringify(dataPackageOf(HSDS_TABLES), null, 2);
  entries.unshift({ name: 'datapackage.json', bytes: Buffer.from(datapackage) });
  await recordAudit(ctx, {
    action: 'directory.export',
    targetType: 'directory_service',
    details: { format: 'hsds', services: rows.length },
  });
  return {
    filename: `service-directory-hsds-${ctx.deps.now().toISOString().slice(0, 10)}.zip`,
    contentType: 'application/zip',
    body: zipOf(entries, ctx.deps.now()),
  };
}
