import { describe, expect, it } from 'vitest';
import { directionOf, negotiateLanguage } from './language.js';

describe('negotiateLanguage', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['fr-FR,fr;q=0.9,en;q=0.8', 'fr'],
    ['de-DE,es;q=0.5,en;q=0.4', 'es'],
    ['ar-SD', 'ar'],
    ['en;q=0.1, ar;q=0.9', 'ar'],
    ['de, it', 'en'],
    ['fr;q=0', 'en'],
  ])('%s → %s', (header, expected) => {
    expect(negotiateLanguage(header)).toBe(expected);
  });

  it('writes Arabic right to left and the others left to right', () => {
    expect([directionOf('ar'), directionOf('en'), directionOf('fr'), directionOf('es')]).toEqual([
      'rtl',
      'ltr',
      'ltr',
      'ltr',
    ]);
  });
});
