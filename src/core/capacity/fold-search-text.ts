/**
 * Text folded for search in memory, the same way `foldSql` folds it in the database
 * (src/server/repos/fold-text.ts): case, Latin accents, Arabic short vowels and tatweel, and the
 * Arabic letter variants people type interchangeably (أ إ آ ٱ → ا, ة → ه, ى ئ → ي, ؤ → و).
 */
const ARABIC: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ة: 'ه',
  ى: 'ي',
  ئ: 'ي',
  ؤ: 'و',
  '’': "'",
  '‘': "'",
  ʼ: "'",
};
// Combining accents (after NFD), Arabic harakat and hamza marks U+064B–U+0655 (NFD splits أ into ا + hamza), superscript alef and tatweel.
const MARKS = /[\u0300-\u036f\u064b-\u0655\u0670\u0640]/g;

/** The folded form of a text: lower case, without accents or marks, Arabic variants unified. */
export function foldSearchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[أإآٱةىئؤ’‘ʼ]/g, (c) => ARABIC[c] ?? c)
    .replace(/ø/gi, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** Whether every word of the query appears in one of the texts (folded). */
export function matchesSearch(query: string, texts: readonly string[]): boolean {
  const words = foldSearchText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = texts.map(foldSearchText).join('\n');
  return words.every((w) => haystack.includes(w));
}
