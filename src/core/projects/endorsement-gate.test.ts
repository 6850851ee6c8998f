import { describe, expect, it } from 'vitest';
import type { AnswerStatus } from '../checklists/answer.js';
import { findBlockingItems, type GateItem } from './endorsement-gate.js';
import { answerablePhases, findTransition } from './phase.js';

const items: GateItem[] = [
  { id: 'd1', phase: 'design', mandatory: true },
  { id: 'd2', phase: 'design', mandatory: false },
  { id: 'e1', phase: 'endorsement', mandatory: true },
  { id: 'i1', phase: 'implementation', mandatory: true },
];

describe('findBlockingItems', () => {
  it.each([
    ['nothing answered blocks every mandatory design/endorsement item', [], [], ['d1', 'e1']],
    [
      'met opens',
      [
        ['d1', 'met'],
        ['e1', 'met'],
      ],
      [],
      [],
    ],
    [
      'partly still blocks',
      [
        ['d1', 'partly'],
        ['e1', 'met'],
      ],
      [],
      ['d1'],
    ],
    [
      'not applicable still blocks (waive instead)',
      [
        ['d1', 'not_applicable'],
        ['e1', 'met'],
      ],
      [],
      ['d1'],
    ],
    [
      'a waiver opens',
      [
        ['d1', 'not_met'],
        ['e1', 'met'],
      ],
      ['d1'],
      [],
    ],
    [
      'optional and later-phase items never block',
      [
        ['d1', 'met'],
        ['e1', 'met'],
      ],
      [],
      [],
    ],
  ] as [string, [string, AnswerStatus][], string[], string[]][])(
    '%s',
    (_name, answers, waived, expected) => {
      expect(findBlockingItems(items, new Map(answers), new Set(waived))).toEqual(expected);
    },
  );
});

describe('life-cycle', () => {
  it.each([
    ['design', 'endorsement', true],
    ['endorsement', 'implementation', true],
    ['endorsement', 'design', true],
    ['design', 'implementation', false],
    ['implementation', 'design', false],
    ['closed', 'design', false],
    ['evaluation', 'closed', true],
  ] as const)('%s → %s allowed: %s', (from, to, allowed) => {
    expect(findTransition(from, to) !== undefined).toBe(allowed);
  });

  it('only a protection officer passes the gate', () => {
    expect(findTransition('endorsement', 'implementation')!.roles).toEqual(['protection_officer']);
  });

  it('answers the current and earlier checklist phases', () => {
    expect(answerablePhases('design')).toEqual(['design']);
    expect(answerablePhases('implementation')).toEqual(['design', 'endorsement', 'implementation']);
    expect(answerablePhases('closed')).toEqual([]);
  });
});
