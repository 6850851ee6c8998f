/**
 * A viewer's reach table cut from the whole hierarchy of the scope, from the country down to the
 * published level, suppressed at once (decision 019, addendum): the table of any level and any
 * drill-down is then part of one consistent solution, and no table gives back what another
 * withholds. Column totals are the row of the place drilled into (or the country's).
 */
import type { ReachTableQuery } from '../../../core/access/access-report.schema.js';
import type { PublishedMargin } from '../../../core/access/publish-findings.js';
import { SEXES } from '../../../core/reach/sex.js';
import { DISABILITY_STATUSES } from '../../../core/reach/washington-group.js';
import type {
  HierarchyPlace,
  PublishedHierarchy,
} from '../../../core/disclosure/suppress-hierarchy.js';
import { suppressLinkedDimensions } from '../../../core/disclosure/suppress-linked-dimensions.js';
import {
  placesDownTo,
  reachedInHierarchy,
  type AccessScope,
  type ReachDimension,
  type PlaceInTree,
} from '../../repos/access.repo.js';
import type { PublishedTable } from '../../../core/disclosure/suppress-table.js';
import type { Db } from '../../db/database.js';

/** A published table as `suppressTable` gives it, without the reasons for each hidden entry. */
export type SuppressedTable = Omit<PublishedTable, 'suppression'>;

/** A place's count in one column of one dimension. */
interface PlaceCount {
  place: string;
  key: string;
  count: number;
}

const DIMENSIONS = ['sex', 'bracket', 'disability'] as const;

/** The order of each dimension's columns: the codes, then the organisation's brackets. */
export function dimensionOrders(settings: {
  ageBrackets: readonly { code: string }[];
}): Record<ReachDimension, readonly string[]> {
  return {
    sex: SEXES,
    bracket: settings.ageBrackets.map((b) => b.code),
    disability: DISABILITY_STATUSES,
  };
}

interface LinkedOptions {
  orders: Record<ReachDimension, readonly string[]>;
  threshold: number;
  publishedLevel: number;
}

/**
 * The table the query asks for, cut from the hierarchy down to `publishedLevel` by each of the
 * three dimensions, suppressed together so that they hide the same place totals.
 */
export async function linkedReachTable(
  db: Db,
  scope: AccessScope,
  query: ReachTableQuery,
  options: LinkedOptions,
): Promise<SuppressedTable> {
  const linked = await suppressLinked(db, scope, options);
  if (!linked) return emptyTable();
  const index = DIMENSIONS.indexOf(query.columns);
  return cut(linked.solutions[index]!, linked.inputs[index]!.places, linked.tree, query);
}

/**
 * What the reach tables publish of the scope's own place (or of all its places) by sex, by bracket
 * and by disability: each total not withheld, for the access findings to agree with.
 */
export async function publishedScopeMargins(
  db: Db,
  scope: AccessScope,
  options: LinkedOptions,
): Promise<PublishedMargin[]> {
  const linked = await suppressLinked(db, scope, options);
  if (!linked) return [];
  return DIMENSIONS.flatMap((dimension, i) => {
    const published = linked.solutions[i]!;
    const totals = scope.locationPcode
      ? published.rows.get(scope.locationPcode)
      : published.overall;
    return published.columnKeys.flatMap((key, c) => {
      const total = totals?.cells[c];
      return total === null || total === undefined ? [] : [{ dimension, key, total }];
    });
  });
}

/** The hierarchy of the scope by each dimension, suppressed together; null when nothing is reached. */
async function suppressLinked(db: Db, scope: AccessScope, options: LinkedOptions) {
  const depth = options.publishedLevel;
  const [cells, gazetteer] = await Promise.all([
    reachedInHierarchy(db, scope, depth),
    placesDownTo(db, scope, depth),
  ]);
  if (cells.length === 0) return null;
  const tree = new Map(gazetteer.map((p) => [p.pcode, p]));
  const inputs = DIMENSIONS.map((dimension) => {
    const counts = cells.map((c) => ({ place: c.place, key: c[dimension], count: c.count }));
    const columnKeys = orderedKeys(counts, options.orders[dimension]);
    return { dimension, columnKeys, places: hierarchyOf(counts, columnKeys, tree) };
  });
  const solutions = suppressLinkedDimensions(inputs, { threshold: options.threshold });
  return { inputs, solutions, tree };
}

/** Places with reach and their ancestors, each with what is counted at the place itself. */
function hierarchyOf(
  counts: readonly PlaceCount[],
  columnKeys: readonly string[],
  tree: ReadonlyMap<string, PlaceInTree>,
): HierarchyPlace[] {
  const column = new Map(columnKeys.map((k, i) => [k, i]));
  const direct = new Map<string, number[]>();
  const rowOf = (pcode: string) => {
    if (!direct.has(pcode))
      direct.set(
        pcode,
        columnKeys.map(() => 0),
      );
    return direct.get(pcode)!;
  };
  for (const { place, key, count } of counts) {
    rowOf(place)[column.get(key)!]! += Number(count);
    for (let at = tree.get(place)?.parent; at && tree.has(at); at = tree.get(at)!.parent) rowOf(at);
  }
  return [...direct.keys()].sort().map((pcode) => {
    const parent = tree.get(pcode)?.parent ?? null;
    return { key: pcode, parent: parent && tree.has(parent) ? parent : null, direct: rowOf(pcode) };
  });
}

/** The rows at the query's level under its place (or the place itself, when finer). */
function cut(
  published: PublishedHierarchy,
  places: readonly HierarchyPlace[],
  tree: ReadonlyMap<string, PlaceInTree>,
  query: ReachTableQuery,
): SuppressedTable {
  const levelOf = (pcode: string) => tree.get(pcode)?.level ?? -1;
  const isUnder = (pcode: string, ancestor: string) => {
    for (let at: string | null | undefined = pcode; at; at = tree.get(at)?.parent)
      if (at === ancestor) return true;
    return false;
  };
  const { location, level } = query;
  const totals = location ? published.rows.get(location) : published.overall;
  if (!totals) return emptyTable(published.columnKeys);
  const rowKeys =
    location && levelOf(location) > level
      ? [location]
      : places
          .map((p) => p.key)
          .filter((k) => levelOf(k) === level && (!location || isUnder(k, location)));
  const rows = rowKeys.map((k) => published.rows.get(k)!);
  return {
    rowKeys,
    columnKeys: published.columnKeys,
    cells: rows.map((r) => r.cells),
    rowTotals: rows.map((r) => r.total),
    columnTotals: totals.cells,
    grandTotal: totals.total,
  };
}

/** Column keys in the dimension's order, unknown ones last and alphabetical (as `tabulate`). */
function orderedKeys(counts: readonly PlaceCount[], order: readonly string[]): string[] {
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return [...new Set(counts.map((r) => r.key))].sort(
    (a, b) => rank(a) - rank(b) || a.localeCompare(b),
  );
}

function emptyTable(columnKeys: string[] = []): SuppressedTable {
  return {
    rowKeys: [],
    columnKeys,
    cells: [],
    rowTotals: [],
    columnTotals: columnKeys.map(() => 0),
    grandTotal: 0,
  };
}
