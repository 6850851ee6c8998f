/**
 * The two readers of a reach import (decision 031) agree: a file checked in the database is
 * imported exactly as the core checker, reading it row by row, imports it; and a file the database
 * is not sure of is read row by row, with the core checker's problems.
 */
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/core/errors.js';
import { importReach } from '../../src/server/services/reach/import-reach.js';
import type { ImportHooks } from '../../src/server/services/reach/import-steps.js';
import { bytesSource } from '../../src/server/services/reach/read-rows.js';
import { buildOrganization } from '../support/factories.js';
import { buildProject, seedYemenPlaces } from '../support/reach-fixtures.js';
import { createTestApp, systemContext, type TestApp } from '../support/test-app.js';

let t: TestApp;
let organizationId: string;

beforeAll(async () => {
  t = await createTestApp();
  const { organization } = await buildOrganization(t.deps);
  organizationId = organization.id;
  await seedYemenPlaces(t.deps, organizationId);
  await t.database.db.execute(
    sql`update locations set retired_on = '2024-03-15' where pcode = 'YE2403'
      and organization_id = ${organizationId}::uuid`,
  );
});
afterAll(() => t.close());

/** Texts of each column: mostly good ones, and the spellings and mistakes files have. */
const pick = (good: string[], other: string[]) =>
  fc.oneof(
    { weight: 40, arbitrary: fc.constantFrom(...good) },
    { weight: 1, arbitrary: fc.constantFrom(...other) },
  );
const COLUMNS = {
  location_pcode: pick(
    ['YE1209', 'YE1211'],
    ['ye1209', ' YE1209', 'SD01', 'XX99', '', 'YE2403', '1209', 'YE1209;'],
  ),
  period_start: pick(['2024-03-01'], ['2024-02-30', '', '2024-04-01', '01/03/2024']),
  period_end: pick(['2024-03-31'], ['2024-03', '', '2024-02-01']),
  sex: pick(
    ['female', 'male', 'other', 'not_stated'],
    ['F', 'Male', ' male', 'x', 'unknown', '', 'woman?', 'nonsense'],
  ),
  age_bracket: pick(
    ['60+', '18-59', '0-4', '5-11', '12-17'],
    ['0_4', '18_59', '60_plus', '12-17', '5-11', '99-100', '', 'adult'],
  ),
  disability: pick(['disabled', 'not_disabled', 'unknown'], ['no', 'Yes', '', 'maybe']),
  count: pick(['3', '0', '41'], ['007', '-1', '1.5', '', ' 4', '123456789', '99999999']),
  notes: pick(['ok', 'seen'], ['said "hi"', 'a\\b', '']),
};
type Column = keyof typeof COLUMNS;
/** The columns every generated file has; the import is given a period for rows without one. */
const REQUIRED: Column[] = ['location_pcode', 'sex', 'age_bracket', 'count'];

interface FileShape {
  columns: Column[];
  delimiter: string;
  eol: string;
  finalEol: boolean;
  emptyLineAt: number | null;
  rows: string[][];
  dryRun: boolean;
}

const fileArbitrary = fc
  .record({
    columns: fc
      .shuffledSubarray(Object.keys(COLUMNS) as Column[], { minLength: 4 })
      .filter((c) => REQUIRED.every((n) => c.includes(n))),
    delimiter: fc.constantFrom(',', ';', '\t'),
    eol: fc.constantFrom('\n', '\r\n'),
    finalEol: fc.boolean(),
    emptyLineAt: fc.oneof(
      { weight: 4, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.nat(12) },
    ),
    dryRun: fc.boolean(),
  })
  .chain((shape) =>
    fc
      .array(fc.tuple(...shape.columns.map((c) => COLUMNS[c])), { minLength: 1, maxLength: 8 })
      .map((rows): FileShape => ({ ...shape, rows })),
  );

function fileText(file: FileShape): string {
  const lines = [
    file.columns.join(file.delimiter),
    ...file.rows.map((r) => r.join(file.delimiter)),
  ];
  if (file.emptyLineAt !== null) lines.splice(1 + (file.emptyLineAt % lines.length), 0, '');
  return lines.join(file.eol) + (file.finalEol ? file.eol : '');
}

/** The import's outcome, or its problems, and the cells it stored. */
async function run(text: string, dryRun: boolean, hooks: ImportHooks) {
  const project = await buildProject(t.deps, organizationId);
  const ctx = systemContext(t.deps, organizationId);
  const source = bytesSource('reach.csv', Buffer.from(text));
  const request = {
    projectId: project.id,
    kind: 'aggregated' as const,
    dryRun,
    period: { start: '2024-03-01', end: '2024-03-31' },
  };
  const result = await importReach(ctx, source, request, { batchSize: 4, ...hooks }).then(
    (outcome) => ({ outcome }),
    (error: unknown) => {
      if (!AppError.isAppError(error)) throw error;
      return { refused: { code: error.code, details: error.details } };
    },
  );
  const cells = (await t.database.db.execute(sql`
    select location_pcode, period_start::text, period_end::text, sex, age_bracket, disability, count
    from reach_counts where project_id = ${project.id}::uuid
    order by location_pcode, period_start, sex, age_bracket, disability`)) as unknown as {
    rows: unknown[];
  };
  return { result, cells: cells.rows };
}

const comparable = (r: Awaited<ReturnType<typeof run>>) => ({
  cells: r.cells,
  result:
    'outcome' in r.result
      ? { ...r.result.outcome, importId: r.result.outcome.importId !== null, checkedIn: 'any' }
      : r.result,
});

describe('reading in the database and row by row', () => {
  it('imports every generated file alike, and checks the plain ones in the database', async () => {
    const readers = { database: 0, rows: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(fileArbitrary, async (file) => {
        const text = fileText(file);
        const fast = await run(text, file.dryRun, {});
        const slow = await run(text, file.dryRun, { reader: 'rows' });
        if ('outcome' in slow.result) expect(slow.result.outcome.checkedIn).toBe('rows');
        if ('outcome' in fast.result) readers[fast.result.outcome.checkedIn] += 1;
        else readers.refused += 1;
        expect(comparable(fast), JSON.stringify(text)).toEqual(comparable(slow));
      }),
      { numRuns: 60 },
    );
    // Neither way may be left out: the property would then compare a reader with itself.
    expect(readers.database).toBeGreaterThanOrEqual(10);
    expect(readers.rows).toBeGreaterThanOrEqual(3);
  }, 120_000);

  it('checks a plain file in the database, and reads a quoted one row by row', async () => {
    const header = 'location_pcode,period_start,period_end,sex,age_bracket,disability,count,notes';
    const plain = `${header}\nYE1209,2024-03-01,2024-03-31,female,60+,disabled,3,ok\n`;
    const quoted = `${header}\nYE1209,2024-03-01,2024-03-31,female,60+,disabled,3,"ok, seen"\n`;
    for (const [text, checkedIn] of [
      [plain, 'database'],
      [quoted, 'rows'],
    ] as const) {
      const { result, cells } = await run(text, false, {});
      expect(result).toMatchObject({ outcome: { checkedIn, rowsRead: 1, cells: 1 } });
      expect(cells).toHaveLength(1);
    }
  });

  it('reads a file COPY refuses (a row with one field more) row by row, and imports it', async () => {
    const text = `location_pcode,period_start,period_end,sex,age_bracket,disability,count
YE1209,2024-03-01,2024-03-31,female,60+,disabled,3
YE1209,2024-03-01,2024-03-31,male,60+,disabled,4,extra
`;
    const { result, cells } = await run(text, false, {});
    expect(result).toMatchObject({ outcome: { checkedIn: 'rows', rowsRead: 2, cells: 2 } });
    expect(cells).toHaveLength(2);
  });

  it('refuses a stray quote mark by line, as a bad row', async () => {
    const text = `location_pcode,sex,age_bracket,count,notes
YE1209,female,60+,3,ok
YE1209,male,60+,4,she said "no"
`;
    const { result, cells } = await run(text, false, {});
    expect(result).toEqual({
      refused: {
        code: 'validation_failed',
        details: { rows: [{ line: 3, field: 'file', code: 'stray_quote' }], badRows: 1 },
      },
    });
    expect(cells).toEqual([]);
  });
});
