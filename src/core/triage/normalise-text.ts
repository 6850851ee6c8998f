/**
 * Text normalisation for triage matching: the same function turns messages and phrase lists into
 * comparable tokens, so phrase authors may write accents, hamza and tashkeel as they like.
 */

// Arabic letter variants typed interchangeably in messages (and Persian keyboard letters).
const ARABIC_LETTERS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ة: 'ه',
  ؤ: 'و',
  ئ: 'ي',
  ک: 'ك',
};

// Latin ligatures that compatibility decomposition leaves alone.
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

const ARABIC_VARIANT = /[أإآٱىیةؤئک]/g;
const LIGATURE = /[œæß]/g;
// Arabic-Indic (U+0660–0669) and extended Arabic-Indic (U+06F0–06F9) digits.
const ARABIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;
// Combining marks: Latin accents after decomposition, Arabic harakat, shadda, sukun, dagger alef.
const COMBINING_MARK = /\p{M}/gu;
const TATWEEL = /\u0640/g;
// Anything that is not a letter or a digit separates words (punctuation, apostrophes, emoji).
const SEPARATOR = /[^\p{L}\p{N}]+/gu;

/** Lower-cases, strips accents and Arabic diacritics, unifies letter variants and digits, and collapses separators to single spaces. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(ARABIC_VARIANT, (char) => ARABIC_LETTERS[char] ?? char)
    .replace(COMBINING_MARK, '')
    .replace(TATWEEL, '')
    .replace(LIGATURE, (char) => LIGATURES[char] ?? char)
    .replace(ARABIC_DIGIT, toAsciiDigit)
    .replace(SEPARATOR, ' ')
    .trim();
}

/** Splits text into normalised words. */
export function tokenise(text: string): string[] {
  const normalised = normaliseText(text);
  return normalised === '' ? [] : normalised.split(' ');
}

function toAsciiDigit(char: string): string {
  const code = char.charCodeAt(0);
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
}

// Arabic proclitics written attached to the next word: conjunctions, then prepositions, then the article.
const ARABIC_CONJUNCTIONS = ['و', 'ف'];
const ARABIC_PREPOSITIONS = ['ب', 'ل', 'ك'];
const ARABIC_WORD = /^[\u0621-\u064A]+$/;
const MIN_STEM_LENGTH = 2;

/**
 * The forms a normalised word may be matched under: itself and, for Arabic, the word without the
 * proclitics و ف / ب ل ك / ال (so "والتحرش" also matches a phrase written "تحرش").
 */
export function listWordForms(word: string): string[] {
  if (!ARABIC_WORD.test(word)) return [word];
  const forms = new Set([word]);
  const strip = (prefixes: string[], replacement = '') => {
    for (const form of [...forms]) {
      // لل is ل + ال with the alef dropped ("للاطفال" → "الاطفال"), never ل + a word starting in ل.
      if (replacement === '' && form.startsWith('لل')) continue;
      for (const prefix of prefixes) {
        const rest = form.slice(prefix.length);
        if (form.startsWith(prefix) && rest.length >= MIN_STEM_LENGTH)
          forms.add(replacement + rest);
      }
    }
  };
  strip(ARABIC_CONJUNCTIONS);
  strip(['لل'], 'ال');
  strip(ARABIC_PREPOSITIONS);
  strip(['ال']);
  return [...forms];
}
