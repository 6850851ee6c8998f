import { describe, expect, it } from 'vitest';
import { listArabicStems, listMatchForms } from './word-stems.js';

describe('listArabicStems', () => {
  it.each([
    ['object suffix ني (and the shorter ي)', 'لمسني', ['لمس', 'لمسن']],
    ['suffix, then verb prefix', 'بيلمسهم', ['بيلمس', 'لمس', 'لمسهم']],
    ['plural verb ending and prefix', 'يناموا', ['ينام', 'نام', 'ناموا']],
    ['ت before a suffix is also ة', 'بطاقتي', ['بطاقت', 'بطاقه']],
    ['Levantine و for "him"', 'معو', []],
    ['Maghrebi present prefix', 'كيلعبو', ['كيلعب', 'لعب', 'لعبو']],
    ['no stem below three letters (ام), a person prefix may go', 'امها', ['مها']],
  ])('%s', (_name, word, expected) => {
    expect(listArabicStems(word).sort()).toEqual([...expected].sort());
  });
});

describe('listMatchForms', () => {
  it.each([
    ['a Latin word is itself', 'staff', ['staff']],
    ['held letters shortened', 'pleeease', ['pleeease', 'please', 'pleease']],
    ['Arabic proclitics, then stems', 'وبيتحرش', ['وبيتحرش', 'بيتحرش', 'يتحرش', 'تحرش']],
    ['the article-bearing form is not stemmed (no لمستودع)', 'المستودع', ['المستودع', 'مستودع']],
  ])('%s', (_name, word, expected) => {
    expect(listMatchForms(word).sort()).toEqual([...expected].sort());
  });
});
