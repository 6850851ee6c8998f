/**
 * Text that was damaged on its way into a file: a non-UTF-8 code page that turned every Arabic
 * letter into `?` (the COD-AB lossy-encoding sample), replacement characters, or UTF-8 read as
 * Latin-1/Windows-1252 (`Ã©` for `é`, `Ø§` for `ا`, `â€™` for `’`). Such names are reported, never
 * stored.
 */
export type TextDamage = 'lost_encoding' | 'mojibake';

const ONLY_QUESTION_MARKS = /^[\s?'’.,-]*\?[\s?'’.,-]*$/u;
// A lead byte of a 2-byte UTF-8 sequence read as Latin-1 or Windows-1252, then a continuation
// byte (0x80–0xBF, which Windows-1252 shows as €‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ for 0x80–0x9F).
const TWO_BYTE_MOJIBAKE =
  /[ÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß][\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]/u;
// Three-byte punctuation (’ “ ” – …) read as Windows-1252.
const THREE_BYTE_MOJIBAKE = /â€/u;

/** What is wrong with a text value, if anything. */
export function detectBadText(value: string): TextDamage | undefined {
  if (value.includes('\uFFFD') || ONLY_QUESTION_MARKS.test(value)) return 'lost_encoding';
  if (TWO_BYTE_MOJIBAKE.test(value) || THREE_BYTE_MOJIBAKE.test(value)) return 'mojibake';
  return undefined;
}
