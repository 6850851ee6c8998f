import { describe, expect, it } from 'vitest';
import { filterGlossary, foldText } from './filter-glossary.js';
import type { GlossaryEntry } from './framework.api.js';

function entry(code: string, term: string, definition: string): GlossaryEntry {
  return { code, term, definition, related: [], principle: null };
}

const entries = [
  entry('protection', 'Protection', 'All activities aimed at full respect for rights.'),
  entry('safety', 'Sécurité', 'Absence de danger.'),
  entry('dignity', 'الكَرامة', 'احترام الشخص'),
];

describe('filterGlossary', () => {
  it.each([
    ['', 3],
    ['   ', 3],
    ['protection', 1],
    ['PROTECTION rights', 1],
    ['securite', 1],
    ['الكرامة', 1],
    ['nothing-matches', 0],
  ])('query %j finds %i entries', (query, count) => {
    expect(filterGlossary(entries, query)).toHaveLength(count);
  });
});

describe('foldText', () => {
  it('drops accents and case', () => {
    expect(foldText('Éducation')).toBe('education');
  });
});
