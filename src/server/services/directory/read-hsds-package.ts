/**
 * Reading an uploaded HSDS package: the CSV files of its tables (and its `datapackage.json`, when
 * sent) into rows with their line numbers. The version is read from `datapackage.json` or, failing
 * that, from the file names (HSDS 1.1 says `services_at_location.csv`, 3.0 `service_at_location.csv`).
 */
import { parse } from 'csv-parse/sync';
import { invalidInput, type FieldProblem } from '../../../core/risk/invalid-input.js';
import {
  HSDS_TABLES,
  OLDER_TABLE_NAMES,
  type HsdsPackage,
  type HsdsRow,
  type HsdsTableName,
} from '../../../core/services/hsds-tables.js';

export interface UploadedPart {
  name: string;
  bytes: Uint8Array;
}

export interface ReadPackage {
  tables: HsdsPackage;
  /** True for HSDS before 3.0 (1.1, 2.0): older columns such as `fees` are read too. */
  older: boolean;
}

function rowsOf(text: string): HsdsRow[] {
  const records = parse(text, { bom: true, relax_column_count: true, info: true }) as unknown as {
    record: string[];
    info: { lines: number };
  }[];
  const [header, ...rest] = records;
  if (!header) return [];
  const columns = header.record.map((c) => c.trim());
  return rest
    .filter((r) => r.record.some((v) => v.trim() !== ''))
    .map((r) => ({
      line: r.info.lines,
      values: Object.fromEntries(columns.map((c, i) => [c, r.record[i] ?? ''])),
    }));
}

/** Whether the package declares a version before 3.0. */
function isOlder(datapackage: string | undefined, names: string[]): boolean {
  if (datapackage) {
    const declared = JSON.parse(datapackage) as { version?: string; title?: string };
    if (/^3\./.test(declared.version ?? '')) return false;
    if (/^[12]\./.test(declared.version ?? '') || /\b1\.1\b/.test(declared.title ?? ''))
      return true;
  }
  return names.some((n) => n in OLDER_TABLE_NAMES);
}

function tableName(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.csv$/i, '').toLowerCase();
}

/** The tables of the uploaded files; an unreadable file is named (`files.2`) and refused. */
export function readHsdsPackage(parts: readonly UploadedPart[]): ReadPackage {
  const tables: HsdsPackage = {};
  const problems: FieldProblem[] = [];
  let datapackage: string | undefined;
  const names: string[] = [];
  parts.forEach((part, index) => {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(part.bytes);
    if (/datapackage\.json$/i.test(part.name)) return void (datapackage = text);
    const name = tableName(part.name);
    names.push(name);
    const table = (OLDER_TABLE_NAMES[name] ?? name) as HsdsTableName;
    if (!/\.csv$/i.test(part.name) || !HSDS_TABLES.includes(table)) return;
    try {
      tables[table] = rowsOf(text);
    } catch {
      problems.push({
        path: `files.${index}`,
        code: 'unreadable_csv',
        params: { file: part.name },
      });
    }
  });
  if (datapackage !== undefined) {
    try {
      JSON.parse(datapackage);
    } catch {
      problems.push({ path: 'datapackage.json', code: 'invalid_json' });
    }
  }
  if (problems.length) throw invalidInput('directory.hsds_unreadable', problems);
  return { tables, older: isOlder(problems.length ? undefined : datapackage, names) };
}
