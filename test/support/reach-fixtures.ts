/** Places and projects for reach and baseline tests: the Yemen P-codes the format fixtures use. */
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { locations } from '../../src/server/db/schema-strategic.js';
import type { Db } from '../../src/server/db/database.js';
import { writeReachRecord, type NewReachRecord } from '../../src/server/repos/reach.repo.js';
import { createProject } from '../../src/server/services/projects.service.js';
import type { Deps } from '../../src/server/services/context.js';
import { systemContext } from './test-app.js';

/** Inserts Yemen (YEM) with the admin1 and admin2 places of the COD-AB sample, and a Sudan place. */
export async function seedYemenPlaces(deps: Deps, organizationId: string) {
  const rows = parse(fs.readFileSync('test/fixtures/formats/cod-ab-sample.csv'), {
    columns: true,
  }) as Record<string, string>[];
  const places = new Map<string, typeof locations.$inferInsert>();
  const add = (
    pcode: string,
    level: number,
    parentPcode: string | null,
    name: string,
    country = 'YEM',
  ) =>
    places.set(pcode, { organizationId, pcode, level, parentPcode, country, names: { en: name } });
  add('YE', 0, null, 'Yemen');
  for (const r of rows) {
    add(r.admin1Pcode!, 1, 'YE', r.admin1Name_en!);
    add(r.admin2Pcode!, 2, r.admin1Pcode!, r.admin2Name_en!);
  }
  for (const [pcode, level, parent] of [
    ['YE24', 1, 'YE'],
    ['YE2403', 2, 'YE24'],
    ['YE30', 1, 'YE'],
    ['YE3003', 2, 'YE30'],
  ] as const)
    add(pcode, level, parent, pcode);
  add('SD01', 1, null, 'Red Sea', 'SDN');
  await deps.database.db
    .insert(locations)
    .values([...places.values()])
    .onConflictDoNothing();
}

/** A project of the organisation in a country. */
export async function buildProject(
  deps: Deps,
  organizationId: string,
  country = 'YEM',
  code?: string,
) {
  return createProject(systemContext(deps, organizationId), {
    code: code ?? `P-${Math.random().toString(36).slice(2, 8)}`,
    title: 'Protection monitoring and referral',
    country,
    sectors: ['cccm_dtm'],
  });
}

/** Number of rows of a table (optionally of one project). */
export async function countRows(
  deps: Deps,
  table: 'reach_counts' | 'reach_individuals',
  projectId?: string,
) {
  const where = projectId ? sql` where project_id = ${projectId}::uuid` : sql``;
  const result = (await deps.database.db.execute(
    sql`select count(*)::int as n from ${sql.identifier(table)}${where}`,
  )) as unknown as { rows: { n: number }[] };
  return result.rows[0]!.n;
}

/** One cell with the key of its record. */
export type ReachCellRow = Omit<NewReachRecord, 'importId' | 'cells'> &
  NewReachRecord['cells'][number];

/** Writes reach cells as the records that hold them (one per project × place × period). */
export async function insertReachCells(db: Db, cells: readonly ReachCellRow[]) {
  const records = new Map<string, NewReachRecord & { cells: ReachCellRow[] }>();
  for (const cell of cells) {
    const key = [cell.projectId, cell.locationPcode, cell.periodStart, cell.periodEnd].join('|');
    const record = records.get(key) ?? { ...cell, importId: null, cells: [] };
    record.cells.push(cell);
    records.set(key, record);
  }
  for (const record of records.values()) await writeReachRecord(db, record);
}
