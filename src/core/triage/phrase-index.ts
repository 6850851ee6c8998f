/**
 * Phrase lists compiled for matching, and the search of a message's words for them. A message
 * word is given as its forms (listMatchForms); a phrase word matches one of them exactly, or as a
 * prefix when written with a trailing `*`.
 */
import { normaliseText } from './normalise-text.js';
import type { PhraseLists } from './triage.schema.js';

/** One word of a phrase: matched exactly, or as a prefix when written with a trailing `*`. */
export interface PhraseWord {
  text: string;
  isPrefix: boolean;
}
export type CompiledPhrase = PhraseWord[];

/** Phrases keyed by their first word, so a message is scanned once whatever the size of the lists. */
export interface PhraseIndex {
  /** Phrases whose first word must match exactly, by that word. */
  exact: Map<string, CompiledPhrase[]>;
  /** Phrases whose first word is a prefix (of PREFIX_KEY_LENGTH letters or more), by that prefix. */
  prefix: Map<string, CompiledPhrase[]>;
  /** Phrases whose first word is a prefix shorter than that: checked everywhere. */
  short: CompiledPhrase[];
}

const PREFIX_KEY_LENGTH = 2;

/** Where a phrase matched: word positions [start, end) and the words themselves. */
export interface Match {
  start: number;
  end: number;
  text: string;
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

/** One index over every phrase of the given lists, in all languages. */
export function compileLists(...lists: (PhraseLists | undefined)[]): PhraseIndex {
  const index: PhraseIndex = { exact: new Map(), prefix: new Map(), short: [] };
  const phrases = lists.flatMap((list) =>
    list ? [...list.en, ...list.fr, ...list.es, ...list.ar] : [],
  );
  for (const phrase of phrases.map(compilePhrase)) {
    const [first] = phrase;
    if (!first) continue;
    if (!first.isPrefix) addTo(index.exact, first.text, phrase);
    else if (first.text.length < PREFIX_KEY_LENGTH) index.short.push(phrase);
    else addTo(index.prefix, first.text, phrase);
  }
  return index;
}

function addTo(map: Map<string, CompiledPhrase[]>, key: string, phrase: CompiledPhrase): void {
  const list = map.get(key);
  if (list) list.push(phrase);
  else map.set(key, [phrase]);
}

/** Every occurrence of every indexed phrase, on word boundaries. */
export function findPhrases(words: string[], forms: string[][], index: PhraseIndex): Match[] {
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

/**
 * The phrases whose first word matches a word with these forms: exact first words by the form,
 * prefix first words by each of the form's own prefixes (a handful of look-ups per word, whatever
 * the size of the lists), and the few very short prefixes everywhere.
 */
function listCandidates(index: PhraseIndex, forms: string[]): Set<CompiledPhrase> {
  const candidates = new Set<CompiledPhrase>();
  for (const form of forms) {
    for (const phrase of index.exact.get(form) ?? []) candidates.add(phrase);
    for (let length = PREFIX_KEY_LENGTH; length <= form.length; length += 1) {
      for (const phrase of index.prefix.get(form.slice(0, length)) ?? []) candidates.add(phrase);
    }
  }
  for (const phrase of index.short) candidates.add(phrase);
  return candidates;
}

function matchesWord(forms: string[], word: PhraseWord): boolean {
  return forms.some((form) => (word.isPrefix ? form.startsWith(word.text) : form === word.text));
}

export function overlaps(a: Match, b: Match): boolean {
  return a.start < b.end && b.start < a.end;
}
