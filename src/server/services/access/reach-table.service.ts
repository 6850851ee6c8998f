/**
 * People reached by place at one admin level (a drill-down: the places under the chosen one) and
 * by sex, age bracket or disability, with row and column totals; viewers get the table cut from
 * the whole hierarchy under primary and complementary suppression (decision 019 and its addendum).
 */
import type { ReachTable, ReachTableQuery } from '../../../core/access/access-report.schema.js';
import { assertPublishedLevel } from '../../../core/disclosure/published-level.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import { reachedByPlace, type PlaceCellRow } from '../../repos/access.repo.js';
import { findLocationsByPcodes } from '../../repos/locations.repo.js';
import type { Context } from '../context.js';
import { loadSettings } from '../organization-settings.service.js';
import { publishedLevelFor, resolveAccessScope } from './access-scope.js';
import { dimensionOrders, linkedReachTable, type SuppressedTable } from './linked-reach-table.js';

/** The table the query asks for, within the caller's scope. */
export async function reachTable(ctx: Context, query: ReachTableQuery): Promise<ReachTable> {
  authorize(ctx.actor, 'access.table');
  const organizationId = organizationOf(ctx.actor);
  const settings = await loadSettings(ctx.db, organizationId);
  const publishedLevel = publishedLevelFor(ctx, settings);
  if (publishedLevel !== undefined) assertPublishedLevel(query.level, publishedLevel, 'level');
  const scope = await resolveAccessScope(ctx, organizationId, query, publishedLevel);
  const orders = dimensionOrders(settings);
  const order = orders[query.columns];
  const { disclosureThreshold } = settings;
  const table =
    publishedLevel === undefined
      ? exactTable(tabulate(await reachedByPlace(ctx.db, scope, query.level), query.columns, order))
      : await linkedReachTable(ctx.db, scope, query, {
          orders,
          threshold: disclosureThreshold,
          publishedLevel,
        });
  const names = await findLocationsByPcodes(ctx.db, scope.organizationId, table.rowKeys);
  const nameOf = (pcode: string) => {
    const place = names.get(pcode)?.names ?? {};
    return place[ctx.lang] ?? place.en ?? Object.values(place)[0] ?? pcode;
  };
  return {
    level: query.level,
    columns: query.columns,
    rows: table.rowKeys.map((pcode) => ({ pcode, name: nameOf(pcode) })),
    columnKeys: table.columnKeys,
    cells: table.cells,
    rowTotals: table.rowTotals,
    columnTotals: table.columnTotals,
    grandTotal: table.grandTotal,
    disclosureThreshold: publishedLevel === undefined ? null : disclosureThreshold,
  };
}

/** Staff get every count, with the totals of what the table shows. */
function exactTable(table: ReturnType<typeof tabulate>): SuppressedTable {
  const rowTotals = table.counts.map((row) => sum(row));
  return {
    ...table,
    cells: table.counts,
    rowTotals,
    columnTotals: table.columnKeys.map((_, c) => sum(table.counts.map((row) => row[c]!))),
    grandTotal: sum(rowTotals),
  };
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Rows by place (as the SQL orders them), columns by one dimension in the given order. */
export function tabulate(
  rows: readonly PlaceCellRow[],
  column: ReachTableQuery['columns'],
  order: readonly string[],
) {
  const rowKeys = [...new Set(rows.map((r) => r.place))];
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  const columnKeys = [...new Set(rows.map((r) => r[column]))].sort(
    (a, b) => rank(a) - rank(b) || a.localeCompare(b),
  );
  const rowIndex = new Map(rowKeys.map((k, i) => [k, i]));
  const columnIndex = new Map(columnKeys.map((k, i) => [k, i]));
  const counts = rowKeys.map(() => columnKeys.map(() => 0));
  for (const row of rows) {
    counts[rowIndex.get(row.place)!]![columnIndex.get(row[column])!]! += Number(row.count);
  }
  return { rowKeys, columnKeys, counts };
}
