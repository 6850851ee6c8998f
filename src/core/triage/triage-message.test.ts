import { describe, expect, it } from 'vitest';
import type { Match } from './phrase-index.js';
import {
  compilePhrase,
  matchCombination,
  triageMessage,
  type TriageFlag,
} from './triage-message.js';
import { triagePhrasesSchema, type PhraseLists, type TriagePhrases } from './triage.schema.js';

const lists = (en: string[] = [], fr: string[] = [], es: string[] = [], ar: string[] = []) =>
  ({ en, fr, es, ar }) satisfies PhraseLists;
const none = lists();

/** Small lists that exercise every feature; the real lists are tested in test/triage. */
const PHRASES: TriagePhrases = triagePhrasesSchema.parse({
  version: 'test',
  categories: {
    sea: {
      strong: lists(['sexu*', 'sleep with'], ['coucher avec'], ['favores sexuales'], ['تحرش*']),
      combinations: [
        {
          name: 'intimate term with aid or an actor',
          terms: lists(['touch*', 'girlfriend'], ['copine'], ['novia'], ['لمس']),
          context: lists(['card*'], ['carte'], ['tarjeta*'], ['كرت', 'بطاقه']),
          actorsAsContext: true,
        },
        { name: 'a condition, the night and an actor', all: ['condition', 'night', 'actors'] },
      ],
      exclude: lists(['sexual and reproductive health'], [], ['salud sexual'], []),
    },
    child_safeguarding: {
      strong: lists(['child labo*']),
      combinations: [
        { name: 'harm to a child', terms: lists(['beat*']), context: lists(['child*']) },
      ],
    },
    fraud: { strong: lists(['bribe*'], ['pot de vin'], ['coima*'], ['رشوه']) },
    staff_misconduct: {
      strong: none,
      combinations: [{ name: 'by an actor', terms: lists(['shout*']), actorsAsContext: true }],
    },
  },
  actors: lists(['staff', 'guard*'], ['gardien*'], ['vigilante*'], ['موظف*']),
  concepts: {
    condition: lists(['if you want'], ['si tu veux'], ['si quieres'], ['اذا بدك']),
    night: lists(['at night', 'night guard*'], ['ce soir'], ['de noche'], ['بالليل']),
  },
  variants: { u: 'you', bcoz: 'because' },
});

const flagsOf = (text: string) => triageMessage(text, PHRASES).flags;

describe('triageMessage', () => {
  it.each([
    ['a strong phrase alone', 'he talked about sexual things', ['sea']],
    ['a wildcard matches the start of a word', 'he is sexually abusive', ['sea']],
    ['a wildcard does not match inside a word', 'asexual', []],
    ['a word must match whole', 'the guardrail was broken, no carding', []],
    ['a multi-word phrase needs consecutive words', 'sleep in the tent with him', []],
    ['a multi-word phrase across punctuation', 'he wants me to SLEEP, with him', ['sea']],
    ['a term without context stays silent', 'he touched the wall', []],
    ['a term with a context phrase', 'he touched me when I showed my card', ['sea']],
    ['a term with an actor', 'the guard touched me', ['sea']],
    ['the same word cannot be term and context', 'girlfriend', []],
    ['excluded words are ignored', 'is there a sexual and reproductive health clinic', []],
    [
      'exclusion only hides its own words',
      'sexual and reproductive health nurse is sexually abusive',
      ['sea'],
    ],
    ['another flag', 'they asked for a bribe', ['fraud']],
    [
      'two flags in their fixed order',
      'the staff shouted and took bribes',
      ['fraud', 'staff_misconduct'],
    ],
    ['child: harm with a child', 'they beat the children', ['child_safeguarding']],
    ['child: harm without a child', 'they beat the drum', []],
    ['nothing sensitive', 'thank you for the blankets', []],
    ['concepts: all of them', 'the guard said come at night if you want it', ['sea']],
    ['concepts: one missing', 'come at night if you want it', []],
    ['concepts: one word cannot serve two', 'if you want, ask the night guard', []],
    ['concepts: any order', 'if you want it, at night, said the staff', ['sea']],
    ['a variant counts as its word', 'the guard said come at night if u want it', ['sea']],
    ['a variant is a whole word', 'the guard said come at night if uu want it', []],
    ['empty message', '', []],
  ] as [string, string, TriageFlag[]][])('%s', (_name, text, expected) => {
    expect(flagsOf(text)).toEqual(expected);
  });

  it.each([
    ['French, without accents', 'il veut coucher avec ma soeur', ['sea']],
    ['French, term with actor', 'le gardien dit que je suis sa copine', ['sea']],
    ['Spanish, accents stripped', 'pidió FAVORES sexuales', ['sea']],
    ['Spanish, term with context', 'quiere que sea su novia para darme la tarjeta', ['sea']],
    ['Spanish, excluded', 'salud sexual y reproductiva', []],
    ['Arabic, with article and diacritics', 'التَّحَرُّش من الحارس', ['sea']],
    ['Arabic, attached conjunction', 'وتحرش', ['sea']],
    ['Arabic, term with actor', 'الموظف لمسني', ['sea']],
    ['Arabic, verb prefix and pronoun suffix', 'الموظف بيلمسها', ['sea']],
    ['Arabic, ta marbuta before a suffix', 'لمسني عشان بطاقتي', ['sea']],
    ['Arabic, term with context after a preposition', 'لمسها عشان بالكرت', ['sea']],
    ['Arabic, ta marbuta and fraud', 'طلبوا رشوة', ['fraud']],
    ['languages mixed in one message', 'el staff me pidió una coima', ['fraud']],
  ] as [string, string, TriageFlag[]][])('%s', (_name, text, expected) => {
    expect(flagsOf(text)).toEqual(expected);
  });

  it('returns the normalised words that raised each flag, and likelySea', () => {
    const result = triageMessage('The GUARD touched me, then shouted', PHRASES);
    expect(result).toEqual({
      flags: ['sea', 'staff_misconduct'],
      matches: {
        sea: ['touched', 'guard'],
        child_safeguarding: [],
        fraud: [],
        staff_misconduct: ['shouted', 'guard'],
      },
      likelySea: true,
    });
  });

  it('scans a long message in one pass (public input may be large)', () => {
    const text = Array.from({ length: 50_000 }, (_, index) => ['guard', 'touched', 'x'][index % 3]);
    const result = triageMessage(text.join(' '), PHRASES);
    expect(result.matches.sea).toEqual(['touched', 'guard']);
  });

  it('lists each matched phrase once', () => {
    const result = triageMessage('bribe, bribe and bribes', PHRASES);
    expect(result.matches.fraud).toEqual(['bribe', 'bribes']);
    expect(result.likelySea).toBe(false);
  });
});

describe('matchCombination', () => {
  const at = (start: number, end: number): Match => ({ start, end, text: `${start}-${end}` });

  it.each([
    ['every part present, apart', [[at(0, 1)], [at(2, 3)]], ['0-1', '2-3']],
    ['a part missing', [[at(0, 1)], []], []],
    ['only overlapping choices', [[at(0, 2)], [at(1, 2)]], []],
    [
      'a match kept only when the others fit around it',
      [[at(0, 1), at(2, 3)], [at(2, 3)]],
      ['0-1', '2-3'],
    ],
    [
      'a choice found by going back',
      [[at(0, 1), at(1, 2)], [at(0, 1)], [at(2, 3)]],
      ['1-2', '0-1', '2-3'],
    ],
  ] as [string, Match[][], string[]][])('%s', (_name, parts, expected) => {
    expect(matchCombination(parts).map((match) => match.text)).toEqual(expected);
  });
});

describe('compilePhrase', () => {
  it.each([
    ['one word', 'Staff', [{ text: 'staff', isPrefix: false }]],
    ['wildcard', 'sexu*', [{ text: 'sexu', isPrefix: true }]],
    [
      'wildcard on the last part of a split word',
      "m'a*",
      [
        { text: 'm', isPrefix: false },
        { text: 'a', isPrefix: true },
      ],
    ],
    ['Arabic normalised', 'مأوى', [{ text: 'ماوي', isPrefix: false }]],
  ])('%s', (_name, phrase, expected) => {
    expect(compilePhrase(phrase)).toEqual(expected);
  });
});

describe('triagePhrasesSchema', () => {
  const valid = () => structuredClone(PHRASES);

  it.each([
    ['a wildcard inside a word', (p: TriagePhrases) => p.actors.en.push('se*xual')],
    ['a lone wildcard', (p: TriagePhrases) => p.actors.en.push('*')],
    ['a phrase without letters', (p: TriagePhrases) => p.actors.fr.push('!!')],
    ['a double space', (p: TriagePhrases) => p.actors.es.push('sleep  with')],
    [
      'a combination without context',
      (p: TriagePhrases) =>
        (p.categories.fraud.combinations = [{ name: 'x', terms: lists(['pay']) }]),
    ],
    ['an unknown field', (p: TriagePhrases) => Object.assign(p.categories.sea, { weak: none })],
    [
      'an unknown concept',
      (p: TriagePhrases) =>
        (p.categories.fraud.combinations = [{ name: 'x', all: ['actors', 'y'] }]),
    ],
    [
      'a single concept',
      (p: TriagePhrases) => (p.categories.fraud.combinations = [{ name: 'x', all: ['actors'] }]),
    ],
    [
      'a concept named twice',
      (p: TriagePhrases) =>
        (p.categories.fraud.combinations = [{ name: 'x', all: ['night', 'night'] }]),
    ],
    ['a concept name in capitals', (p: TriagePhrases) => (p.concepts = { Night: none })],
    ['a variant with capitals', (p: TriagePhrases) => (p.variants = { U: 'you' })],
    ['a variant of two words', (p: TriagePhrases) => (p.variants = { u: 'you all' })],
    ['a missing language', (p: TriagePhrases) => delete (p.actors as Partial<PhraseLists>).ar],
  ])('rejects %s', (_name, spoil) => {
    const phrases = valid();
    spoil(phrases);
    expect(triagePhrasesSchema.safeParse(phrases).success).toBe(false);
  });

  it('accepts the fixture', () => {
    expect(triagePhrasesSchema.safeParse(valid()).success).toBe(true);
  });
});
