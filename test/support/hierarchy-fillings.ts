/**
 * What an attacker can work out from every published level of a hierarchical table (decision 019,
 * addendum), found by brute force and independent of the suppression code: every non-negative
 * integer filling of the hidden counts of the finest rows (each within ±1 of its true value, which
 * is enough: the moves that keep a network's equations are ±1 steps along cycles) that reproduces
 * every published value of every level. A filling found is a proof that an entry is not disclosed.
 */
import type { HierarchyInput } from '../../src/core/disclosure/hierarchy-network.js';

export interface PublishedValues {
  cells: readonly (number | null)[];
  total: number | null;
}

interface Node {
  key: string;
  children: number[];
  /** What the attacker sees, per column then the total: a number, or null. */
  seen: (number | null)[];
  truth: number[];
  /** The true inner cells of a finest row. */
  cells?: readonly number[];
}

/**
 * The hidden entries (`place:column`, column C being the total) that take one value only over all
 * fillings consistent with what is published. `published` gives a place's published row (the root
 * over several countries is `*`); a place missing from it is taken as fully hidden. What is
 * counted directly at a parent is never published; its zeros are taken as known.
 */
export function determinedByFillings(
  input: HierarchyInput,
  published: (key: string) => PublishedValues | undefined,
): string[] {
  const nodes = treeOf(input, published);
  const root = nodes.length - 1;
  const C = input.columnKeys.length;
  return nodes.flatMap((node, n) =>
    node.key.startsWith('direct:')
      ? []
      : node.seen.flatMap((v, c) =>
          v === null && !hasOtherValue(nodes, root, n, c, C) ? [`${node.key}:${c}`] : [],
        ),
  );
}

function treeOf(
  input: HierarchyInput,
  published: (key: string) => PublishedValues | undefined,
): Node[] {
  const C = input.columnKeys.length;
  const seenOf = (key: string) => {
    const row = published(key);
    return row ? [...row.cells, row.total] : new Array<number | null>(C + 1).fill(null);
  };
  const index = new Map(input.places.map((p, i) => [p.key, i]));
  const nodes: Node[] = input.places.map((p) => ({
    key: p.key,
    children: [],
    seen: seenOf(p.key),
    truth: [],
  }));
  input.places.forEach((p, i) => {
    if (p.parent !== null) nodes[index.get(p.parent)!]!.children.push(i);
  });
  input.places.forEach((p, i) => {
    if (nodes[i]!.children.length === 0) nodes[i]!.cells = p.direct;
    else if (p.direct.some((v) => v > 0)) {
      nodes[i]!.children.push(nodes.length);
      const seen = [...p.direct.map((v) => (v === 0 ? 0 : null)), null];
      nodes.push({ key: `direct:${p.key}`, children: [], seen, truth: [], cells: p.direct });
    }
  });
  const roots = input.places.flatMap((p, i) => (p.parent === null ? [i] : []));
  nodes.push({ key: '*', children: roots, seen: seenOf('*'), truth: [] });
  const truthOf = (n: number): number[] => {
    const node = nodes[n]!;
    if (node.cells) node.truth = [...node.cells, node.cells.reduce((a, b) => a + b, 0)];
    else {
      node.truth = new Array<number>(C + 1).fill(0);
      for (const child of node.children) truthOf(child).forEach((v, c) => (node.truth[c]! += v));
    }
    return node.truth;
  };
  truthOf(nodes.length - 1);
  return nodes;
}

interface State {
  vector: number[];
  differs: boolean;
}

/** Whether some filling gives entry (target, column) another value (dynamic programming). */
function hasOtherValue(nodes: Node[], root: number, target: number, column: number, C: number) {
  const statesOf = (n: number): State[] => {
    const node = nodes[n]!;
    let states: State[];
    if (node.cells) {
      states = fillingsOfRow(node, C).map((vector) => ({ vector, differs: false }));
    } else {
      states = [{ vector: new Array<number>(C + 1).fill(0), differs: false }];
      for (const child of node.children) states = combine(states, statesOf(child));
    }
    return states
      .filter((s) => s.vector.every((v, c) => node.seen[c] === null || node.seen[c] === v))
      .map((s) => ({
        vector: s.vector,
        differs: s.differs || (n === target && s.vector[column] !== node.truth[column]),
      }));
  };
  return statesOf(root).some((s) => s.differs);
}

function fillingsOfRow(node: Node, C: number): number[][] {
  let fillings: number[][] = [[]];
  node.cells!.forEach((truth, c) => {
    const seen = node.seen[c];
    const options =
      seen !== null && seen !== undefined
        ? [seen]
        : [truth - 1, truth, truth + 1].filter((v) => v >= 0);
    fillings = fillings.flatMap((f) => options.map((v) => [...f, v]));
  });
  return fillings
    .map((cells) => [...cells, cells.reduce((a, b) => a + b, 0)])
    .filter((vector) => node.seen[C] === null || node.seen[C] === vector[C]);
}

function combine(left: readonly State[], right: readonly State[]): State[] {
  const out = new Map<string, State>();
  for (const a of left)
    for (const b of right) {
      const vector = a.vector.map((v, c) => v + b.vector[c]!);
      const state = { vector, differs: a.differs || b.differs };
      out.set(`${vector.join(',')}|${state.differs}`, state);
    }
  return [...out.values()];
}
