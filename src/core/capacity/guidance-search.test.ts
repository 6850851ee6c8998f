import { describe, expect, it } from 'vitest';
import { foldSearchText, matchesSearch } from './fold-search-text.js';
import { glossaryTermsIn } from './glossary-links.js';

describe('guidance search', () => {
  it.each([
    ['Protección de la niñez', 'proteccion de la ninez'],
    ['ÉVACUATION', 'evacuation'],
    ['الحمايَة', 'الحمايه'],
    ['إدماج الأشخاص', 'ادماج الاشخاص'],
    ['مـسـتـوى', 'مستوى'.replace('ى', 'ي')],
  ])('folds %s to %s', (text, folded) => {
    expect(foldSearchText(text)).toBe(folded);
  });

  it.each([
    ['proteccion ninez', ['Normas mínimas para la protección de la niñez'], true],
    ['الاعاقة', ['إدماج الأشخاص ذوي الإعاقة'], true],
    ['ذوى الاعاقه', ['الأشخاص ذوي الإعاقة'], true],
    ['psea gbv', ['PSEA only'], false],
    ['', ['anything'], true],
  ] as const)('%s in %j: %s', (query, texts, expected) => {
    expect(matchesSearch(query, texts)).toBe(expected);
  });

  it('links the glossary terms a text mentions, whole words, with or without abbreviation', () => {
    const glossary = [
      { code: 'gbv', term: 'Gender-based violence (GBV)' },
      { code: 'risk', term: 'Risk' },
      { code: 'psea', term: 'Protection from sexual exploitation and abuse (PSEA)' },
      { code: 'disability', term: 'الأشخاص ذوو الإعاقة' },
    ];
    const found = glossaryTermsIn(
      ['How every sector can reduce GBV and gender-based violence; an asterisk.'],
      glossary,
    );
    expect(found.map((g) => g.code)).toEqual(['gbv']);
    expect(glossaryTermsIn(['the risk of harm'], glossary).map((g) => g.code)).toEqual(['risk']);
  });
});
