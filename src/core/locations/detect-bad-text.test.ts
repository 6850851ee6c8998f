import { describe, expect, it } from 'vitest';
import { detectBadText } from './detect-bad-text.js';

describe('detectBadText', () => {
  it.each([
    ['اليمن', undefined],
    ["Al Wadi'", undefined],
    ['République centrafricaine', undefined],
    ['SÃO TOMÉ', undefined],
    ['Côte d’Ivoire', undefined],
    ['?????', 'lost_encoding'],
    ['???? ?????', 'lost_encoding'],
    ['Ta\uFFFDizz', 'lost_encoding'],
    ['RÃ©publique centrafricaine', 'mojibake'],
    ['Ø§Ù„ÙŠÙ…Ù†', 'mojibake'],
    ['Côte dâ€™Ivoire', 'mojibake'],
    ['Why?', undefined],
  ])('%s → %s', (value, expected) => {
    expect(detectBadText(value)).toBe(expected);
  });
});
