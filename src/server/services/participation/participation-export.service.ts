/**
 * Consultations as CSV or XLSX with the HXL row. Staff get one row per consultation; viewers get
 * places × participant groups with small cells suppressed (organisation threshold). Audited.
 */
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import {
  consultationTable,
  publishedConsultationTable,
} from '../../../core/participation/participation-table.js';
import type { ExportTable } from '../../../core/projects/portfolio-table.js';
import { parseAgeBrackets } from '../../../core/reach/age-brackets.js';
import { tableToCsv, tableToXlsx } from '../../exports/write-table.js';
import { decisionCounts } from '../../repos/consultation-counts.repo.js';
import { findProjectsByIds } from '../../repos/risk-links.repo.js';
import { recordAudit } from '../audit.service.js';
import type { Context } from '../context.js';
import { loadSettings } from '../organization-settings.service.js';
import type { ExportFile } from '../portfolio-export.service.js';
import { isPublished } from '../reach/export-reach.js';
import { listCommitteesPage } from './committees.service.js';
import { consultationsFor } from './participation-chart.service.js';

/** A table as a dated file. */
export async function asFile(
  ctx: Context,
  table: ExportTable,
  format: 'csv' | 'xlsx',
  name: string,
): Promise<ExportFile> {
  const stamp = ctx.deps.now().toISOString().slice(0, 10);
  return format === 'csv'
    ? {
        filename: `${name}-${stamp}.csv`,
        contentType: 'text/csv; charset=utf-8',
        body: tableToCsv(table),
      }
    : {
        filename: `${name}-${stamp}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        body: await tableToXlsx(table, name),
      };
}

/** The consultations of a project or place (or all in scope) as a file. */
export async function exportConsultations(
  ctx: Context,
  query: { projectId?: string | undefined; location?: string | undefined },
  format: 'csv' | 'xlsx',
): Promise<ExportFile> {
  const rows = await consultationsFor(ctx, 'consultations.export', query);
  const organizationId = organizationOf(ctx.actor);
  const settings = await loadSettings(ctx.db, organizationId);
  const brackets = parseAgeBrackets(settings.ageBrackets);
  const [decisions, projects] = await Promise.all([
    decisionCounts(
      ctx.db,
      organizationId,
      rows.map((r) => r.id),
    ),
    findProjectsByIds(ctx.db, organizationId, [...new Set(rows.flatMap((r) => r.projectId ?? []))]),
  ]);
  const codes = new Map(projects.map((p) => [p.id, p.code]));
  const exportRows = rows.map((r) => ({
    ...r,
    projectCode: r.projectId ? (codes.get(r.projectId) ?? null) : null,
    decisions: decisions.get(r.id) ?? 0,
  }));
  const published = isPublished(ctx.actor, false);
  const table = published
    ? publishedConsultationTable(exportRows, brackets, settings.disclosureThreshold)
    : consultationTable(exportRows, brackets);
  await recordAudit(ctx, {
    action: 'consultations.export',
    targetType: 'consultation',
    details: { format, published, rows: table.rows.length, projectId: query.projectId ?? null },
  });
  return asFile(ctx, table, format, 'consultations');
}

/** The committees in scope as a file: one row per committee with its balance (staff only). */
export async function exportCommittees(ctx: Context, format: 'csv' | 'xlsx'): Promise<ExportFile> {
  authorize(ctx.actor, 'committees.export');
  const page = await listCommitteesPage(ctx, { page: 1, pageSize: 5_000, sort: 'name' });
  const table: ExportTable = {
    headers: [
      'id',
      'name',
      'kind',
      'country',
      'location',
      'project',
      'members',
      'women',
      'persons_with_disabilities',
      'women_share',
      'disability_share',
      'women_flag',
      'disability_flag',
      'women_in_leadership',
      'trainings',
      'meetings',
    ],
    hxl: ['', '#org+name', '#org+type', '#country+code', '#loc+code', '#activity+code'].concat(
      Array.from({ length: 10 }, () => ''),
    ),
    rows: page.items.map((c) => [
      c.id,
      c.name,
      c.kind,
      c.country,
      c.locationPcode,
      c.project?.code ?? null,
      c.balance.members,
      c.balance.women,
      c.balance.personsWithDisabilities,
      c.balance.womenShare,
      c.balance.disabilityShare,
      c.balance.womenFlag,
      c.balance.disabilityFlag,
      c.balance.womenInLeadership ? 'yes' : 'no',
      c.trainings,
      c.meetings,
    ]),
  };
  await recordAudit(ctx, {
    action: 'committees.export',
    targetType: 'committee',
    details: { format, rows: table.rows.length },
  });
  return asFile(ctx, table, format, 'committees');
}
