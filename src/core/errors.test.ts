import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';

describe('AppError', () => {
  it('round-trips through the HTTP body', () => {
    const original = new AppError('conflict', 'Stale', { current: { version: 2 } });
    const rebuilt = AppError.fromBody(original.toBody());
    expect(rebuilt).toBeInstanceOf(AppError);
    expect([rebuilt.code, rebuilt.message, rebuilt.details]).toEqual([
      'conflict',
      'Stale',
      { current: { version: 2 } },
    ]);
  });

  it.each([
    null,
    'text',
    { error: 'x' },
    { error: { code: 'teapot', message: 'x' } },
    { error: { code: 'conflict' } },
  ])('turns the unexpected body %j into an internal error', (body) => {
    expect(AppError.fromBody(body).code).toBe('internal');
  });
});
