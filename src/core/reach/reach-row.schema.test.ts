import { describe, expect, it } from 'vitest';
import { reachRowSchema } from './reach-row.schema.js';

const valid = {
  projectId: '6f1b8f52-8f0b-4c89-9d8e-0c1f7a8e2b11',
  locationPcode: 'YE1209',
  periodStart: '2026-03-01',
  periodEnd: '2026-03-31',
  sex: 'female',
  ageBracket: '60+',
  disability: 'disabled',
  count: 12,
};

describe('reach row', () => {
  it('accepts a row', () => {
    expect(reachRowSchema.parse(valid)).toEqual(valid);
  });

  it.each([
    ['count', { count: -1 }],
    ['count', { count: 2.5 }],
    ['sex', { sex: 'f' }],
    ['disability', { disability: 'yes' }],
    ['periodEnd', { periodEnd: '2026-02-28' }],
    ['locationPcode', { locationPcode: '12' }],
    ['', { extra: 1 }],
  ])('refuses a bad %s', (path, patch) => {
    const parsed = reachRowSchema.safeParse({ ...valid, ...patch });
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual([path]);
  });
});
