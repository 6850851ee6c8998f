/**
 * Whether a suppressed entry of a two-way table can be worked out exactly from the published
 * entries, the table's equations (every row and column adds up to its total) and the fact that
 * counts are never negative: the exact check of `movable-entries.ts` on the table's network.
 * Decision 019.
 */
import { determinedInNetwork } from './movable-entries.js';
import { entryAt, indexOf, networkOfGrid, type Entry, type TableGrid } from './table-grid.js';

/** The hidden entries whose value an attacker could recompute, in row-major order. */
export function determinedEntries(grid: TableGrid, hidden: readonly Entry[]): Entry[] {
  const network = networkOfGrid(grid);
  const suppressed = network.entries.map(() => false);
  for (const entry of hidden) suppressed[indexOf(grid, entry)] = true;
  return determinedInNetwork(network, suppressed).map((index) => entryAt(grid, index));
}
