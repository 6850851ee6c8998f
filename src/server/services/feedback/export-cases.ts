/**
 * Case exports (CSV/XLSX): the cases the caller may see, without narratives or contact details
 * (strictly confidential data never leaves in a spreadsheet); SEA cases only for PSEA focal points.
 * Every export is audited.
 */
import type { ExportTable } from '../../../core/projects/portfolio-table.js';
import type { ListFeedbackQuery } from '../../../core/feedback/feedback.schema.js';
import { authorize } from '../../../core/policy/authorize.js';
import type { LanguageCode } from '../../../core/shared/language.js';
import { tableToCsv, tableToXlsx } from '../../exports/write-table.js';
import { translate } from '../../i18n/translate.js';
import { recordAudit } from '../audit.service.js';
import type { Context } from '../context.js';
import type { ExportFile } from '../portfolio-export.service.js';
import { listFeedback } from './feedback.service.js';

const COLUMNS = [
  'reference',
  'receivedAt',
  'channel',
  'category',
  'sensitivity',
  'urgency',
  'status',
  'language',
  'country',
  'sex',
  'ageBracket',
  'acknowledgedAt',
  'respondedAt',
  'closedAt',
] as const;
const HXL: Partial<Record<(typeof COLUMNS)[number], string>> = {
  receivedAt: '#date+reported',
  country: '#country+code',
  sex: '#sex',
  ageBracket: '#age+group',
  status: '#status',
};
const MAX_ROWS = 50_000;

/** The visible cases matching the filters as a file. */
export async function exportCases(
  ctx: Context,
  query: Omit<ListFeedbackQuery, 'page' | 'pageSize'>,
  format: 'csv' | 'xlsx',
  lang: LanguageCode,
): Promise<ExportFile> {
  authorize(ctx.actor, 'feedback.export');
  const rows: ExportTable['rows'] = [];
  for (let page = 1; rows.length < MAX_ROWS; page++) {
    const { items } = await listFeedback(ctx, { ...query, page, pageSize: 200 });
    for (const c of items) {
      rows.push([
        c.reference,
        c.receivedAt,
        c.channel,
        c.category,
        c.sensitivity,
        c.urgency,
        c.status,
        c.language,
        c.country,
        c.submitter.sex ?? null,
        c.submitter.ageBracket ?? null,
        c.acknowledgedAt,
        c.respondedAt,
        c.closedAt,
      ]);
    }
    if (items.length < 200) break;
  }
  const table: ExportTable = {
    headers: COLUMNS.map((c) => translate(lang, `export.cases.${c}`)),
    hxl: COLUMNS.map((c) => HXL[c] ?? ''),
    rows,
  };
  await recordAudit(ctx, {
    action: 'feedback.export',
    details: { format, rows: rows.length, filters: query },
  });
  const stamp = ctx.deps.now().toISOString().slice(0, 10);
  if (format === 'csv')
    return {
      filename: `mainstream-feedback-${stamp}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: tableToCsv(table),
    };
  return {
    filename: `mainstream-feedback-${stamp}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: await tableToXlsx(table, translate(lang, 'export.cases.sheet')),
  };
}
