import {
  MIN_GENERAL_ITEMS_PER_PRINCIPLE_PHASE,
  MIN_ITEMS_PER_SECTOR,
  PHASES_WITHOUT_MANDATORY_ITEMS,
  PRINCIPLE_ID_PREFIXES,
  SECTOR_ID_PREFIX,
  type ChecklistItemDefinition,
} from './checklist-content.schema.js';

/** The framework codes a checklist refers to, phases in their life-cycle order. */
export interface ChecklistFrameworkCodes {
  principles: readonly string[];
  phases: readonly string[];
  sectors: readonly string[];
}

/** Checks parsed items against each other and the framework; returns one line per problem. */
export function checkChecklistItems(
  items: readonly ChecklistItemDefinition[],
  framework: ChecklistFrameworkCodes,
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) problems.push(`items: ${item.id} duplicated`);
    seen.add(item.id);
    problems.push(...checkItem(item, framework));
  }
  problems.push(...checkCoverage(items, framework));
  return problems;
}

/** Checks one item's codes, its id against them, and its mandatory flag against its phase. */
function checkItem(item: ChecklistItemDefinition, framework: ChecklistFrameworkCodes): string[] {
  const problems: string[] = [];
  const { id, principle, phase, sector } = item;
  if (!framework.principles.includes(principle)) {
    problems.push(`items: ${id}.principle ${principle} not in framework principles`);
  }
  if (!framework.phases.includes(phase)) {
    problems.push(`items: ${id}.phase ${phase} not in framework phases`);
  }
  if (sector !== null && !framework.sectors.includes(sector)) {
    problems.push(`items: ${id}.sector ${sector} not in framework sectors`);
  }
  const expectedStem = expectedIdStem(item);
  if (expectedStem === undefined) {
    problems.push(`items: ${id}.principle ${principle} has no id prefix`);
  } else if (id.replace(/-\d{2}$/, '') !== expectedStem) {
    problems.push(`items: ${id}.id does not match its codes (expected ${expectedStem}-NN)`);
  }
  if (item.mandatory && PHASES_WITHOUT_MANDATORY_ITEMS.includes(phase)) {
    problems.push(`items: ${id}.mandatory not allowed in phase ${phase}`);
  }
  return problems;
}

/** The id an item must have before its number: `sec-<sector>` or `<principle prefix>-<phase>`. */
function expectedIdStem(item: ChecklistItemDefinition): string | undefined {
  if (item.sector !== null) return `${SECTOR_ID_PREFIX}-${item.sector}`;
  const prefix = PRINCIPLE_ID_PREFIXES[item.principle];
  return prefix === undefined ? undefined : `${prefix}-${item.phase}`;
}

/** Reports each principle × phase and each sector of the framework with too few items. */
function checkCoverage(
  items: readonly ChecklistItemDefinition[],
  framework: ChecklistFrameworkCodes,
): string[] {
  const counts = new Map<string, number>();
  const increment = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const item of items) {
    increment(item.sector === null ? `${item.principle}/${item.phase}` : `sector/${item.sector}`);
  }

  const problems: string[] = [];
  for (const principle of framework.principles) {
    for (const phase of framework.phases) {
      const count = counts.get(`${principle}/${phase}`) ?? 0;
      if (count < MIN_GENERAL_ITEMS_PER_PRINCIPLE_PHASE) {
        problems.push(
          `coverage: ${principle} × ${phase} has ${count} general items, ` +
            `needs ${MIN_GENERAL_ITEMS_PER_PRINCIPLE_PHASE}`,
        );
      }
    }
  }
  for (const sector of framework.sectors) {
    const count = counts.get(`sector/${sector}`) ?? 0;
    if (count < MIN_ITEMS_PER_SECTOR) {
      problems.push(`coverage: sector ${sector} has ${count} items, needs ${MIN_ITEMS_PER_SECTOR}`);
    }
  }
  return problems;
}
