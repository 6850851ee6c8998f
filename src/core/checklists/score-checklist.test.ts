import { describe, expect, it } from 'vitest';
import type { AnswerStatus } from './answer.js';
import { scoreChecklist, type ScorableItem } from './score-checklist.js';

const item = (
  id: string,
  principle = 'safety_dignity',
  phase = 'design',
  mandatory = false,
): ScorableItem => ({ id, principle, phase, mandatory });
const answers = (entries: [string, AnswerStatus][]) => new Map(entries);

describe('scoreChecklist', () => {
  it.each([
    [
      'all met',
      [
        ['a', 'met'],
        ['b', 'met'],
      ],
      1,
    ],
    [
      'met and not met',
      [
        ['a', 'met'],
        ['b', 'not_met'],
      ],
      0.5,
    ],
    [
      'partly counts half',
      [
        ['a', 'partly'],
        ['b', 'met'],
      ],
      0.75,
    ],
    [
      'not applicable is excluded',
      [
        ['a', 'not_applicable'],
        ['b', 'partly'],
      ],
      0.5,
    ],
    ['unanswered is excluded from the score', [['a', 'met']], 1],
    ['nothing scorable gives null', [['a', 'not_applicable']], null],
    ['nothing answered gives null', [], null],
  ] as [string, [string, AnswerStatus][], number | null][])('%s', (_name, given, expected) => {
    const result = scoreChecklist([item('a'), item('b')], answers(given));
    expect(result.overall.score).toBe(expected);
  });

  it('counts each answer kind and the unanswered', () => {
    const result = scoreChecklist(
      [item('a'), item('b'), item('c'), item('d'), item('e')],
      answers([
        ['a', 'met'],
        ['b', 'partly'],
        ['c', 'not_met'],
        ['d', 'not_applicable'],
      ]),
    );
    expect(result.overall).toEqual({
      score: 0.5,
      met: 1,
      partly: 1,
      notMet: 1,
      notApplicable: 1,
      unanswered: 1,
      total: 5,
    });
  });

  it('splits by principle and by phase', () => {
    const items = [
      item('a', 'safety_dignity', 'design'),
      item('b', 'accountability', 'design'),
      item('c', 'accountability', 'endorsement'),
    ];
    const result = scoreChecklist(
      items,
      answers([
        ['a', 'met'],
        ['b', 'not_met'],
        ['c', 'partly'],
      ]),
    );
    expect(result.byPrinciple.safety_dignity!.score).toBe(1);
    expect(result.byPrinciple.accountability!.score).toBe(0.25);
    expect(result.byPhase.design!.score).toBe(0.5);
    expect(result.byPhase.endorsement!.score).toBe(0.5);
  });

  it('lists mandatory items that are not met and not waived', () => {
    const items = [
      item('m1', 'safety_dignity', 'design', true),
      item('m2', 'safety_dignity', 'design', true),
      item('m3', 'safety_dignity', 'design', true),
      item('m4', 'safety_dignity', 'design', true),
      item('o'),
    ];
    const result = scoreChecklist(
      items,
      answers([
        ['m1', 'met'],
        ['m2', 'partly'],
        ['m4', 'not_met'],
      ]),
      new Set(['m4']),
    );
    expect(result.mandatoryOpen).toEqual(['m2', 'm3']);
  });
});
