/**
 * The table of an uploaded gazetteer. A CSV is read by `readTable`; a COD-AB workbook has one
 * sheet per level (`admin1`, `admin2`…), each repeating its ancestors, so the sheet with the
 * deepest P-code column holds the whole hierarchy and is the one read.
 */
import ExcelJS from 'exceljs';
import { gazetteerColumns } from '../../../core/locations/gazetteer-columns.js';
import { readTable } from '../../exports/read-table.js';

export interface GazetteerTable {
  rows: string[][];
  sheet?: string;
}

/** The rows (header first) of a gazetteer file, and the sheet they came from for a workbook. */
export async function readGazetteerFile(
  bytes: Uint8Array,
  filename: string,
): Promise<GazetteerTable> {
  if (!filename.toLowerCase().endsWith('.xlsx')) return { rows: await readTable(bytes, filename) };
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets = workbook.worksheets.map((sheet) => ({ name: sheet.name, rows: sheetRows(sheet) }));
  const depth = (rows: string[][]) =>
    Math.max(
      -1,
      ...gazetteerColumns(rows[0] ?? [])
        .levels.filter((l) => l.pcode !== undefined)
        .map((l) => l.level),
    );
  const deepest = sheets.reduce<(typeof sheets)[number] | undefined>(
    (best, sheet) => (!best || depth(sheet.rows) > depth(best.rows) ? sheet : best),
    undefined,
  );
  return deepest ? { rows: dropHxlRow(deepest.rows), sheet: deepest.name } : { rows: [] };
}

function sheetRows(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    rows.push((row.values as unknown[]).slice(1).map(cellText));
  });
  return rows;
}

function dropHxlRow(rows: string[][]): string[][] {
  const [header, second, ...rest] = rows;
  if (!header) return [];
  const isHxl =
    second?.some((v) => v.trim().startsWith('#')) &&
    second.every((v) => !v.trim() || v.trim().startsWith('#'));
  return isHxl ? [header, ...rest] : rows;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'text' in value)
    return String((value as { text: unknown }).text);
  if (typeof value === 'object' && 'result' in value)
    return String((value as { result: unknown }).result ?? '');
  if (typeof value === 'object' && 'richText' in value)
    return (value as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
  return String(value);
}
