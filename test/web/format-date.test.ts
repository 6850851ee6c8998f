import { afterEach, describe, expect, it } from 'vitest';
import { formatDate } from '../../src/web/lib/format-date.js';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('formatDate', () => {
  it('shows a calendar date as the same day west of Greenwich', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(formatDate('2026-12-03', 'en')).toBe('Dec 3, 2026');
    expect(formatDate('2026-12-03', 'fr')).toBe('3 déc. 2026');
  });

  it('keeps Western digits in Arabic and answers what it cannot read as it came', () => {
    expect(formatDate('2026-12-03', 'ar')).toMatch(/2026/);
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });
});
