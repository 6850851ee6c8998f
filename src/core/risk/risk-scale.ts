/**
 * The risk equation of DOMAIN.md §4 (InterAction, GPC Protection Analytical Framework):
 * risk = threat × vulnerability ÷ capacity. No official numeric scale exists; Mainstream rates
 * each factor 1–5, so the score runs from 1 × 1 ÷ 5 = 0.2 to 5 × 5 ÷ 1 = 25.
 */
export const RATING_MIN = 1;
export const RATING_MAX = 5;
export const SCORE_MIN = (RATING_MIN * RATING_MIN) / RATING_MAX;
export const SCORE_MAX = (RATING_MAX * RATING_MAX) / RATING_MIN;

export const RISK_FACTORS = ['threat', 'vulnerability', 'capacity'] as const;
export type RiskFactor = (typeof RISK_FACTORS)[number];

/** The three ratings of one risk, each 1–5. */
export type RiskRatings = Record<RiskFactor, number>;

/** Whether a value is a whole rating from 1 to 5. */
export function isRating(value: unknown): value is number {
  return (
    Number.isInteger(value) && (value as number) >= RATING_MIN && (value as number) <= RATING_MAX
  );
}

/** Threat × vulnerability ÷ capacity (ratings are assumed valid: see computeRisk). */
export function riskScore(ratings: RiskRatings): number {
  return (ratings.threat * ratings.vulnerability) / ratings.capacity;
}
