import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LANGUAGE_CODES } from '../../src/core/shared/language.js';
import { triageMessage } from '../../src/core/triage/triage-message.js';
import { TRIAGE_FLAGS, type TriageFlag } from '../../src/core/triage/triage.schema.js';
import { loadTriagePhrases } from '../../src/server/content/load-triage.js';
import {
  computeMetrics,
  formatMetricsTable,
  type MetricsRow,
  type Prediction,
} from './evaluate.js';

const SPLITS = ['tune', 'test', 'holdout', 'holdout2'] as const;

const evaluationSetSchema = z
  .object({
    description: z.string(),
    version: z.string(),
    messages: z.array(
      z
        .object({
          id: z.string().min(1),
          lang: z.enum(LANGUAGE_CODES),
          text: z.string().min(1),
          labels: z.array(z.enum(TRIAGE_FLAGS)),
          split: z.enum(SPLITS),
        })
        .strict(),
    ),
  })
  .strict();
type LabelledMessage = z.infer<typeof evaluationSetSchema>['messages'][number];

const setPath = fileURLToPath(new URL('./evaluation-set.json', import.meta.url));
const { messages } = evaluationSetSchema.parse(JSON.parse(await readFile(setPath, 'utf8')));
const phrases = await loadTriagePhrases();
const predictions = messages.map((message) => ({
  message,
  expected: message.labels,
  predicted: triageMessage(message.text, phrases).flags,
}));

/** Metrics for the messages of one split (or all), optionally of one language. */
function rowFor(split?: (typeof SPLITS)[number], lang?: LabelledMessage['lang']): MetricsRow {
  const selected: Prediction[] = predictions.filter(
    ({ message }) =>
      (split === undefined || message.split === split) &&
      (lang === undefined || message.lang === lang),
  );
  const group = `${split ?? 'all'}/${lang ?? 'all'}`;
  return { group, count: selected.length, metrics: computeMetrics(selected) };
}

describe('the evaluation set (test/triage/evaluation-set.json)', () => {
  it('has at least 200 messages, 50 per language, 40 SEA cases, unique ids and every split', () => {
    expect(messages.length).toBeGreaterThanOrEqual(200);
    for (const lang of LANGUAGE_CODES) {
      expect(messages.filter((message) => message.lang === lang).length).toBeGreaterThanOrEqual(50);
    }
    expect(
      messages.filter((message) => message.labels.includes('sea')).length,
    ).toBeGreaterThanOrEqual(40);
    expect(new Set(messages.map((message) => message.id)).size).toBe(messages.length);
    for (const split of SPLITS) {
      expect(messages.some((message) => message.split === split)).toBe(true);
    }
  });
});

describe('triage suggestions on the evaluation set', () => {
  const rows = [
    ...SPLITS.flatMap((split) => [
      ...LANGUAGE_CODES.map((lang) => rowFor(split, lang)),
      rowFor(split),
    ]),
    rowFor(),
  ];
  console.log(`Triage precision/recall (labelled count)\n${formatMetricsTable(rows)}`);
  const missedSea = predictions
    .filter(({ expected, predicted }) => expected.includes('sea') && !predicted.includes('sea'))
    .map(({ message }) => message.id);
  console.log(`SEA cases missed: ${missedSea.join(', ') || 'none'}`);
  const recall = (split: (typeof SPLITS)[number], flag: TriageFlag) =>
    rowFor(split).metrics[flag].recall ?? 0;
  const precision = (split: (typeof SPLITS)[number], flag: TriageFlag) =>
    rowFor(split).metrics[flag].precision ?? 0;

  // Floors: the tune and test splits at the target; "holdout" (improved on by people who had read
  // it, so no longer independent) and "holdout2" (independent) a little below what was measured
  // on 2026-12-01 (0.98 and 0.76 SEA recall, 0.84 and 0.76 SEA precision), so a regression fails.
  it.each([
    ['tune', 0.95],
    ['test', 0.95],
    ['holdout', 0.95],
    ['holdout2', 0.7],
  ] as const)('finds enough SEA cases in the %s split (recall >= %s)', (split, floor) => {
    expect(recall(split, 'sea')).toBeGreaterThanOrEqual(floor);
  });

  it.each(['tune', 'test', 'holdout', 'holdout2'] as const)(
    'keeps SEA precision at 0.6 or more in the %s split',
    (split) => {
      expect(precision(split, 'sea')).toBeGreaterThanOrEqual(0.6);
    },
  );

  it.each(TRIAGE_FLAGS)('finds at least 70%% of %s cases in the test split', (flag) => {
    expect(recall('test', flag)).toBeGreaterThanOrEqual(0.7);
  });
});

describe('loadTriagePhrases', () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  async function contentDirWith(text: string | undefined): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'mainstream-triage-'));
    dirs.push(dir);
    await mkdir(join(dir, 'triage'));
    if (text !== undefined) await writeFile(join(dir, 'triage', 'phrases.json'), text);
    return dir;
  }

  it('loads the real lists, with actors in every language', () => {
    expect(phrases.version).toBe('2026.2');
    for (const lang of LANGUAGE_CODES) expect(phrases.actors[lang].length).toBeGreaterThan(0);
  });

  it.each([
    ['a missing file', undefined, /phrases\.json is invalid/],
    ['invalid JSON', '{', /invalid JSON/],
    ['a wrong shape', '{"version": "x"}', /categories/],
  ])('rejects %s', async (_name, text, message) => {
    await expect(loadTriagePhrases(await contentDirWith(text))).rejects.toThrow(message);
  });
});
