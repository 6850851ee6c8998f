/**
 * Streams the rows of an uploaded table — CSV (`,` `;` or tab, found from the first line) through
 * csv-parse, or the first sheet of an XLSX through ExcelJS's streaming reader — without holding the
 * file's rows in memory. Lines are numbered as a spreadsheet shows them (the header is line 1).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { CsvError, parse } from 'csv-parse';
import { AppError } from '../../../core/errors.js';
import { readHxlColumns, type HxlColumnMapping } from '../../../core/hxl/read-hxl-columns.js';

export interface TableSource {
  name: string;
  /** SHA-256 of the bytes when known (recorded with the import). */
  hash?: string;
  /** A fresh stream of the file's bytes (a source can be read more than once). */
  open(): Readable;
}

export interface TableRow {
  line: number;
  values: string[];
}

/** A source over bytes already received (an HTTP upload). */
export function bytesSource(name: string, bytes: Uint8Array): TableSource {
  const hash = crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 32);
  return { name, hash, open: () => Readable.from([Buffer.from(bytes)]) };
}

/** A source over a file on disk (the CLI, benchmarks). */
export function fileSource(filePath: string): TableSource {
  return {
    name: filePath.split(/[\\/]/).pop() ?? filePath,
    open: () => fs.createReadStream(filePath),
  };
}

/** What reading found of the file's format (a CSV's separator, once its first bytes are read). */
export interface TableFormat {
  delimiter?: string;
}

export const isSpreadsheet = (source: TableSource) => source.name.toLowerCase().endsWith('.xlsx');

/** Every row of the table, in order. */
export function readRows(source: TableSource, format: TableFormat = {}): AsyncIterable<TableRow> {
  return isSpreadsheet(source) ? xlsxRows(source) : csvRows(source, format);
}

async function* csvRows(source: TableSource, format: TableFormat): AsyncGenerator<TableRow> {
  const stream = source.open();
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await iterator.next();
  if (first.done) return;
  const head = Buffer.from(first.value);
  format.delimiter = delimiterOf(head);
  const parser = parse({
    delimiter: format.delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    bom: true,
  });
  async function* chunks() {
    yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next())
      yield next.value;
  }
  Readable.from(chunks())
    .on('error', (e) => parser.destroy(e))
    .pipe(parser);
  let line = 0;
  try {
    for await (const values of parser as AsyncIterable<string[]>) yield { line: ++line, values };
  } catch (error) {
    throw error instanceof CsvError ? unreadable(error, line + 1) : error;
  } finally {
    stream.destroy();
  }
}

/**
 * A file csv-parse cannot split into fields (a stray quote, most often) is refused at the line
 * where reading stopped, like any bad row.
 */
function unreadable(error: CsvError, line: number): AppError {
  const code = error.code.includes('QUOTE') ? 'stray_quote' : 'unreadable_csv';
  const at = typeof error.lines === 'number' && error.lines > 0 ? error.lines : line;
  return new AppError('validation_failed', 'reach.import_invalid_rows', {
    rows: [{ line: at, field: 'file', code }],
    badRows: 1,
  });
}

/** The separator that splits the first line into the most fields. */
function delimiterOf(head: Buffer): string {
  const firstLine =
    head
      .toString('utf8')
      .replace(/^\ufeff/, '')
      .split(/\r?\n/, 1)[0] ?? '';
  return [';', '\t', ','].reduce(
    (best, d) => (firstLine.split(d).length > firstLine.split(best).length ? d : best),
    ',',
  );
}

async function* xlsxRows(source: TableSource): AsyncGenerator<TableRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source.open(), {
    sharedStrings: 'cache',
    worksheets: 'emit',
    hyperlinks: 'ignore',
    styles: 'ignore',
  });
  for await (const sheet of reader) {
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      const values = (row.values as unknown[]).slice(1).map(cellText);
      if (values.some((v) => v !== '')) yield { line: row.number, values };
    }
    return;
  }
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

export interface HeadedRows {
  header: string[];
  hxl: HxlColumnMapping | undefined;
  /** The rows before the data: the header, and the rows down to the hashtag row. */
  headerRows: number;
  rows: AsyncIterable<TableRow>;
  /** Stops reading (when the data rows are not wanted). */
  close(): Promise<void>;
}

const LOOK_AHEAD = 25;

/** Splits off the header (and the HXL hashtag row, found in the first 25 rows) from the data. */
export async function withHeader(rows: AsyncIterable<TableRow>): Promise<HeadedRows> {
  const iterator = rows[Symbol.asyncIterator]();
  const buffered: TableRow[] = [];
  let done = false;
  while (buffered.length < LOOK_AHEAD && !done) {
    const next = await iterator.next();
    if (next.done) done = true;
    else buffered.push(next.value);
  }
  const hxl = readHxlColumns(buffered.map((r) => r.values));
  const dataFrom = hxl ? hxl.hashtagRow + 1 : 1;
  const header = (hxl ? buffered[hxl.hashtagRow - 1]?.values : buffered[0]?.values) ?? [];
  async function* data() {
    yield* buffered.slice(dataFrom);
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next())
      yield next.value;
  }
  return {
    header,
    hxl,
    headerRows: dataFrom,
    rows: data(),
    close: async () => {
      await iterator.return?.();
    },
  };
}
