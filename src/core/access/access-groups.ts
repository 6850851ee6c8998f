/**
 * The groups whose access is compared (DOMAIN.md §3 meaningful access: coverage by group compared
 * with the population): every sex × bracket × disability cell and every marginal group (women;
 * people over 60; women over 60; …). A person whose sex is not stated, or whose disability is
 * unknown, counts in no group that fixes that dimension, nor in its denominator.
 */
import type { DisabilityStatus } from '../reach/washington-group.js';
import type { Sex } from '../reach/sex.js';

export interface GroupCell {
  sex: Sex;
  bracket: string;
  disability: DisabilityStatus;
  /** People (reached: whole numbers; baseline: estimates may have decimals). */
  count: number;
}

export const GROUP_DIMENSIONS = ['sex', 'bracket', 'disability'] as const;
export type GroupDimension = (typeof GROUP_DIMENSIONS)[number];
export type GroupKey = Partial<Record<GroupDimension, string>>;

const UNKNOWN: Record<GroupDimension, string | undefined> = {
  sex: 'not_stated',
  bracket: undefined,
  disability: 'unknown',
};

const SUBSETS: GroupDimension[][] = [
  ['sex'],
  ['bracket'],
  ['disability'],
  ['sex', 'bracket'],
  ['sex', 'disability'],
  ['bracket', 'disability'],
  ['sex', 'bracket', 'disability'],
];

/** Whether a cell's value is known on every dimension a group fixes. */
export function isKnownOn(cell: GroupCell, dimensions: readonly GroupDimension[]): boolean {
  return dimensions.every((d) => cell[d] !== UNKNOWN[d]);
}

/** Whether a cell belongs to a group. */
export function isInGroup(cell: GroupCell, group: GroupKey): boolean {
  return GROUP_DIMENSIONS.every((d) => group[d] === undefined || group[d] === cell[d]);
}

/** The dimensions a group fixes. */
export function dimensionsOf(group: GroupKey): GroupDimension[] {
  return GROUP_DIMENSIONS.filter((d) => group[d] !== undefined);
}

/** Every group found in the cells, one-dimensional groups first, in first-seen order. */
export function groupsOf(cells: readonly GroupCell[]): GroupKey[] {
  const seen = new Set<string>();
  const groups: GroupKey[] = [];
  for (const dimensions of SUBSETS) {
    for (const cell of cells) {
      if (!isKnownOn(cell, dimensions)) continue;
      const group = Object.fromEntries(dimensions.map((d) => [d, cell[d]])) as GroupKey;
      const key = labelOf(group);
      if (!seen.has(key)) {
        seen.add(key);
        groups.push(group);
      }
    }
  }
  return groups;
}

/** "female 60+ disabled". */
export function labelOf(group: GroupKey): string {
  return GROUP_DIMENSIONS.map((d) => group[d])
    .filter((v) => v !== undefined)
    .join(' ');
}

/** The count of a group and of its denominator (the cells known on the group's dimensions). */
export function shareOf(
  cells: readonly GroupCell[],
  group: GroupKey,
): { count: number; total: number } {
  const dimensions = dimensionsOf(group);
  let count = 0;
  let total = 0;
  for (const cell of cells) {
    if (!isKnownOn(cell, dimensions)) continue;
    total += cell.count;
    if (isInGroup(cell, group)) count += cell.count;
  }
  return { count, total };
}
