/**
 * Disability from the Washington Group Short Set (DOMAIN.md §5): six domains answered 1 no
 * difficulty, 2 some difficulty, 3 a lot of difficulty, 4 cannot do at all; disability = at least
 * one domain at 3 or 4 (the WG's recommended cut-off). Kobo exports carry the choice names instead
 * of the numbers, so both are read.
 */
import { invalidInput } from '../risk/invalid-input.js';

export const WG_DOMAINS = [
  'seeing',
  'hearing',
  'walking',
  'remembering',
  'selfcare',
  'communicating',
] as const;

export type WgDomain = (typeof WG_DOMAINS)[number];

/** Whether a person has a disability by the WG cut-off; `unknown` when the answers cannot tell. */
export type DisabilityStatus = 'disabled' | 'not_disabled' | 'unknown';
export const DISABILITY_STATUSES = ['disabled', 'not_disabled', 'unknown'] as const;

/** 1–4, or `missing` for refused, don't know and unasked. */
export type WgAnswer = 1 | 2 | 3 | 4 | 'missing';

const NAMES: Record<string, WgAnswer> = {
  no_difficulty: 1,
  some_difficulty: 2,
  a_lot_of_difficulty: 3,
  cannot_do: 4,
  cannot_do_at_all: 4,
  // Non-response codes *(check)*: WG questionnaires commonly code refused 7, don't know 8,
  // not ascertained 9. They are not a difficulty and not its absence.
  '7': 'missing',
  '8': 'missing',
  '9': 'missing',
  refused: 'missing',
  dont_know: 'missing',
  "don't know": 'missing',
  not_ascertained: 'missing',
  '': 'missing',
};

/** Reads one answer (a number, its string, or a Kobo choice name); undefined when not an answer. */
export function parseWgAnswer(value: string | number | null | undefined): WgAnswer | undefined {
  if (value === null || value === undefined) return 'missing';
  const text = String(value).trim().toLowerCase();
  if (/^[1-4]$/.test(text)) return Number(text) as WgAnswer;
  return NAMES[text.replace(/\s+/g, '_')] ?? NAMES[text];
}

/**
 * Applies the cut-off: any domain at 3 or 4 is a disability, whatever the other answers; six
 * answers at 1 or 2 are none; otherwise (a missing answer and no difficulty found) `unknown`.
 */
export function disabilityStatusOf(
  answers: Readonly<Record<WgDomain, WgAnswer>>,
): DisabilityStatus {
  const values = WG_DOMAINS.map((domain) => answers[domain]);
  if (values.some((a) => a === 3 || a === 4)) return 'disabled';
  return values.every((a) => a === 1 || a === 2) ? 'not_disabled' : 'unknown';
}

export type RawWgAnswers = Partial<Record<WgDomain, string | number | null | undefined>>;

/** The domains whose raw answer is neither 1–4 nor a non-response code. */
export function invalidWgDomains(raw: RawWgAnswers): WgDomain[] {
  return WG_DOMAINS.filter((domain) => parseWgAnswer(raw[domain]) === undefined);
}

/** The disability status of raw answers; throws `validation_failed` naming each bad domain. */
export function deriveDisability(raw: RawWgAnswers): DisabilityStatus {
  const invalid = invalidWgDomains(raw);
  if (invalid.length > 0) {
    throw invalidInput(
      'reach.invalid_wg_answers',
      invalid.map((domain) => ({ path: domain, code: 'not_a_wg_answer' })),
    );
  }
  const answers = Object.fromEntries(
    WG_DOMAINS.map((domain) => [domain, parseWgAnswer(raw[domain])]),
  ) as Record<WgDomain, WgAnswer>;
  return disabilityStatusOf(answers);
}
