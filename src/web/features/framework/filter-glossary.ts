import type { GlossaryEntry } from './framework.api.js';

/** Lower case without accents or Arabic short vowels, so "securite" finds "sécurité". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** The glossary entries whose term or definition contains every word of the query. */
export function filterGlossary(entries: readonly GlossaryEntry[], query: string): GlossaryEntry[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((entry) => {
    const haystack = foldText(`${entry.term} ${entry.definition}`);
    return words.every((word) => haystack.includes(word));
  });
}
