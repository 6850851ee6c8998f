/**
 * The findings of safety audits as CSV or XLSX, with the HXL hashtag row: one row per rated item,
 * the question as the audit's pinned template asked it, in the reader's language. Audited.
 * Readers are staff only (no viewer aggregates), so no cell needs suppressing (decision 026).
 */
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import type { ExportTable } from '../../../core/projects/portfolio-table.js';
import type { FindingsExportQuery } from '../../../core/safety/safety-audit.schema.js';
import type { SafetyItem } from '../../../core/safety/safety-template.schema.js';
import { tableToCsv, tableToXlsx } from '../../exports/write-table.js';
import { selectFindings } from '../../repos/safety-audits.repo.js';
import { findTemplate } from '../../repos/safety-templates.repo.js';
import { recordAudit } from '../audit.service.js';
import type { Context } from '../context.js';
import type { ExportFile } from '../portfolio-export.service.js';
import { countryScope } from '../projects.service.js';
import { loadSite } from './safety-scope.js';
import { presentItems } from './safety-templates.service.js';

const COLUMNS: [string, string][] = [
  ['site', '#loc+name'],
  ['site_type', '#loc+type'],
  ['country', '#country+code'],
  ['pcode', '#loc+code'],
  ['audit_date', '#date+audited'],
  ['item_code', '#indicator+code'],
  ['topic', '#indicator+topic'],
  ['question', '#indicator+text'],
  ['answer', '#indicator+value'],
  ['risk', '#severity'],
  ['notes', ''],
];

/** Questions of each template version the findings used, by template id then item code. */
async function questionsOf(ctx: Context, organizationId: string, templateIds: string[]) {
  const byTemplate = new Map<string, Map<string, SafetyItem>>();
  for (const id of new Set(templateIds)) {
    const row = await findTemplate(ctx.db, organizationId, id);
    const items = row ? await presentItems(row.items, ctx.lang, true) : [];
    byTemplate.set(id, new Map(items.map((item) => [item.code, item])));
  }
  return byTemplate;
}

/** The findings matching the filters as a file. */
export async function exportFindings(
  ctx: Context,
  query: FindingsExportQuery,
): Promise<ExportFile> {
  authorize(ctx.actor, 'safety.export');
  const organizationId = organizationOf(ctx.actor);
  if (query.siteId) await loadSite(ctx, 'safety.export', query.siteId);
  const { format, ...filters } = query;
  const found = await selectFindings(ctx.db, organizationId, {
    ...filters,
    countries: countryScope(ctx.actor),
  });
  const questions = await questionsOf(
    ctx,
    organizationId,
    found.map((f) => f.templateId),
  );
  const table: ExportTable = {
    headers: COLUMNS.map(([header]) => header),
    hxl: COLUMNS.map(([, tag]) => tag),
    rows: found.map((f) => {
      const item = questions.get(f.templateId)?.get(f.itemCode);
      const place = [f.siteName, f.siteType, f.country, f.pcode, f.date];
      const finding = [f.itemCode, item?.topicName ?? '', item?.question ?? ''];
      return [...place, ...finding, f.answer, f.risk, f.notes];
    }),
  };
  await recordAudit(ctx, {
    action: 'safety.export',
    details: { format, rows: table.rows.length, siteId: query.siteId ?? null },
  });
  const stamp = ctx.deps.now().toISOString().slice(0, 10);
  return format === 'csv'
    ? {
        filename: `safety-findings-${stamp}.csv`,
        contentType: 'text/csv; charset=utf-8',
        body: tableToCsv(table),
      }
    : {
        filename: `safety-findings-${stamp}.xlsx`,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        body: await tableToXlsx(table, 'findings'),
      };
}
