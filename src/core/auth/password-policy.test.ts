import { describe, expect, it } from 'vitest';
import { checkPassword } from './password-policy.js';

describe('checkPassword', () => {
  it.each([
    ['short', undefined, 'too_short'],
    ['1234567', undefined, 'too_short'],
    ['password123', undefined, 'too_common'],
    ['PASSWORD123', undefined, 'too_common'],
    ['x'.repeat(257), undefined, 'too_long'],
    ['amina.yusuf-2026!', 'amina.yusuf@example.org', 'contains_email'],
    ['correct horse battery staple', 'amina@example.org', null],
    ['كلمة مرور طويلة', undefined, null],
    ['x'.repeat(64), undefined, null],
    ['😀😀😀😀😀😀😀😀', undefined, null],
  ])('%s → %s', (password, email, expected) => {
    expect(checkPassword(password, email)).toBe(expected);
  });
});
