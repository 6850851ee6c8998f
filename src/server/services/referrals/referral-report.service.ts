/**
 * Referral counts by service type and status. Referral staff get the counts of the referrals they
 * may list; everyone else (viewers, managers) gets all referrals with small cells suppressed at the
 * stricter threshold of sensitive topics: referrals of survivors are in this table (decision 028).
 */
import { suppressTable } from '../../../core/disclosure/suppress-table.js';
import { organizationOf, type Actor } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import type { ExportTable } from '../../../core/projects/portfolio-table.js';
import type { ReferralReport } from '../../../core/services/referral.schema.js';
import { REFERRAL_STATUSES } from '../../../core/services/referral-workflow.js';
import { SERVICE_TYPES } from '../../../core/services/service.schema.js';
import { tableToCsv, tableToXlsx } from '../../exports/write-table.js';
import { countReferrals } from '../../repos/referrals.repo.js';
import { recordAudit } from '../audit.service.js';
import type { Context } from '../context.js';
import { countriesOf } from '../locations/resolve-locations.js';
import { loadSettings } from '../organization-settings.service.js';
import type { ExportFile } from '../portfolio-export.service.js';
import { seesSea } from './referral-scope.js';

const REFERRAL_STAFF = ['feedback_operator', 'protection_officer', 'psea_focal_point'];
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Whether the actor gets the suppressed table. */
export function getsPublished(actor: Actor | null, asked: boolean) {
  return asked || (actor?.kind !== 'system' && !REFERRAL_STAFF.includes(actor?.role ?? ''));
}

export async function referralReport(ctx: Context, asked = false): Promise<ReferralReport> {
  authorize(ctx.actor, 'referrals.report');
  const organizationId = organizationOf(ctx.actor);
  const published = getsPublished(ctx.actor, asked);
  const rows = await countReferrals(ctx.db, organizationId, {
    countries: countriesOf(ctx.actor),
    seesSea: published || seesSea(ctx.actor),
  });
  const count = (type: string, status: string) =>
    rows.find((r) => r.serviceType === type && r.status === status)?.value ?? 0;
  const counts = SERVICE_TYPES.map((t) => REFERRAL_STATUSES.map((s) => count(t, s)));
  const head = { rows: [...SERVICE_TYPES], columns: [...REFERRAL_STATUSES] };
  if (!published) {
    const rowTotals = counts.map(sum);
    const columnTotals = REFERRAL_STATUSES.map((_, c) => sum(counts.map((row) => row[c]!)));
    return {
      ...head,
      cells: counts,
      rowTotals,
      columnTotals,
      grandTotal: sum(rowTotals),
      disclosureThreshold: null,
    };
  }
  const threshold = (await loadSettings(ctx.db, organizationId)).seaDisclosureThreshold;
  const table = suppressTable(
    { rowKeys: head.rows, columnKeys: head.columns, counts },
    { threshold },
  );
  return {
    ...head,
    cells: table.cells,
    rowTotals: table.rowTotals,
    columnTotals: table.columnTotals,
    grandTotal: table.grandTotal,
    disclosureThreshold: threshold,
  };
}

function reportTable(report: ReferralReport): ExportTable {
  return {
    headers: ['service_type', ...report.columns, 'total'],
    hxl: [
      '#service+type',
      ...report.columns.map((s) => `#indicator+referrals+${s}`),
      '#indicator+referrals+total',
    ],
    rows: [
      ...report.rows.map((type, r) => [type, ...report.cells[r]!, report.rowTotals[r]!]),
      ['total', ...report.columnTotals, report.grandTotal],
    ],
  };
}

/** The counts as CSV or XLSX (suppressed cells left empty); audited. */
export async function exportReferralReport(
  ctx: Context,
  format: 'csv' | 'xlsx',
  asked: boolean,
): Promise<ExportFile> {
  const report = await referralReport(ctx, asked);
  await recordAudit(ctx, {
    action: 'referrals.report',
    targetType: 'referral',
    details: { format, suppressed: report.disclosureThreshold !== null },
  });
  const table = reportTable(report);
  const day = ctx.deps.now().toISOString().slice(0, 10);
  return format === 'csv'
    ? {
        filename: `referrals-${day}.csv`,
        contentType: 'text/csv; charset=utf-8',
        body: tableToCsv(table),
      }
    : {
        filename: `referrals-${day}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        body: await tableToXlsx(table, 'Referrals'),
      };
}
