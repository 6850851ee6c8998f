/**
 * The country of a place, from the P-code at the top of its hierarchy: COD-AB P-codes start with
 * the ISO 3166-1 alpha-2 code (`YE1209`, `SD0101`), some with alpha-3 (`BFA13`). The admin0
 * P-code is the country code itself.
 */
import countries from 'i18n-iso-countries';

/** ISO alpha-3 for an alpha-2 or alpha-3 code, or undefined when it names no country. */
function alpha3Of(code: string): string | undefined {
  if (code.length === 3) return countries.isValid(code) ? code : undefined;
  if (code.length === 2) return countries.alpha2ToAlpha3(code) ?? undefined;
  return undefined;
}

/**
 * The ISO alpha-3 country of a place whose topmost known ancestor has this P-code and level:
 * an admin0 P-code must be a country code; a lower one is read from its leading letters
 * (three letters naming a country first, then two).
 */
export function deriveCountry(rootPcode: string, rootLevel: number): string | undefined {
  const code = rootPcode.toUpperCase();
  if (rootLevel === 0) return alpha3Of(code);
  const letters = /^[A-Z]+/.exec(code)?.[0] ?? '';
  if (letters.length >= 3) {
    const three = alpha3Of(letters.slice(0, 3));
    if (three) return three;
  }
  return letters.length >= 2 ? alpha3Of(letters.slice(0, 2)) : undefined;
}
