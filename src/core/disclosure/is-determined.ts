/**
 * Whether a suppressed entry can be worked out exactly from the published entries, the table's
 * equations (every row and column adds up to its total) and the fact that counts are never negative.
 *
 * Why a cycle search is exact: the hidden entries can change together, keeping every published
 * value, exactly along the circulations of the bipartite graph whose nodes are the grid's lines
 * and whose edges are the hidden entries (see `signOf`). Every such change is a sum of simple
 * cycles that agree with it in sign (conformal decomposition), so an entry is free iff it lies on a
 * simple cycle along which every hidden zero moves up. Cycles are ±1 steps, so an integer table has
 * another integer filling as well. Decision 019.
 */
import { keyOf, signOf, type Entry, type TableGrid } from './table-grid.js';

interface Arc {
  from: number;
  to: number;
  key: string;
}

/** Arcs of the hidden entries: row node r → column node c means "this entry's y goes up". */
function arcsOf(grid: TableGrid, hidden: readonly Entry[]): Arc[] {
  const columnNode = (c: number) => grid.rows + 1 + c;
  return hidden.flatMap((entry) => {
    const value = grid.values[entry.row]![entry.column]!;
    const sign = signOf(grid, entry);
    const key = keyOf(entry);
    const up = { from: entry.row, to: columnNode(entry.column), key };
    const down = { from: columnNode(entry.column), to: entry.row, key };
    // A zero may only grow: its y must move in the direction of its sign.
    if (value === 0) return sign === 1 ? [up] : [down];
    return [up, down];
  });
}

function reaches(arcs: readonly Arc[], from: number, to: number, without: string): boolean {
  const seen = new Set([from]);
  const queue = [from];
  while (queue.length > 0) {
    const node = queue.shift()!;
    if (node === to) return true;
    for (const arc of arcs) {
      if (arc.from !== node || arc.key === without || seen.has(arc.to)) continue;
      seen.add(arc.to);
      queue.push(arc.to);
    }
  }
  return false;
}

/** The hidden entries whose value an attacker could recompute exactly. */
export function determinedEntries(grid: TableGrid, hidden: readonly Entry[]): Entry[] {
  const arcs = arcsOf(grid, hidden);
  return hidden.filter((entry) => {
    const key = keyOf(entry);
    return !arcs.some((arc) => arc.key === key && reaches(arcs, arc.to, arc.from, key));
  });
}
