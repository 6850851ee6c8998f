import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { assertPublishedLevel, publishedPlaceCodes } from './published-level.js';

describe('publishedPlaceCodes', () => {
  const codes = ['SDN', 'SD01', 'SD0101', 'SD010101'];

  it.each([
    [0, ['SDN', '', '', '']],
    [1, ['SDN', 'SD01', '', '']],
    [2, ['SDN', 'SD01', 'SD0101', '']],
    [3, codes],
  ])('cuts the codes at level %i', (level, expected) => {
    expect(publishedPlaceCodes(codes, level)).toEqual(expected);
  });
});

describe('assertPublishedLevel', () => {
  it('lets the published level and coarser ones through', () => {
    expect(() => assertPublishedLevel(1, 1, 'level')).not.toThrow();
    expect(() => assertPublishedLevel(0, 2, 'level')).not.toThrow();
  });

  it('refuses a finer level, naming the field', () => {
    try {
      assertPublishedLevel(2, 1, 'location');
      expect.unreachable();
    } catch (error) {
      expect(AppError.isAppError(error)).toBe(true);
      const { code, details } = error as AppError;
      expect(code).toBe('validation_failed');
      expect(details).toEqual({
        fields: [{ path: 'location', code: 'finer_than_published', params: { level: 1 } }],
      });
    }
  });
});
