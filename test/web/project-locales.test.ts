import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANSWER_STATUSES } from '../../src/core/checklists/answer.js';
import { ACTION_STATUSES } from '../../src/core/projects/action.schema.js';
import { PROJECT_PHASES } from '../../src/core/projects/phase.js';
import { TARGET_GROUPS } from '../../src/core/projects/project.schema.js';
import { LANGUAGE_CODES } from '../../src/core/shared/language.js';

type Messages = { [key: string]: string | Messages };

function lookup(messages: Messages, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Messages | undefined)?.[part], messages);
}

// Keys the project pages build at run time from closed lists (the locale test sees literals only).
const DYNAMIC_KEYS = [
  ...PROJECT_PHASES.map((phase) => `projects.phases.${phase}`),
  ...TARGET_GROUPS.map((group) => `projects.targetGroups.${group}`),
  ...ANSWER_STATUSES.map((status) => `checklist.answers.${status}`),
  ...ACTION_STATUSES.map((status) => `actions.status.${status}`),
  ...['code', 'title', 'phase', 'updatedAt'].map((column) => `projects.columns.${column}`),
];

describe('project locale keys built at run time', () => {
  it.each([...LANGUAGE_CODES])('%s has them all', (lang) => {
    const path = new URL(`../../src/web/i18n/locales/${lang}.json`, import.meta.url);
    const messages = JSON.parse(readFileSync(path, 'utf8')) as Messages;
    const missing = DYNAMIC_KEYS.filter((key) => typeof lookup(messages, key) !== 'string');
    expect(missing).toEqual([]);
  });
});
