/**
 * Triage assistance: suggests which sensitive-complaint flags a free-text message may deserve,
 * with the words that triggered each one. It only suggests; a person decides. For SEA it errs on
 * the side of flagging, because a flagged case is sealed until a PSEA focal point reviews it.
 */
import { tokenise } from './normalise-text.js';
import {
  compileLists,
  findPhrases,
  overlaps,
  type Match,
  type PhraseIndex,
} from './phrase-index.js';
import {
  ACTORS_CONCEPT,
  TRIAGE_FLAGS,
  type PhraseLists,
  type TriageCombination,
  type TriageFlag,
  type TriagePhrases,
  type TriageRule,
} from './triage.schema.js';
import { listMatchForms } from './word-stems.js';

export type { TriageFlag } from './triage.schema.js';
export { compilePhrase, type CompiledPhrase, type PhraseWord } from './phrase-index.js';

export interface TriageResult {
  /** Flags raised, in the order of TRIAGE_FLAGS. */
  flags: TriageFlag[];
  /** For each flag, the normalised words that raised it (empty when not raised). */
  matches: Record<TriageFlag, string[]>;
  /** Whether the message should go to the PSEA lane until a focal point has reviewed it. */
  likelySea: boolean;
}

/** A combination as the phrase indexes that must all match, at different places. */
type CompiledCombination = PhraseIndex[];

interface CompiledRule {
  strong: PhraseIndex;
  combinations: CompiledCombination[];
  exclude: PhraseIndex;
}

interface CompiledPhrases {
  rules: Record<TriageFlag, CompiledRule>;
  variants: ReadonlyMap<string, string>;
}

/** Suggests flags for one message; every language's phrases are searched, since messages mix languages. */
export function triageMessage(text: string, phrases: TriagePhrases): TriageResult {
  const { rules, variants } = compilePhrases(phrases);
  const words = tokenise(text);
  const forms = words.map((word) => {
    const variant = variants.get(word);
    const own = listMatchForms(word);
    return variant === undefined ? own : [...own, ...listMatchForms(variant)];
  });
  const matches = Object.fromEntries(
    TRIAGE_FLAGS.map((flag) => [flag, matchRule(words, forms, rules[flag])]),
  ) as Record<TriageFlag, string[]>;
  const flags = TRIAGE_FLAGS.filter((flag) => matches[flag].length > 0);
  return { flags, matches, likelySea: flags.includes('sea') };
}

/** Applies one rule: strong phrases alone, or any combination. */
function matchRule(words: string[], forms: string[][], rule: CompiledRule): string[] {
  const visible = maskExcluded(forms, rule.exclude);
  const found = new Set(findPhrases(words, visible, rule.strong).map((match) => match.text));
  const cache = new Map<PhraseIndex, Match[]>();
  const search = (index: PhraseIndex): Match[] => {
    let result = cache.get(index);
    if (!result) cache.set(index, (result = findPhrases(words, visible, index)));
    return result;
  };
  for (const combination of rule.combinations) {
    for (const match of matchCombination(combination.map(search))) found.add(match.text);
  }
  return [...found];
}

/**
 * The matches of each part that belong to some choice of one match per part, no two of them
 * overlapping; none when no such choice exists.
 */
export function matchCombination(parts: readonly Match[][]): Match[] {
  if (parts.some((matches) => matches.length === 0)) return [];
  const kept: Match[] = [];
  parts.forEach((matches, index) => {
    for (const match of matches) {
      if (canComplete(parts, new Set([index]), [match])) kept.push(match);
    }
  });
  return kept;
}

/** Whether the parts not yet used can each add a match overlapping none of those chosen. */
function canComplete(parts: readonly Match[][], used: Set<number>, chosen: Match[]): boolean {
  const next = parts.findIndex((_, index) => !used.has(index));
  if (next === -1) return true;
  const rest = new Set([...used, next]);
  return (parts[next] ?? []).some(
    (match) =>
      chosen.every((other) => !overlaps(match, other)) &&
      canComplete(parts, rest, [...chosen, match]),
  );
}

/** Hides the words covered by an exclude phrase (e.g. "sexual and reproductive health"). */
function maskExcluded(forms: string[][], exclude: PhraseIndex): string[][] {
  const visible = [...forms];
  for (const match of findPhrases([], forms, exclude)) {
    for (let index = match.start; index < match.end; index += 1) visible[index] = [];
  }
  return visible;
}

function compileRule(
  rule: TriageRule,
  actors: PhraseLists,
  concepts: ReadonlyMap<string, PhraseIndex>,
): CompiledRule {
  const compileCombination = (combination: TriageCombination): CompiledCombination => {
    if ('all' in combination) {
      // The schema has checked that every name is known.
      return combination.all.map((name) => concepts.get(name) ?? compileLists());
    }
    const context = combination.actorsAsContext ? actors : undefined;
    return [compileLists(combination.terms), compileLists(combination.context, context)];
  };
  return {
    strong: compileLists(rule.strong),
    combinations: (rule.combinations ?? []).map(compileCombination),
    exclude: compileLists(rule.exclude),
  };
}

// Compiled once per phrase-list object: the lists are content, loaded once and never mutated.
const compiled = new WeakMap<TriagePhrases, CompiledPhrases>();

function compilePhrases(phrases: TriagePhrases): CompiledPhrases {
  let result = compiled.get(phrases);
  if (!result) {
    const concepts = new Map<string, PhraseIndex>([[ACTORS_CONCEPT, compileLists(phrases.actors)]]);
    for (const [name, lists] of Object.entries(phrases.concepts ?? {})) {
      concepts.set(name, compileLists(lists));
    }
    const rules = Object.fromEntries(
      TRIAGE_FLAGS.map((flag) => [
        flag,
        compileRule(phrases.categories[flag], phrases.actors, concepts),
      ]),
    ) as Record<TriageFlag, CompiledRule>;
    result = { rules, variants: new Map(Object.entries(phrases.variants ?? {})) };
    compiled.set(phrases, result);
  }
  return result;
}
