import { describe, expect, it } from 'vitest';
import { compareWithPrevious, countRisks, isActionable, riskChange } from './compare-audits.js';

describe('riskChange', () => {
  it.each([
    ['high', 'medium', 'worse'],
    ['low', 'high', 'better'],
    ['medium', 'medium', 'same'],
    ['low', null, 'new'],
    ['high', undefined, 'new'],
  ] as const)('now %s, then %s: %s', (now, then, expected) => {
    expect(riskChange(now, then, true)).toBe(expected);
  });

  it('has no change on a first audit, nor for an item that does not apply now', () => {
    expect(riskChange('high', null, false)).toBeNull();
    expect(riskChange(null, 'high', true)).toBeNull();
  });
});

describe('compareWithPrevious', () => {
  it('pairs each item with the previous audit’s risk of the same code', () => {
    const now = [
      { itemCode: 'a', answer: 'no', risk: 'high' },
      { itemCode: 'b', answer: 'yes', risk: 'low' },
      { itemCode: 'c', answer: 'partly', risk: 'medium' },
    ] as const;
    const then = [
      { itemCode: 'a', answer: 'partly', risk: 'medium' },
      { itemCode: 'b', answer: 'no', risk: 'high' },
    ] as const;
    expect(
      compareWithPrevious(now, then).map((a) => [a.itemCode, a.previousRisk, a.change]),
    ).toEqual([
      ['a', 'medium', 'worse'],
      ['b', 'high', 'better'],
      ['c', null, 'new'],
    ]);
    expect(compareWithPrevious(now, null).every((a) => a.change === null)).toBe(true);
  });
});

describe('countRisks and isActionable', () => {
  it('counts rated items only; high and medium become actions', () => {
    expect(
      countRisks([{ risk: 'high' }, { risk: null }, { risk: 'low' }, { risk: 'high' }]),
    ).toEqual({
      high: 2,
      medium: 0,
      low: 1,
    });
    expect([
      isActionable('high'),
      isActionable('medium'),
      isActionable('low'),
      isActionable(null),
    ]).toEqual([true, true, false, false]);
  });
});
