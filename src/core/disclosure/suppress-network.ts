/**
 * Primary and complementary suppression of a table whose equations form a network (decision 019):
 * hide every published count from 1 to threshold − 1 (zeros too when `suppressZeros`), then, to a
 * fixed point, (1) while an equation has exactly one hidden entry, hide its cheapest other entry,
 * (2) when the exact check finds a recomputable entry, hide the cheapest entry of its two
 * equations that frees it (any entry if none does). Each step hides one more entry, so it ends.
 */
import { MovableEntries } from './movable-entries.js';
import { entriesByEquation, type Network } from './network.js';

export type Suppression = 'primary' | 'complementary';

export interface SuppressionRule {
  threshold: number;
  suppressZeros: boolean;
  /** Entries hidden from the start because a linked table hides them (marked complementary). */
  hidden?: readonly number[];
}

/** Why each entry is hidden (null: published, or never published at all). */
export function suppressNetwork(network: Network, rule: SuppressionRule): (Suppression | null)[] {
  const { entries } = network;
  const marks = entries.map((): Suppression | null => null);
  const movable = new MovableEntries(network);
  const byEquation = entriesByEquation(network);
  const hiddenIn = byEquation.map((list) => list.filter((i) => movable.isHidden(i)).length);
  const hide = (index: number, mark: Suppression) => {
    marks[index] = mark;
    movable.hide(index);
    hiddenIn[entries[index]!.from]! += 1;
    hiddenIn[entries[index]!.to]! += 1;
  };
  entries.forEach(({ value, isPublished }, index) => {
    if (isPublished && value < rule.threshold && (value > 0 || rule.suppressZeros))
      hide(index, 'primary');
  });
  for (const index of rule.hidden ?? [])
    if (entries[index]!.isPublished && marks[index] === null) hide(index, 'complementary');
  const state: LoopState = {
    network,
    byEquation,
    hiddenIn,
    movable,
    isOpen: (i) => entries[i]!.isPublished && !movable.isHidden(i),
    cost: costOf(network, hiddenIn),
  };
  for (;;) {
    const choice = pairChoice(state) ?? freeingChoice(state);
    if (choice === undefined) return marks;
    hide(choice, 'complementary');
  }
}

interface LoopState {
  network: Network;
  byEquation: readonly (readonly number[])[];
  /** Unknown entries of each equation. */
  hiddenIn: readonly number[];
  movable: MovableEntries;
  /** Whether an entry is published and not hidden yet, so it can be hidden. */
  isOpen: (i: number) => boolean;
  cost: (a: number, b: number) => number;
}

/** The cheapest other entry of the first equation hiding exactly one published entry. */
function pairChoice({ network, byEquation, hiddenIn, movable, isOpen, cost }: LoopState) {
  for (const [equation, list] of byEquation.entries()) {
    if (hiddenIn[equation] !== 1) continue;
    // A lone unknown of an equation is its total minus the rest; a count never published may be.
    const lone = list.find((i) => movable.isHidden(i))!;
    if (!network.entries[lone]!.isPublished) continue;
    const choice = cheapest(list.filter(isOpen), cost);
    if (choice !== undefined) return choice;
  }
  return undefined;
}

/**
 * For the first recomputable entry, the cheapest entry of its two equations whose hiding frees
 * it (or the cheapest of them, or of all entries when both equations are hidden already).
 */
function freeingChoice({ network, byEquation, movable, isOpen, cost }: LoopState) {
  const { entries } = network;
  const target = entries.findIndex(
    (entry, i) => entry.isPublished && movable.isHidden(i) && !movable.isFree(i),
  );
  if (target < 0) return undefined;
  const { from, to } = entries[target]!;
  const near = [...byEquation[from]!, ...byEquation[to]!].filter(isOpen);
  const open = near.length > 0 ? near : entries.map((_, i) => i).filter(isOpen);
  const freeing = movable.freeingEntries(target, open);
  return cheapest(freeing.length > 0 ? freeing : open, cost);
}

/**
 * Smallest non-zero count first (a hidden zero protects little), then one whose equations already
 * hide something, then the first in the network's order.
 */
function costOf(network: Network, hiddenIn: readonly number[]) {
  const { entries } = network;
  const untouched = (i: number) =>
    Number(hiddenIn[entries[i]!.from] === 0) + Number(hiddenIn[entries[i]!.to] === 0);
  return (a: number, b: number) => {
    const [va, vb] = [entries[a]!.value, entries[b]!.value];
    return Number(va === 0) - Number(vb === 0) || va - vb || untouched(a) - untouched(b) || a - b;
  };
}

function cheapest(candidates: readonly number[], cost: (a: number, b: number) => number) {
  let best: number | undefined;
  for (const i of candidates) if (best === undefined || cost(i, best) < 0) best = i;
  return best;
}
