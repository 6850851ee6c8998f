import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHashtag, parseHashtag } from './parse-hashtag.js';

describe('parseHashtag', () => {
  it.each([
    ['#adm1+code', { tag: 'adm1', attributes: ['code'] }],
    ['#adm1 +code', { tag: 'adm1', attributes: ['code'] }],
    ['  #Reached +F +age12_17 ', { tag: 'reached', attributes: ['f', 'age12_17'] }],
    ['#reached+f+f', { tag: 'reached', attributes: ['f'] }],
    ['#population', { tag: 'population', attributes: [] }],
    ['#date +reported', { tag: 'date', attributes: ['reported'] }],
    ['Reached', undefined],
    ['', undefined],
    ['#', undefined],
    ['#adm1+', undefined],
    ['#1adm', undefined],
    ['# reached', undefined],
  ])('%j', (cell, expected) => {
    expect(parseHashtag(cell)).toEqual(expected);
  });

  it('reads back what it writes, whatever the spacing and case', () => {
    const name = fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/);
    fc.assert(
      fc.property(
        name,
        fc.uniqueArray(name, { maxLength: 5 }),
        fc.array(fc.constantFrom('', ' ', '  '), { minLength: 6, maxLength: 6 }),
        fc.boolean(),
        (tag, attributes, spaces, upper) => {
          let text = `#${tag}${attributes.map((a, i) => `${spaces[i]}+${a}`).join('')}`;
          if (upper) text = text.toUpperCase();
          const parsed = parseHashtag(text);
          expect(parsed).toEqual({ tag, attributes });
          expect(formatHashtag(parsed!)).toBe(`#${tag}${attributes.map((a) => `+${a}`).join('')}`);
        },
      ),
    );
  });
});
