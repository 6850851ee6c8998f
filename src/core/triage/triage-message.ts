/**
 * Triage assistance: suggests which sensitive-complaint flags a free-text message may deserve,
 * with the words that triggered each one. It only suggests; a person decides. For SEA it errs on
 * the side of flagging, because a flagged case is sealed until a PSEA focal point reviews it.
 */
import { listWordForms, normaliseText, tokenise } from './normalise-text.js';
import {
  TRIAGE_FLAGS,
  type PhraseLists,
  type TriageFlag,
  type TriagePhrases,
  type TriageRule,
} from './triage.schema.js';

export type { TriageFlag } from './triage.schema.js';

export interface TriageResult {
  /** Flags raised, in the order of TRIAGE_FLAGS. */
  flags: TriageFlag[];
  /** For each flag, the normalised words that raised it (empty when not raised). */
  matches: Record<TriageFlag, string[]>;
  /** Whether the message should go to the PSEA lane until a focal point has reviewed it. */
  likelySea: boolean;
}

/** One word of a phrase: matched exactly, or as a prefix when written with a trailing `*`. */
export interface PhraseWord {
  text: string;
  isPrefix: boolean;
}
export type CompiledPhrase = PhraseWord[];

/** Phrases keyed by their first word, so a message is scanned once whatever the size of the lists. */
interface PhraseIndex {
  /** Phrases whose first word must match exactly, by that word. */
  exact: Map<string, CompiledPhrase[]>;
  /** Phrases whose first word is a prefix, by the prefix's first PREFIX_KEY_LENGTH letters. */
  prefix: Map<string, CompiledPhrase[]>;
  /** Phrases whose first word is a prefix shorter than that: checked everywhere. */
  short: CompiledPhrase[];
}

const PREFIX_KEY_LENGTH = 2;

interface CompiledCombination {
  terms: PhraseIndex;
  context: PhraseIndex;
}

interface CompiledRule {
  strong: PhraseIndex;
  combinations: CompiledCombination[];
  exclude: PhraseIndex;
}

/** Where a phrase matched: word positions [start, end) and the words themselves. */
interface Match {
  start: number;
  end: number;
  text: string;
}

/** Suggests flags for one message; every language's phrases are searched, since messages mix languages. */
export function triageMessage(text: string, phrases: TriagePhrases): TriageResult {
  const words = tokenise(text);
  const forms = words.map(listWordForms);
  const rules = compileRules(phrases);
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
  for (const combination of rule.combinations) {
    for (const match of matchCombination(words, visible, combination)) found.add(match.text);
  }
  return [...found];
}

/** The terms and context phrases that occur at different places; none if either is missing. */
function matchCombination(
  words: string[],
  forms: string[][],
  combination: CompiledCombination,
): Match[] {
  const terms = findPhrases(words, forms, combination.terms);
  if (terms.length === 0) return [];
  const context = findPhrases(words, forms, combination.context);
  const pairedTerms = terms.filter((term) => context.some((other) => !overlaps(term, other)));
  if (pairedTerms.length === 0) return [];
  const pairedContext = context.filter((other) => terms.some((term) => !overlaps(term, other)));
  return [...pairedTerms, ...pairedContext];
}

/** Hides the words covered by an exclude phrase (e.g. "sexual and reproductive health"). */
function maskExcluded(forms: string[][], exclude: PhraseIndex): string[][] {
  const visible = [...forms];
  for (const match of findPhrases([], forms, exclude)) {
    for (let index = match.start; index < match.end; index += 1) visible[index] = [];
  }
  return visible;
}

/** Every occurrence of every indexed phrase, on word boundaries. */
function findPhrases(words: string[], forms: string[][], index: PhraseIndex): Match[] {
  const found: Match[] = [];
  for (let start = 0; start < forms.length; start += 1) {
    for (const phrase of listCandidates(index, forms[start] ?? [])) {
      const end = start + phrase.length;
      if (end > forms.length) continue;
      if (phrase.every((word, offset) => matchesWord(forms[start + offset] ?? [], word))) {
        found.push({ start, end, text: words.slice(start, end).join(' ') });
      }
    }
  }
  return found;
}

/** The phrases that may start at a word with these forms. */
function listCandidates(index: PhraseIndex, forms: string[]): Set<CompiledPhrase> {
  const candidates = new Set(index.short);
  for (const form of forms) {
    for (const phrase of index.exact.get(form) ?? []) candidates.add(phrase);
    for (const phrase of index.prefix.get(form.slice(0, PREFIX_KEY_LENGTH)) ?? []) {
      candidates.add(phrase);
    }
  }
  return candidates;
}

function matchesWord(forms: string[], word: PhraseWord): boolean {
  return forms.some((form) => (word.isPrefix ? form.startsWith(word.text) : form === word.text));
}

function overlaps(a: Match, b: Match): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Turns a phrase such as "sexual favo*" into words; `*` marks a prefix. */
export function compilePhrase(phrase: string): CompiledPhrase {
  return phrase
    .trim()
    .split(/\s+/)
    .flatMap((raw) => {
      const isPrefix = raw.endsWith('*');
      const parts = normaliseText(isPrefix ? raw.slice(0, -1) : raw).split(' ');
      return parts
        .filter((part) => part !== '')
        .map((text, index) => ({ text, isPrefix: isPrefix && index === parts.length - 1 }));
    });
}

function compileLists(...lists: (PhraseLists | undefined)[]): PhraseIndex {
  const index: PhraseIndex = { exact: new Map(), prefix: new Map(), short: [] };
  const phrases = lists.flatMap((list) =>
    list ? [...list.en, ...list.fr, ...list.es, ...list.ar] : [],
  );
  for (const phrase of phrases.map(compilePhrase)) {
    const [first] = phrase;
    if (!first) continue;
    if (!first.isPrefix) addTo(index.exact, first.text, phrase);
    else if (first.text.length < PREFIX_KEY_LENGTH) index.short.push(phrase);
    else addTo(index.prefix, first.text.slice(0, PREFIX_KEY_LENGTH), phrase);
  }
  return index;
}

function addTo(map: Map<string, CompiledPhrase[]>, key: string, phrase: CompiledPhrase): void {
  const list = map.get(key);
  if (list) list.push(phrase);
  else map.set(key, [phrase]);
}

function compileRule(rule: TriageRule, actors: PhraseLists): CompiledRule {
  const combinations = (rule.combinations ?? []).map((combination) => ({
    terms: compileLists(combination.terms),
    context: compileLists(combination.context, combination.actorsAsContext ? actors : undefined),
  }));
  return {
    strong: compileLists(rule.strong),
    combinations,
    exclude: compileLists(rule.exclude),
  };
}

// Compiled once per phrase-list object: the lists are content, loaded once and never mutated.
const compiled = new WeakMap<TriagePhrases, Record<TriageFlag, CompiledRule>>();

function compileRules(phrases: TriagePhrases): Record<TriageFlag, CompiledRule> {
  let rules = compiled.get(phrases);
  if (!rules) {
    rules = Object.fromEntries(
      TRIAGE_FLAGS.map((flag) => [flag, compileRule(phrases.categories[flag], phrases.actors)]),
    ) as Record<TriageFlag, CompiledRule>;
    compiled.set(phrases, rules);
  }
  return rules;
}
