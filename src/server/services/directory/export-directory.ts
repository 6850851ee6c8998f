/** The directory as a CSV or XLSX table with an HXL row (one row per service); audited. */
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import type { ExportTable } from '../../../core/projects/portfolio-table.js';
import type { DirectoryService, ServiceFilter } from '../../../core/services/service.schema.js';
import { tableToCsv, tableToXlsx } from '../../exports/write-table.js';
import { allServices } from '../../repos/directory.repo.js';
import { recordAudit } from '../audit.service.js';
import type { Context } from '../context.js';
import type { ExportFile } from '../portfolio-export.service.js';
import { conditionsOf, presentServices } from './directory.service.js';

const COLUMNS: [string, string, (s: DirectoryService) => string | number | null][] = [
  ['id', '#service+id', (s) => s.id],
  ['type', '#service+type', (s) => s.type],
  ['name', '#service+name', (s) => s.name],
  ['provider', '#org+name', (s) => s.providerName],
  ['status', '#status', (s) => s.status],
  ['country', '#country+code', (s) => s.country],
  ['places', '#loc+code', (s) => s.places.map((p) => p.pcode).join(' ')],
  ['place_names', '#loc+name', (s) => s.places.map((p) => p.name).join('; ')],
  ['phone', '#contact+phone', (s) => s.phone],
  ['email', '#contact+email', (s) => s.email],
  ['address', '#contact+address', (s) => s.address],
  ['hours', '#service+hours', (s) => s.hours],
  ['languages', '#language+code', (s) => s.languages.join(' ')],
  ['accessibility', '#service+accessibility', (s) => s.accessibility.join(' ')],
  ['cost', '#service+cost', (s) => s.cost],
  ['cost_description', '#service+cost+description', (s) => s.costDescription],
  ['eligibility', '#service+eligibility', (s) => s.eligibility],
  ['minimum_age', '#age+min', (s) => s.minimumAge],
  ['maximum_age', '#age+max', (s) => s.maximumAge],
  ['last_verified', '#date+verified', (s) => s.lastVerifiedOn],
  ['stale', '#indicator+stale', (s) => (s.stale ? 'yes' : 'no')],
];

export function directoryTable(services: readonly DirectoryService[]): ExportTable {
  return {
    headers: COLUMNS.map((c) => c[0]),
    hxl: COLUMNS.map((c) => c[1]),
    rows: services.map((s) => COLUMNS.map((c) => c[2](s))),
  };
}

export async function exportDirectory(
  ctx: Context,
  filter: ServiceFilter,
  format: 'csv' | 'xlsx',
): Promise<ExportFile> {
  authorize(ctx.actor, 'directory.export');
  const rows = await allServices(ctx.db, organizationOf(ctx.actor), conditionsOf(ctx, filter));
  const table = directoryTable(await presentServices(ctx, rows));
  await recordAudit(ctx, {
    action: 'directory.export',
    targetType: 'directory_service',
    details: { format, services: rows.length },
  });
  const day = ctx.deps.now().toISOString().slice(0, 10);
  return format === 'csv'
    ? {
        filename: `service-directory-${day}.csv`,
        contentType: 'text/csv; charset=utf-8',
        body: tableToCsv(table),
      }
    : {
        filename: `service-directory-${day}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        body: await tableToXlsx(table, 'Services'),
      };
}
