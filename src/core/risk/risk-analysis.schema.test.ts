import { describe, expect, it } from 'vitest';
import { computeRisk } from './compute-risk.js';
import { ratingsOf, riskAnalysisEntrySchema } from './risk-analysis.schema.js';

const valid = {
  locationPcode: 'ye1209',
  date: '2026-03-01',
  riskCode: 'gender_based_violence',
  threatDescription: 'Harassment on the unlit path to the water point after dark',
  affectedGroups: [{ description: 'Women and girls fetching water', sex: 'female' }],
  threat: { rating: 4, justification: 'Six incidents reported in February' },
  vulnerability: { rating: 4, justification: 'No alternative water point within 1 km' },
  capacity: { rating: 2, justification: 'Community watch exists but is not active at night' },
  sources: [{ title: 'Safety audit, site 12', date: '2026-02-20' }],
};

describe('risk analysis entry', () => {
  it('parses a complete entry and scores it', () => {
    const entry = riskAnalysisEntrySchema.parse(valid);
    expect(entry.locationPcode).toBe('YE1209');
    expect(computeRisk(ratingsOf(entry))).toMatchObject({ score: 8, band: 'severe' });
  });

  it.each([
    ['locationPcode', { locationPcode: 'YE-12' }],
    ['date', { date: '01/03/2026' }],
    ['riskCode', { riskCode: 'flooding' }],
    ['threat.rating', { threat: { rating: 6, justification: 'x' } }],
    ['capacity.justification', { capacity: { rating: 2, justification: ' ' } }],
    ['affectedGroups', { affectedGroups: [] }],
    ['sources.0.url', { sources: [{ title: 'x', url: 'not a url' }] }],
  ])('names a bad %s', (path, patch) => {
    const parsed = riskAnalysisEntrySchema.safeParse({ ...valid, ...patch });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});
