import { describe, expect, it } from 'vitest';
import { isOverdue, roadmapProgress, type MilestoneState } from './roadmap-progress.js';

const m = (
  pillar: MilestoneState['pillar'],
  status: MilestoneState['status'],
  dueDate: string,
) => ({
  pillar,
  status,
  dueDate,
});

describe('roadmap progress', () => {
  it.each([
    ['not_started', '2026-01-01', true],
    ['delayed', '2026-01-01', true],
    ['done', '2026-01-01', false],
    ['in_progress', '2026-06-01', false],
    ['in_progress', '2026-06-01', false],
  ] as const)('%s due %s is overdue on 2026-06-01: %s', (status, due, expected) => {
    expect(isOverdue({ status, dueDate: due }, '2026-06-01')).toBe(expected);
  });

  it('gives every pillar, the share done and the overdue count', () => {
    const rows = roadmapProgress(
      [
        m('leadership', 'done', '2026-01-01'),
        m('leadership', 'in_progress', '2026-01-01'),
        m('leadership', 'not_started', '2027-01-01'),
        m('capacity', 'done', '2026-03-01'),
      ],
      '2026-06-01',
    );
    expect(rows.map((r) => r.pillar)).toEqual([
      'leadership',
      'accountability',
      'capacity',
      'advocacy',
      'partnership',
    ]);
    expect(rows[0]).toEqual({
      pillar: 'leadership',
      total: 3,
      done: 1,
      inProgress: 1,
      overdue: 1,
      percentDone: 33.3,
    });
    expect(rows[1]).toMatchObject({ total: 0, percentDone: null, overdue: 0 });
    expect(rows[2]).toMatchObject({ total: 1, done: 1, percentDone: 100 });
  });
});
