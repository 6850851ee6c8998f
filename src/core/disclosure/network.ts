/**
 * A published table whose equations form a network (decision 019): every entry is a count that
 * leaves one equation and enters one other (its coefficients, once the equations are signed, are
 * −1 and +1), and every equation says "what enters adds up to what leaves". A two-way table with
 * its margins is one (`networkOfGrid`), a hierarchy of places with row totals another
 * (`networkOfHierarchy`).
 */
export interface NetworkEntry {
  /** The equation where the count has coefficient −1. */
  from: number;
  /** The equation where it has coefficient +1. */
  to: number;
  value: number;
  /** False for a count that is never published: it protects others, it is not protected. */
  isPublished: boolean;
}

export interface Network {
  equations: number;
  entries: readonly NetworkEntry[];
}

/** Whether an attacker does not see the entry: hidden by suppression, or never published. */
export function isUnknown(entry: NetworkEntry, isSuppressed: boolean): boolean {
  // A count never published but zero is taken as known: it could move only up, and assuming the
  // attacker knows it (say, that nothing is recorded at that level) is the cautious side.
  return entry.isPublished ? isSuppressed : entry.value > 0;
}

/** The entries of each equation, by index. */
export function entriesByEquation(network: Network): number[][] {
  const lists = Array.from({ length: network.equations }, (): number[] => []);
  network.entries.forEach((entry, index) => {
    lists[entry.from]!.push(index);
    lists[entry.to]!.push(index);
  });
  return lists;
}

/** The first equation (if any) that does not balance: a check for the builders of networks. */
export function unbalancedEquation(network: Network): number | undefined {
  const balance = new Array<number>(network.equations).fill(0);
  for (const entry of network.entries) {
    balance[entry.from]! -= entry.value;
    balance[entry.to]! += entry.value;
  }
  const found = balance.findIndex((b) => b !== 0);
  return found < 0 ? undefined : found;
}
