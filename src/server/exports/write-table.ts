/** Writes an export table as CSV (UTF-8 with BOM, for spreadsheet programs) or XLSX, with the HXL row under the headers. */
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import type { ExportTable } from '../../core/projects/portfolio-table.js';

/** CSV bytes. */
export function tableToCsv(table: ExportTable): Buffer {
  const text = stringify([
    table.headers,
    table.hxl,
    ...table.rows.map((r) => r.map((v) => v ?? '')),
  ]);
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

/** XLSX bytes, one sheet, headers bold and frozen. */
export async function tableToXlsx(table: ExportTable, sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.addRow(table.headers).font = { bold: true };
  sheet.addRow(table.hxl);
  for (const row of table.rows) sheet.addRow(row.map((v) => v ?? null));
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  sheet.columns.forEach((column) => {
    column.width = 18;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
