import { describe, expect, it } from 'vitest';
import { computeDeadlines, deadlineState } from './deadlines.js';
import { canMoveCase } from './workflow.js';

describe('case workflow', () => {
  it.each([
    ['received', 'acknowledged', true],
    ['received', 'closed', false],
    ['acknowledged', 'in_progress', true],
    ['acknowledged', 'referred', true],
    ['in_progress', 'responded', true],
    ['responded', 'closed', true],
    ['closed', 'received', false],
    ['received', 'responded', false],
  ] as const)('%s → %s: %s', (from, to, allowed) => {
    expect(canMoveCase(from, to)).toBe(allowed);
  });
});

describe('deadlines', () => {
  const received = new Date('2026-11-01T08:00:00Z');

  it.each([
    ['non_sensitive', '2026-11-03T08:00:00.000Z', '2026-11-15T08:00:00.000Z'],
    ['sensitive', '2026-11-02T08:00:00.000Z', '2026-11-08T08:00:00.000Z'],
    ['sea', '2026-11-01T16:00:00.000Z', '2026-11-02T08:00:00.000Z'],
  ] as const)('%s: acknowledge by %s, respond by %s', (sensitivity, ack, respond) => {
    const d = computeDeadlines(received, sensitivity);
    expect([d.acknowledgeDue.toISOString(), d.respondDue.toISOString()]).toEqual([ack, respond]);
  });

  it.each([
    ['received', '2026-11-01T09:00:00Z', 'on_time'],
    ['received', '2026-11-02T09:00:00Z', 'due_soon'],
    ['received', '2026-11-04T09:00:00Z', 'overdue'],
    ['acknowledged', '2026-11-04T09:00:00Z', 'on_time'],
    ['acknowledged', '2026-11-14T09:00:00Z', 'due_soon'],
    ['in_progress', '2026-11-16T09:00:00Z', 'overdue'],
    ['closed', '2026-12-30T09:00:00Z', 'met'],
  ] as const)('%s at %s is %s', (status, now, expected) => {
    const d = computeDeadlines(received, 'non_sensitive');
    expect(deadlineState({ status, ...d }, new Date(now))).toBe(expected);
  });
});
