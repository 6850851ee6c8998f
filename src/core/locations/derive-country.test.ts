import { describe, expect, it } from 'vitest';
import { deriveCountry } from './derive-country.js';

describe('deriveCountry', () => {
  it.each([
    ['YE', 0, 'YEM'],
    ['SD', 0, 'SDN'],
    ['CF', 0, 'CAF'],
    ['BFA', 0, 'BFA'],
    ['XX', 0, undefined],
    ['XKX', 0, undefined],
    ['YEM', 0, 'YEM'],
    ['YE12', 1, 'YEM'],
    ['SD010101', 3, 'SDN'],
    ['BFA13', 1, 'BFA'],
    ['CF616', 2, 'CAF'],
    ['ZZ01', 1, undefined],
    ['Q1', 1, undefined],
  ] as const)('%s at level %d → %s', (pcode, level, expected) => {
    expect(deriveCountry(pcode, level)).toBe(expected);
  });
});
