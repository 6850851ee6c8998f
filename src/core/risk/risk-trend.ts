/**
 * Change of each risk between consecutive dated analyses of one location (DOMAIN.md §4): a
 * protection outcome is a demonstrated reduction of risk — threat down, vulnerability down,
 * capacity up.
 */
import { computeRisk } from './compute-risk.js';
import { invalidInput } from './invalid-input.js';
import { RISK_FACTORS, type RiskFactor, type RiskRatings } from './risk-scale.js';
import { DEFAULT_SEVERITY_BANDS, type SeverityBandSet } from './severity-bands.schema.js';

export interface DatedRiskRatings {
  locationPcode: string;
  riskCode: string;
  /** ISO date (YYYY-MM-DD): compared as text. */
  date: string;
  ratings: RiskRatings;
}

export type RiskOutcome = 'improved' | 'worsened' | 'unchanged';

export interface RiskChange {
  locationPcode: string;
  riskCode: string;
  fromDate: string;
  toDate: string;
  fromScore: number;
  toScore: number;
  /** toScore − fromScore: negative is a reduction of risk. */
  delta: number;
  outcome: RiskOutcome;
  fromBand: string;
  toBand: string;
  /** Change of each rating, to − from (a capacity going up is good). */
  factors: Record<RiskFactor, number>;
}

const EPSILON = 1e-9;

/** The changes between consecutive analyses, per location × risk, in date order. */
export function riskTrend(
  entries: readonly DatedRiskRatings[],
  bands: SeverityBandSet = DEFAULT_SEVERITY_BANDS,
): RiskChange[] {
  const series = new Map<string, { entry: DatedRiskRatings; index: number }[]>();
  entries.forEach((entry, index) => {
    const key = `${entry.locationPcode}\u0000${entry.riskCode}`;
    series.set(key, [...(series.get(key) ?? []), { entry, index }]);
  });
  const duplicates = [...series.values()].flatMap((list) =>
    list.filter((a, i) => list.findIndex((b) => b.entry.date === a.entry.date) !== i),
  );
  if (duplicates.length > 0) {
    throw invalidInput(
      'risk.duplicate_analysis_date',
      duplicates.map(({ index }) => ({ path: `${index}.date`, code: 'duplicate' })),
    );
  }
  const keys = [...series.keys()].sort();
  return keys.flatMap((key) => {
    const list = (series.get(key) ?? [])
      .map((s) => s.entry)
      .sort((a, b) => a.date.localeCompare(b.date));
    return list.slice(1).map((to, i) => changeBetween(list[i]!, to, bands));
  });
}

function changeBetween(
  from: DatedRiskRatings,
  to: DatedRiskRatings,
  bands: SeverityBandSet,
): RiskChange {
  const before = computeRisk(from.ratings, bands);
  const after = computeRisk(to.ratings, bands);
  const delta = after.score - before.score;
  const factors = Object.fromEntries(
    RISK_FACTORS.map((f) => [f, to.ratings[f] - from.ratings[f]]),
  ) as Record<RiskFactor, number>;
  return {
    locationPcode: from.locationPcode,
    riskCode: from.riskCode,
    fromDate: from.date,
    toDate: to.date,
    fromScore: before.score,
    toScore: after.score,
    delta,
    outcome: delta < -EPSILON ? 'improved' : delta > EPSILON ? 'worsened' : 'unchanged',
    fromBand: before.band,
    toBand: after.band,
    factors,
  };
}
