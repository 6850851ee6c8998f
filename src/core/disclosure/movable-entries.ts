/**
 * Which hidden entries of a network an attacker could recompute exactly, from the published
 * entries, the equations and the fact that counts are never negative (decision 019).
 *
 * Why a cycle search is exact: the hidden entries can change together, keeping every published
 * value, exactly along the circulations of the graph whose nodes are the equations and whose arcs
 * are the hidden entries (each entry runs `from` → `to`; a zero can only grow, so it only runs
 * that way). Every such change is a sum of simple cycles that agree with it in sign (conformal
 * decomposition), so an entry is free iff it lies on a simple cycle of that graph. Cycles are ±1
 * steps, so an integer table has another integer filling as well.
 */
import { isUnknown, type Network } from './network.js';

interface Arc {
  node: number;
  entry: number;
}

/**
 * The moves of the hidden entries, grown one hidden entry at a time. Hiding more only adds moves,
 * so an entry once found free stays free: each is searched for until then, and every entry on a
 * cycle found is free with it.
 */
export class MovableEntries {
  private readonly arcs: Arc[][];
  /** The same arcs, listed at their heads: `node` is the tail. */
  private readonly arcsIn: Arc[][];
  private readonly hidden: boolean[];
  private readonly free: boolean[];
  private readonly seen: Int32Array;
  private readonly viaEntry: Int32Array;
  private readonly viaNode: Int32Array;
  private search = 0;

  constructor(private readonly network: Network) {
    const { equations, entries } = network;
    this.arcs = Array.from({ length: equations }, (): Arc[] => []);
    this.arcsIn = Array.from({ length: equations }, (): Arc[] => []);
    this.hidden = entries.map(() => false);
    this.free = entries.map(() => false);
    this.seen = new Int32Array(equations);
    this.viaEntry = new Int32Array(equations);
    this.viaNode = new Int32Array(equations);
    entries.forEach((entry, index) => {
      if (isUnknown(entry, false)) this.hide(index);
    });
  }

  /** Whether the attacker does not see the entry. */
  isHidden(index: number): boolean {
    return this.hidden[index]!;
  }

  /** Takes the entry out of what the attacker sees. */
  hide(index: number): void {
    if (this.hidden[index]) return;
    this.hidden[index] = true;
    const { from, to, value } = this.network.entries[index]!;
    this.arcs[from]!.push({ node: to, entry: index });
    this.arcsIn[to]!.push({ node: from, entry: index });
    if (value > 0) {
      this.arcs[to]!.push({ node: from, entry: index });
      this.arcsIn[from]!.push({ node: to, entry: index });
    }
  }

  /**
   * The candidates (entries not hidden) whose hiding would free a determined entry: those that
   * join what its one end reaches to what reaches its other end. Four searches, not one a candidate.
   */
  freeingEntries(index: number, candidates: readonly number[]): number[] {
    const { entries } = this.network;
    const { from, to, value } = entries[index]!;
    const [upStart, upEnd] = [
      this.reached(to, index, this.arcs),
      this.reached(from, index, this.arcsIn),
    ];
    const [downStart, downEnd] =
      value > 0
        ? [this.reached(from, index, this.arcs), this.reached(to, index, this.arcsIn)]
        : [undefined, undefined];
    // A move a → b of the candidate closes a cycle of the target's increase (or decrease).
    const joins = (a: number, b: number) =>
      (upStart[a] === 1 && upEnd[b] === 1) || (downStart?.[a] === 1 && downEnd?.[b] === 1);
    return candidates.filter((i) => {
      const e = entries[i]!;
      return joins(e.from, e.to) || (e.value > 0 && joins(e.to, e.from));
    });
  }

  /** The nodes reached from `start` along `lists` (forward arcs, or backward with `arcsIn`). */
  private reached(start: number, without: number, lists: readonly Arc[][]): Uint8Array {
    const seen = new Uint8Array(this.network.equations);
    seen[start] = 1;
    const queue = [start];
    for (let head = 0; head < queue.length; head += 1) {
      for (const arc of lists[queue[head]!]!) {
        if (arc.entry === without || seen[arc.node] === 1) continue;
        seen[arc.node] = 1;
        queue.push(arc.node);
      }
    }
    return seen;
  }

  /** Whether a hidden entry can take another value. */
  isFree(index: number): boolean {
    if (this.free[index]) return true;
    const { from, to, value } = this.network.entries[index]!;
    const found = this.findPath(to, from, index) || (value > 0 && this.findPath(from, to, index));
    if (found) this.free[index] = true;
    return found;
  }

  /** Breadth-first search of a path `start` → `goal` not using `without`; marks its entries free. */
  private findPath(start: number, goal: number, without: number): boolean {
    this.search += 1;
    const { seen, viaEntry, viaNode, search } = this;
    seen[start] = search;
    const queue = [start];
    for (let head = 0; head < queue.length; head += 1) {
      const node = queue[head]!;
      if (node === goal) {
        this.markPath(start, goal);
        return true;
      }
      for (const arc of this.arcs[node]!) {
        if (arc.entry === without || seen[arc.node] === search) continue;
        seen[arc.node] = search;
        viaEntry[arc.node] = arc.entry;
        viaNode[arc.node] = node;
        queue.push(arc.node);
      }
    }
    return false;
  }

  private markPath(start: number, goal: number): void {
    for (let node = goal; node !== start; node = this.viaNode[node]!) {
      const entry = this.viaEntry[node]!;
      if (this.network.entries[entry]!.isPublished) this.free[entry] = true;
    }
  }
}

/** The hidden published entries (by index) whose value an attacker could recompute exactly. */
export function determinedInNetwork(network: Network, suppressed: readonly boolean[]): number[] {
  const movable = new MovableEntries(network);
  suppressed.forEach((isSuppressed, index) => {
    if (isSuppressed) movable.hide(index);
  });
  return network.entries.flatMap((entry, index) =>
    entry.isPublished && movable.isHidden(index) && !movable.isFree(index) ? [index] : [],
  );
}
