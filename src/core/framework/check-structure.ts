import type { FrameworkSection, FrameworkStructure } from './framework.schema.js';

/** Lists the codes of each section of structure.json, in their declared order. */
export function listSectionCodes(
  structure: FrameworkStructure,
): Record<FrameworkSection, string[]> {
  return {
    principles: structure.principles,
    phases: structure.phases.map((phase) => phase.code),
    sectors: structure.sectors,
    glossary: structure.glossary.map((entry) => entry.code),
  };
}

/** Checks structure.json for duplicates and dangling references; returns one line per problem. */
export function checkStructure(structure: FrameworkStructure): string[] {
  const codesBySection = listSectionCodes(structure);
  const problems = Object.entries(codesBySection).flatMap(([section, codes]) =>
    findDuplicates(codes).map((code) => `structure: ${section}.${code} duplicated`),
  );
  const orders = structure.phases.map((phase) => String(phase.order));
  problems.push(
    ...findDuplicates(orders).map((order) => `structure: phases order ${order} duplicated`),
  );

  const glossaryCodes = new Set(codesBySection.glossary);
  const principleCodes = new Set(structure.principles);
  for (const { code, related = [], principle } of structure.glossary) {
    for (const relatedCode of related) {
      if (relatedCode === code)
        problems.push(`structure: glossary.${code}.related refers to itself`);
      else if (!glossaryCodes.has(relatedCode)) {
        problems.push(`structure: glossary.${code}.related.${relatedCode} not in glossary`);
      }
    }
    for (const duplicate of findDuplicates(related)) {
      problems.push(`structure: glossary.${code}.related.${duplicate} duplicated`);
    }
    if (principle !== undefined && !principleCodes.has(principle)) {
      problems.push(`structure: glossary.${code}.principle.${principle} not in principles`);
    }
  }
  return problems;
}

function findDuplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) duplicates.add(value);
    seen.add(value);
  }
  return [...duplicates];
}
