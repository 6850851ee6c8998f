import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../src/core/auth/roles.js';
import { ERROR_CODES } from '../../src/core/errors.js';
import { LANGUAGE_CODES } from '../../src/core/shared/language.js';

const WEB_DIR = fileURLToPath(new URL('../../src/web/', import.meta.url));
const LOCALES_DIR = join(WEB_DIR, 'i18n', 'locales');

type Messages = { [key: string]: string | Messages };

function loadLocale(lang: string): Messages {
  return JSON.parse(readFileSync(join(LOCALES_DIR, `${lang}.json`), 'utf8')) as Messages;
}

/** Flattens nested messages to 'a.b.c' → value; non-string leaves keep their raw value. */
function flatten(messages: Messages, prefix = ''): Map<string, unknown> {
  const flat = new Map<string, unknown>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [inner, innerValue] of flatten(value, path)) flat.set(inner, innerValue);
    } else {
      flat.set(path, value);
    }
  }
  return flat;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const english = flatten(loadLocale('en'));

describe('UI locale files', () => {
  it.each(LANGUAGE_CODES.filter((lang) => lang !== 'en'))(
    '%s has exactly the keys of en',
    (lang) => {
      const keys = [...flatten(loadLocale(lang)).keys()];
      const missing = [...english.keys()].filter((key) => !keys.includes(key));
      const extra = keys.filter((key) => !english.has(key));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    },
  );

  it.each([...LANGUAGE_CODES])('%s has a non-empty text for every key', (lang) => {
    const empty = [...flatten(loadLocale(lang))]
      .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(LANGUAGE_CODES.filter((lang) => lang !== 'en'))(
    '%s keeps the placeholders of en',
    (lang) => {
      const messages = flatten(loadLocale(lang));
      const mismatched = [...english]
        .filter(([key, value]) => {
          const other = messages.get(key);
          if (typeof value !== 'string' || typeof other !== 'string') return false;
          return placeholders(value).join() !== placeholders(other).join();
        })
        .map(([key]) => key);
      expect(mismatched).toEqual([]);
    },
  );

  it('has a text for every key the code uses', () => {
    const namespaces = new Set([...english.keys()].map((key) => key.split('.')[0]));
    const used = new Set<string>();
    for (const file of sourceFiles(WEB_DIR)) {
      const source = readFileSync(file, 'utf8');
      // Any quoted 'namespace.key' literal: t('a.b'), ternaries, tables of keys.
      for (const match of source.matchAll(/'([a-zA-Z]+)\.([a-zA-Z0-9_.]+)'/g)) {
        if (namespaces.has(match[1])) used.add(`${match[1]}.${match[2]}`);
      }
    }
    // Keys built at run time from closed lists.
    for (const role of ROLES) used.add(`roles.${role}`);
    for (const code of ERROR_CODES) used.add(`errors.${code}`);
    for (const status of ['active', 'revoked', 'expired']) used.add(`tokens.status.${status}`);
    for (const kind of ['user', 'token', 'system']) used.add(`audit.actorKind.${kind}`);
    for (const section of ['principles', 'phases', 'sectors', 'glossary']) {
      used.add(`framework.${section}.title`);
    }
    for (const column of ['name', 'role', 'prefix', 'created', 'lastUsed', 'expires', 'status']) {
      used.add(`tokens.columns.${column}`);
    }
    for (const column of ['at', 'actor', 'action', 'target', 'origin']) {
      used.add(`audit.columns.${column}`);
    }
    const missing = [...used].filter((key) => !english.has(key));
    expect(missing).toEqual([]);
  });
});
