/**
 * A reach import checked in the database (decision 031). A plain CSV of one cell per row is
 * copied as text into a temporary table, grouped there into one row per place × period, and only
 * the distinct texts go through the core checker: each key (P-code and period columns) and each
 * cell layout (the sex, bracket and disability texts of a group, in file order). COPY and the
 * grouping are the database's fastest paths; the JavaScript pass over every row is gone.
 *
 * The database never decides that a row is bad. Whatever is not plainly good — a quote or an
 * empty line in the file, a text the core refuses, a count that is not plain digits, a cell given
 * twice, an unknown or retired place — throws `UncertainFile`, the staging is dropped, and the
 * file is read again row by row, where the core checker reports every problem by line.
 */
import type { ColumnPlan } from '../../../core/reach/reach-columns.js';
import { planColumns } from '../../../core/reach/reach-columns.js';
import {
  isProblem,
  longCellReaders,
  readPeriod,
  readPlace,
  type At,
  type RowContext,
} from '../../../core/reach/read-import-row.js';
import {
  countsAreWholeNumbers,
  fillCodes,
  groupedDefinition,
  KEY_CODES_COLUMNS,
  LAYOUT_CODES_COLUMNS,
  layoutCells,
  layoutsDefinition,
  rawCopyOptions,
  rawTableDefinition,
  readGroupKeys,
  readLayouts,
  type KeyCodes,
  type RawCellColumns,
} from '../../repos/raw-reach.repo.js';
import { mergeCheckedRecords } from '../../repos/reach.repo.js';
import type { Context } from '../context.js';
import { PcodeLines, ProblemList } from './import-problems.js';
import type { ReachImportRequest } from './import-reach.js';
import {
  afterBatch,
  checkPlaces,
  commitImport,
  type BatchCount,
  type ImportHooks,
  type ImportOutcome,
  type Prepared,
} from './import-steps.js';
import { rawChunks, UncertainFile } from './raw-chunks.js';
import { isSpreadsheet, readRows, withHeader, type TableSource } from './read-rows.js';
import { withStaging, type Staging } from './staging.js';

/** More distinct cell layouts than this (a file in no order) are read row by row. */
const MAX_LAYOUT_CELLS = 300_000;

interface RawLayout {
  plan: ColumnPlan;
  columns: number;
  delimiter: string;
  headerRows: number;
  cells: RawCellColumns;
}

/** The import's outcome when the database could check the file; null when it is read row by row. */
export async function parseInDatabase(
  ctx: Context,
  source: TableSource,
  request: ReachImportRequest,
  prepared: Prepared,
  importId: string | null,
  hooks: ImportHooks,
  progress: { rowsRead: number },
): Promise<ImportOutcome | null> {
  const layout = await rawLayoutOf(source, request, prepared);
  if (!layout) return null;
  try {
    return await withStaging(ctx.deps.database, (staging) =>
      new DatabaseCheck(ctx, staging, source, request, prepared, layout).run(
        importId,
        hooks,
        progress,
      ),
    );
  } catch (error) {
    if (!(error instanceof UncertainFile)) throw error;
    ctx.deps.log.debug('reach import read row by row', { reason: error.reason });
    return null;
  }
}

/** The columns of a CSV of one cell per row, each column read for one thing; else null. */
async function rawLayoutOf(
  source: TableSource,
  request: ReachImportRequest,
  prepared: Prepared,
): Promise<RawLayout | null> {
  if (request.kind !== 'aggregated' || isSpreadsheet(source)) return null;
  const format: { delimiter?: string } = {};
  const headed = await withHeader(readRows(source, format));
  await headed.close();
  const { plan, problems } = planColumns(headed.header, headed.hxl, {
    kind: 'aggregated',
    measure: 'reached',
    brackets: prepared.brackets,
  });
  const { sex, ageBracket, count, disability } = plan;
  if (problems.length > 0 || plan.cells.length > 0 || !format.delimiter) return null;
  if (sex === undefined || ageBracket === undefined || count === undefined) return null;
  const key = [...plan.locations, plan.periodStart, plan.periodEnd, plan.period].filter(
    (index): index is number => index !== undefined,
  );
  const used = [...key, sex, ageBracket, count, ...(disability === undefined ? [] : [disability])];
  if (new Set(used).size !== used.length) return null;
  return {
    plan,
    columns: headed.header.length,
    delimiter: format.delimiter,
    headerRows: headed.headerRows,
    cells: { key, sex, ageBracket, disability, count },
  };
}

class DatabaseCheck {
  private readonly count: BatchCount = { rowsRead: 0, batches: 0 };

  constructor(
    private readonly ctx: Context,
    private readonly staging: Staging,
    private readonly source: TableSource,
    private readonly request: ReachImportRequest,
    private readonly prepared: Prepared,
    private readonly layout: RawLayout,
  ) {}

  async run(
    importId: string | null,
    hooks: ImportHooks,
    progress: { rowsRead: number },
  ): Promise<ImportOutcome> {
    const raw = await this.copyFile(importId, hooks, progress);
    const grouped = await this.group(raw);
    if (!(await countsAreWholeNumbers(this.staging.read, grouped, this.layout.delimiter)))
      throw new UncertainFile('count');
    const keyCodes = await this.readKeys(grouped);
    const layouts = await this.staging.createTable('reach_layouts', layoutsDefinition(grouped));
    const layoutCodes = await this.readLayouts(layouts);
    const outcome: ImportOutcome = {
      importId,
      dryRun: this.request.dryRun,
      rowsRead: this.count.rowsRead,
      cells: this.count.rowsRead,
      skippedRows: 0,
      keptIndividuals: 0,
      ignoredColumns: this.layout.plan.ignored,
      checkedIn: 'database',
    };
    if (!importId) return outcome;
    const tables = {
      delimiter: this.layout.delimiter,
      grouped,
      layouts,
      keyCodes: await this.codesTable('reach_key_codes', KEY_CODES_COLUMNS, keyCodes),
      layoutCodes: await this.codesTable('reach_layout_codes', LAYOUT_CODES_COLUMNS, layoutCodes),
    };
    return this.staging.commit((tx) =>
      commitImport(this.ctx, tx, this.request, this.prepared, importId, outcome, async (ids) => {
        const records = await mergeCheckedRecords(tx, tables, ids);
        if (records !== keyCodes.length)
          throw new Error(`${keyCodes.length} reach records checked, ${records} written`);
        return { records, keptIndividuals: 0 };
      }),
    );
  }

  /** COPY of the data lines; each batch is counted as progress once handed over. */
  private async copyFile(
    importId: string | null,
    hooks: ImportHooks,
    progress: { rowsRead: number },
  ): Promise<string> {
    const { columns, delimiter, headerRows } = this.layout;
    const raw = await this.staging.createTable('reach_raw', rawTableDefinition(columns));
    const writer = this.staging.openCopy(raw, rawCopyOptions(columns, delimiter));
    const refused = (error: unknown) => {
      throw new UncertainFile('copy_refused', { cause: error });
    };
    let copied: number;
    try {
      for await (const chunk of rawChunks(
        this.source.open(),
        headerRows,
        hooks.batchSize ?? 20_000,
      )) {
        await writer.write(chunk.bytes).catch(refused);
        this.count.rowsRead += chunk.rows;
        await afterBatch(this.ctx, importId, this.count, hooks, progress);
      }
      copied = await writer.end().catch(refused);
    } catch (error) {
      await writer.abort();
      throw error;
    }
    if (copied !== this.count.rowsRead || copied === 0) throw new UncertainFile('row_count');
    return raw;
  }

  /** One row per key. Hashing keeps each group's rows in file order, so layouts repeat. */
  private async group(raw: string): Promise<string> {
    const { staging } = this;
    await staging.configure('enable_sort', 'off');
    if (this.ctx.deps.database.kind === 'postgres') await staging.configure('work_mem', '256MB');
    const grouped = await staging.createTable(
      'reach_grouped',
      groupedDefinition(raw, this.layout.cells, this.layout.delimiter),
    );
    await staging.configure('enable_sort', 'on');
    return grouped;
  }

  /** The core's reading of every key: a P-code and a period; all must be good and distinct. */
  private async readKeys(grouped: string): Promise<KeyCodes[]> {
    const { plan, columns, cells } = this.layout;
    const context: RowContext = { brackets: this.prepared.brackets, period: this.request.period };
    const at: At = (field, code) => ({ line: 0, field, code });
    const pcodes = new PcodeLines();
    const seen = new Set<string>();
    const codes: KeyCodes[] = [];
    for (const { id, texts } of await readGroupKeys(this.staging.read, grouped, cells.key)) {
      const values: string[] = new Array<string>(columns).fill('');
      cells.key.forEach((index, i) => (values[index] = texts[i]!));
      const pcode = readPlace(values, plan, at);
      const period = readPeriod(values, plan, context, at);
      if (isProblem(pcode) || isProblem(period)) throw new UncertainFile('key');
      const key = `${pcode}|${period.start}|${period.end}`;
      if (seen.has(key)) throw new UncertainFile('key_spelt_twice');
      seen.add(key);
      pcodes.add(pcode, 0, period.start);
      codes.push({ id, pcode, period_start: period.start, period_end: period.end });
    }
    const problems = new ProblemList();
    await checkPlaces(this.ctx, this.prepared.project, pcodes, problems);
    if (!problems.isEmpty) throw new UncertainFile('place');
    return codes;
  }

  /** The core's reading of every cell layout: known codes, no cell twice in a group. */
  private async readLayouts(layouts: string) {
    const { delimiter } = this.layout;
    if ((await layoutCells(this.staging.read, layouts, delimiter)) > MAX_LAYOUT_CELLS)
      throw new UncertainFile('layouts');
    const read = longCellReaders(this.prepared.brackets);
    return (await readLayouts(this.staging.read, layouts, delimiter)).map(({ id, texts }) => {
      const codes = {
        id,
        sexes: [] as string[],
        age_brackets: [] as string[],
        disabilities: [] as string[],
      };
      const cells = new Set<string>();
      for (let i = 0; i < texts.length; i += 3) {
        const sex = read.sex(texts[i]!);
        const bracket = read.bracket(texts[i + 1] ?? '');
        const disability = read.disability(texts[i + 2] ?? '');
        if (!sex || !bracket || !disability || i + 2 >= texts.length)
          throw new UncertainFile('cell_code');
        codes.sexes.push(sex);
        codes.age_brackets.push(bracket);
        codes.disabilities.push(disability);
        cells.add(`${sex}|${bracket}|${disability}`);
      }
      if (cells.size !== codes.sexes.length) throw new UncertainFile('cell_twice');
      return codes;
    });
  }

  private async codesTable(name: string, columns: string, rows: readonly object[]) {
    const table = await this.staging.createTable(name, columns);
    await fillCodes(this.staging.read, table, columns, rows);
    return table;
  }
}
