/** The score of one risk and its severity band (DOMAIN.md §4). */
import { invalidInput, type FieldProblem } from './invalid-input.js';
import { RISK_FACTORS, isRating, riskScore, type RiskRatings } from './risk-scale.js';
import { DEFAULT_SEVERITY_BANDS, type SeverityBandSet } from './severity-bands.schema.js';

export interface RiskAssessment {
  /** Threat × vulnerability ÷ capacity, from 0.2 to 25. */
  score: number;
  /** Position of the band, 1 = least severe. */
  severity: number;
  band: string;
  label: string;
}

/** Scores three 1–5 ratings and places the score in a (validated) band set. */
export function computeRisk(
  ratings: RiskRatings,
  bands: SeverityBandSet = DEFAULT_SEVERITY_BANDS,
): RiskAssessment {
  const problems: FieldProblem[] = RISK_FACTORS.filter((f) => !isRating(ratings[f])).map((f) => ({
    path: f,
    code: 'not_a_rating',
  }));
  if (problems.length > 0) throw invalidInput('risk.invalid_ratings', problems);
  const score = riskScore(ratings);
  const index = bands.findIndex(
    (band, i) =>
      score >= band.min && (score < band.max || (i === bands.length - 1 && score <= band.max)),
  );
  const band = bands[index];
  if (!band)
    throw invalidInput('risk.invalid_severity_bands', [
      { path: 'bands', code: 'score_not_covered' },
    ]);
  return { score, severity: index + 1, band: band.code, label: band.label };
}
