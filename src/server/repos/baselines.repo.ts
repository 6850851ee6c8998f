/** Population baselines and their counts. */
import { and, asc, count as countRows, desc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { ListBaselinesQuery } from '../../core/reach/baseline.schema.js';
import type { Db } from '../db/database.js';
import { baselineCounts, populationBaselines } from '../db/schema-strategic.js';

export type BaselineRow = typeof populationBaselines.$inferSelect;
export type BaselineCountRow = typeof baselineCounts.$inferSelect;

/** Inserts a baseline and its counts. */
export async function insertBaseline(
  db: Db,
  values: typeof populationBaselines.$inferInsert,
  counts: Omit<typeof baselineCounts.$inferInsert, 'baselineId' | 'organizationId'>[],
) {
  const [row] = await db.insert(populationBaselines).values(values).returning();
  await db
    .insert(baselineCounts)
    .values(
      counts.map((c) => ({ ...c, baselineId: row!.id, organizationId: row!.organizationId })),
    );
  return row!;
}

/** The baseline, if it is the organisation's. */
export async function findBaseline(db: Db, organizationId: string, id: string) {
  const [row] = await db
    .select()
    .from(populationBaselines)
    .where(
      and(eq(populationBaselines.organizationId, organizationId), eq(populationBaselines.id, id)),
    );
  return row;
}

/** The counts of some baselines. */
export function listBaselineCounts(db: Db, baselineIds: string[]) {
  if (baselineIds.length === 0) return Promise.resolve([] as BaselineCountRow[]);
  return db.select().from(baselineCounts).where(inArray(baselineCounts.baselineId, baselineIds));
}

const ORDER = {
  '-referenceDate': [
    desc(populationBaselines.referenceDate),
    asc(populationBaselines.locationPcode),
  ],
  referenceDate: [asc(populationBaselines.referenceDate), asc(populationBaselines.locationPcode)],
  locationPcode: [asc(populationBaselines.locationPcode), desc(populationBaselines.referenceDate)],
} as const;

/** One page of baselines. */
export async function listBaselines(
  db: Db,
  organizationId: string,
  query: ListBaselinesQuery,
  countries: string[] | null,
) {
  const conditions: SQL[] = [eq(populationBaselines.organizationId, organizationId)];
  if (countries)
    conditions.push(inArray(populationBaselines.country, countries.length ? countries : ['']));
  if (query.country) conditions.push(eq(populationBaselines.country, query.country));
  if (query.locationPcode)
    conditions.push(eq(populationBaselines.locationPcode, query.locationPcode));
  if (query.from) conditions.push(gte(populationBaselines.referenceDate, query.from));
  if (query.to) conditions.push(lte(populationBaselines.referenceDate, query.to));
  const where = and(...conditions);
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(populationBaselines)
      .where(where)
      .orderBy(...ORDER[query.sort], asc(populationBaselines.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: countRows() }).from(populationBaselines).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}
