/**
 * Extra forms a normalised message word may be matched under, beyond its proclitic-free forms
 * (listWordForms): Arabic words without their pronoun suffixes and present-tense verb prefixes,
 * and words typed with a letter held down ("pleeease"). Forms only ever add ways to match.
 */
import { listWordForms } from './normalise-text.js';

const ARABIC_WORD = /^[\u0621-\u064A]+$/;
const MIN_STEM_LENGTH = 3;

// Attached object/possessive pronouns (ني "me", ها "her", و "him" in Levantine and Maghrebi…),
// the same after ل ("يبعتلي" "sends me"), and plural verb endings (يناموا, يشتغلون). Longest first.
const ARABIC_SUFFIXES = [
  'لهم',
  'لهن',
  'لها',
  'لكم',
  'لنا',
  'وني',
  'هم',
  'هن',
  'ها',
  'كم',
  'كن',
  'نا',
  'ني',
  'لي',
  'له',
  'لك',
  'وا',
  'ون',
  'ه',
  'ك',
  'ي',
  'و',
];

// Present-tense prefixes: Levantine and Egyptian ب+ (بيلمس), Maghrebi ك+ (كيلعب), then the person
// prefixes ي ت ن ا. Longest first.
const ARABIC_VERB_PREFIXES = ['بي', 'بت', 'بن', 'كي', 'كت', 'كن', 'ي', 'ت', 'ن', 'ا'];

const HELD_LETTER = /(\p{L})\1{2,}/u;
const HELD_LETTERS = /(\p{L})\1{2,}/gu;

/** Every form of a normalised word: listWordForms, held letters shortened, then Arabic stems. */
export function listMatchForms(word: string): string[] {
  const words = HELD_LETTER.test(word)
    ? [word, word.replace(HELD_LETTERS, '$1'), word.replace(HELD_LETTERS, '$1$1')]
    : [word];
  const forms = new Set(words.flatMap(listWordForms));
  for (const form of [...forms]) {
    // Forms still carrying the article have an article-free sibling; "ال" is never a verb prefix.
    if (!ARABIC_WORD.test(form) || form.startsWith('ال')) continue;
    for (const stem of listArabicStems(form)) forms.add(stem);
  }
  return [...forms];
}

/**
 * An Arabic word without one pronoun suffix and/or one verb prefix, keeping at least three
 * letters; a stem ending in ت after a suffix also yields the ة form (بطاقتي → بطاقه).
 */
export function listArabicStems(word: string): string[] {
  const stems = new Set<string>();
  const withoutSuffix = [word];
  for (const suffix of ARABIC_SUFFIXES) {
    const rest = word.slice(0, -suffix.length);
    if (!word.endsWith(suffix) || rest.length < MIN_STEM_LENGTH) continue;
    withoutSuffix.push(rest);
    if (rest.endsWith('ت')) withoutSuffix.push(`${rest.slice(0, -1)}ه`);
  }
  for (const form of withoutSuffix) {
    stems.add(form);
    for (const prefix of ARABIC_VERB_PREFIXES) {
      const rest = form.slice(prefix.length);
      if (form.startsWith(prefix) && rest.length >= MIN_STEM_LENGTH) stems.add(rest);
    }
  }
  stems.delete(word);
  return [...stems];
}
