/**
 * The framework glossary terms a guidance text mentions, so that the library can link them. A term
 * matches on its folded text, also without its bracketed abbreviation ("Gender-based violence
 * (GBV)" matches "gender-based violence" and "GBV").
 */
import { foldSearchText } from './fold-search-text.js';

export interface GlossaryTerm {
  code: string;
  term: string;
}

/** The forms of a term that count as a mention. */
function formsOf(term: string): string[] {
  const match = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(term);
  const forms = match ? [match[1]!, match[2]!] : [term];
  return forms.map(foldSearchText).filter((f) => f.length >= 3);
}

function mentions(text: string, form: string): boolean {
  // Whole words only: a term is not found inside another word ("risk" in "asterisk").
  let from = text.indexOf(form);
  while (from !== -1) {
    const before = text[from - 1];
    const after = text[from + form.length];
    if (!/[\p{L}\p{N}]/u.test(before ?? ' ') && !/[\p{L}\p{N}]/u.test(after ?? ' ')) return true;
    from = text.indexOf(form, from + 1);
  }
  return false;
}

/** The glossary terms mentioned in the texts, in glossary order. */
export function glossaryTermsIn(
  texts: readonly string[],
  glossary: readonly GlossaryTerm[],
): GlossaryTerm[] {
  const text = texts.map(foldSearchText).join('\n');
  return glossary.filter((g) => formsOf(g.term).some((form) => mentions(text, form)));
}
