/** Reads an uploaded table (CSV with `,` `;` or tab, or the first sheet of an XLSX) as rows of strings. */
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';

/** All rows as strings; an HXL hashtag row under the headers is dropped. */
export async function readTable(bytes: Uint8Array, filename: string): Promise<string[][]> {
  const rows = filename.toLowerCase().endsWith('.xlsx') ? await readXlsx(bytes) : readCsv(bytes);
  const [header, maybeHxl, ...rest] = rows;
  if (!header) return [];
  const isHxl =
    maybeHxl?.some((v) => v.trim().startsWith('#')) &&
    maybeHxl.every((v) => !v.trim() || v.trim().startsWith('#'));
  return isHxl ? [header, ...rest] : rows;
}

function readCsv(bytes: Uint8Array): string[][] {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [';', '\t', ','].reduce(
    (best, d) => (firstLine.split(d).length > firstLine.split(best).length ? d : best),
    ',',
  );
  return parse(text, {
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    bom: true,
  }) as string[][];
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = (row.values as unknown[]).slice(1);
    rows.push(values.map(cellText));
  });
  return rows;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && 'text' in value)
    return String((value as { text: unknown }).text);
  if (typeof value === 'object' && 'result' in value)
    return String((value as { result: unknown }).result ?? '');
  return String(value);
}
