/**
 * Severity bands an organisation maps risk scores onto (DOMAIN.md §4: five levels aligned with the
 * JIAF; labels differ between sources, so bands and labels are data). A band holds the scores
 * `min ≤ score < max`; the last band also holds its `max`. Bands are listed from least to most
 * severe; their severity level is their position, from 1.
 */
import { z } from 'zod';
import { fieldProblemsOf, invalidInput } from './invalid-input.js';
import { SCORE_MAX, SCORE_MIN } from './risk-scale.js';

export const severityBandSchema = z
  .object({
    code: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
    label: z.string().trim().min(1).max(80),
    min: z.number().finite(),
    max: z.number().finite(),
  })
  .strict();

export type SeverityBand = z.infer<typeof severityBandSchema>;

type Issue = { path: (string | number)[]; code: string };

/** The coverage problems of a band list: each band non-empty, no gap, no overlap, 0.2 to 25 covered. */
export function checkBandCoverage(bands: readonly SeverityBand[]): Issue[] {
  const issues: Issue[] = [];
  const first = bands[0];
  const last = bands[bands.length - 1];
  if (first && first.min > SCORE_MIN) issues.push({ path: [0, 'min'], code: 'above_lowest_score' });
  if (last && last.max < SCORE_MAX)
    issues.push({ path: [bands.length - 1, 'max'], code: 'below_highest_score' });
  const seen = new Set<string>();
  bands.forEach((band, i) => {
    if (band.min >= band.max) issues.push({ path: [i, 'max'], code: 'not_above_min' });
    if (seen.has(band.code)) issues.push({ path: [i, 'code'], code: 'duplicate' });
    seen.add(band.code);
    const previous = bands[i - 1];
    if (previous && band.min > previous.max) issues.push({ path: [i, 'min'], code: 'gap' });
    if (previous && band.min < previous.max) issues.push({ path: [i, 'min'], code: 'overlap' });
  });
  return issues;
}

export const severityBandSetSchema = z
  .array(severityBandSchema)
  .min(2)
  .max(10)
  .superRefine((bands, ctx) => {
    for (const issue of checkBandCoverage(bands)) {
      ctx.addIssue({
        code: 'custom',
        path: issue.path,
        params: { code: issue.code },
        message: issue.code,
      });
    }
  });

export type SeverityBandSet = z.infer<typeof severityBandSetSchema>;

/**
 * Default bands *(check)*: GPC's 2022 dashboard labels; bounds chosen so that middling ratings
 * (3 × 3 ÷ 3 = 3) land on level 3, the level from which the JIAF counts people in need.
 */
export const DEFAULT_SEVERITY_BANDS: SeverityBandSet = [
  { code: 'minor', label: 'Minor', min: SCORE_MIN, max: 1 },
  { code: 'stressed', label: 'Stressed', min: 1, max: 3 },
  { code: 'moderate', label: 'Moderate', min: 3, max: 6 },
  { code: 'severe', label: 'Severe', min: 6, max: 12 },
  { code: 'extreme', label: 'Extreme', min: 12, max: SCORE_MAX },
];

/** Parses an organisation's band set, or throws `validation_failed` naming each bad field. */
export function parseSeverityBands(input: unknown): SeverityBandSet {
  const parsed = severityBandSetSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw invalidInput('risk.invalid_severity_bands', fieldProblemsOf(parsed.error, 'bands'));
}
