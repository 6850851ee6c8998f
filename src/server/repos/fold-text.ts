/**
 * Text folded for search, in SQL: case, Latin accents, Arabic vowel marks and tatweel, and the
 * Arabic letter variants people type interchangeably (أ إ آ ٱ → ا, ة → ه, ى → ي) no longer matter.
 * `translate` keeps this working on both databases without the `unaccent` extension.
 */
import { sql, type SQL } from 'drizzle-orm';

const MAPPED: [string, string][] = [
  ['a', 'àáâãäåāăąÀÁÂÃÄÅĀĂĄ'],
  ['c', 'çćĉċčÇĆĈĊČ'],
  ['d', 'ďđĎĐ'],
  ['e', 'èéêëēĕėęěÈÉÊËĒĔĖĘĚ'],
  ['g', 'ĝğġģĜĞĠĢ'],
  ['h', 'ĥħĤĦ'],
  ['i', 'ìíîïĩīĭįıÌÍÎÏĨĪĬĮİ'],
  ['j', 'ĵĴ'],
  ['k', 'ķĶ'],
  ['l', 'ĺļľŀłĹĻĽĿŁ'],
  ['n', 'ñńņňÑŃŅŇ'],
  ['o', 'òóôõöøōŏőÒÓÔÕÖØŌŎŐ'],
  ['r', 'ŕŗřŔŖŘ'],
  ['s', 'śŝşšșŚŜŞŠȘ'],
  ['t', 'ţťŧțŢŤŦȚ'],
  ['u', 'ùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲ'],
  ['w', 'ŵŴ'],
  ['y', 'ýÿŷÝŸŶ'],
  ['z', 'źżžŹŻŽ'],
  ["'", '’‘ʼ`´'],
  ['ا', 'أإآٱ'],
  ['ه', 'ة'],
  ['ي', 'ىئ'],
  ['و', 'ؤ'],
];

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');
// Deleted: Arabic harakat and tatweel, and combining accents of decomposed (NFD) text.
const DELETED = range(0x064b, 0x0652) + '\u0670\u0640' + range(0x0300, 0x036f);

const FROM = MAPPED.map(([, variants]) => variants).join('') + DELETED;
const TO = MAPPED.map(([base, variants]) => base.repeat([...variants].length)).join('');

/** The folded form of a text expression (lower case, accents and marks removed). */
export function foldSql(expression: SQL): SQL {
  return sql`lower(translate(${expression}, ${FROM}, ${TO}))`;
}

/** A LIKE pattern matching the text anywhere, with `%`, `_` and `\` taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
