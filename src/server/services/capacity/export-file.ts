/** An export table as a dated CSV or XLSX file. */
import type { ExportTable } from '../../../core/projects/portfolio-table.js';
import { tableToCsv, tableToXlsx } from '../../exports/write-table.js';
import type { Context } from '../context.js';
import type { ExportFile } from '../portfolio-export.service.js';

/** The file of a table, named `<name>-<date>.<format>`. */
export async function exportFile(
  ctx: Context,
  table: ExportTable,
  format: 'csv' | 'xlsx',
  name: string,
): Promise<ExportFile> {
  const stamp = ctx.deps.now().toISOString().slice(0, 10);
  if (format === 'csv')
    return {
      filename: `${name}-${stamp}.csv`,
      contentType: 'text/csv; charset=utf-8',
      body: tableToCsv(table),
    };
  return {
    filename: `${name}-${stamp}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: await tableToXlsx(table, name),
  };
}
