/** Server messages exist in all four languages, and every message key the code throws is translated. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/core/errors.js';
import { hasMessage, SERVER_MESSAGES } from '../../src/server/i18n/translate.js';

function flatten(value: unknown, prefix = ''): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return { [prefix]: value };
  return Object.entries(value).reduce(
    (all, [key, inner]) => ({ ...all, ...flatten(inner, prefix ? `${prefix}.${key}` : key) }),
    {},
  );
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('server messages', () => {
  const english = flatten(SERVER_MESSAGES.en);

  it.each(['fr', 'es', 'ar'] as const)('%s has exactly the English keys, none empty', (lang) => {
    const other = flatten(SERVER_MESSAGES[lang]);
    expect(Object.keys(other).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(other)) expect(String(text).trim(), key).not.toBe('');
  });

  it('has a generic message for every error code', () => {
    for (const code of ERROR_CODES) expect(hasMessage(`code.${code}`), code).toBe(true);
  });

  it('translates every message key thrown in src/', () => {
    const keys = sourceFiles('src').flatMap((file) =>
      [
        ...fs
          .readFileSync(file, 'utf8')
          .matchAll(/new AppError\(\s*'[a-z_]+',\s*[`'"]([^`'"]+)[`'"]/g),
      ].map((m) => m[1]!),
    );
    const dynamic = [
      'password.too_short',
      'password.too_long',
      'password.too_common',
      'password.contains_email',
    ];
    expect(keys.length).toBeGreaterThan(20);
    for (const key of [...keys.filter((k) => !k.includes('${')), ...dynamic])
      expect(hasMessage(key), key).toBe(true);
  });
});
