import { describe, expect, it } from 'vitest';
import { participationByGroup, type ConsultationCounts } from './participation-by-group.js';

const BRACKETS = ['0-4', '5-11', '12-17', '18-59', '60+'];
const record = (
  participants: ConsultationCounts['participants'],
  groups: ConsultationCounts['groups'] = [],
  decisions = 0,
): ConsultationCounts => ({ participants, groups, decisions });

describe('participationByGroup', () => {
  const records = [
    record(
      [
        { sex: 'female', ageBracket: '18-59', count: 12 },
        { sex: 'male', ageBracket: '18-59', count: 8 },
        { sex: 'female', ageBracket: '60+', count: 3 },
      ],
      [{ group: 'persons_with_disabilities', count: 4 }],
      2,
    ),
    record([{ sex: 'female', ageBracket: '18-59', count: 10 }], [], 1),
  ];

  it('sums every cell, total and group for staff', () => {
    const staff = participationByGroup(records, BRACKETS);
    expect(staff).toMatchObject({ consultations: 2, decisions: 3, total: 33, suppressed: false });
    expect(staff.cells[3]).toEqual([22, 8, 0, 0]);
    expect(staff.bracketTotals).toEqual([0, 0, 0, 30, 3]);
    expect(staff.sexTotals).toEqual([25, 8, 0, 0]);
    expect(staff.groups).toEqual([
      { group: 'persons_with_disabilities', count: 4 },
      { group: 'older_persons', count: 0 },
      { group: 'minorities', count: 0 },
    ]);
  });

  it('hides small cells and what would reveal them, and small groups, when published', () => {
    const published = participationByGroup(records, BRACKETS, 5);
    expect(published.suppressed).toBe(true);
    expect(published.cells[4]![0]).toBeNull();
    expect(published.bracketTotals[4]).toBeNull();
    // The female column has one small cell: one more must go, or 25 − 22 gives it away.
    expect(published.cells[3]![0] === null || published.sexTotals[0] === null).toBe(true);
    expect(published.groups[0]).toEqual({ group: 'persons_with_disabilities', count: null });
  });

  it('hides a group when the rest of the participants is small (total − group)', () => {
    const published = participationByGroup(
      [
        record(
          [{ sex: 'female', ageBracket: '18-59', count: 20 }],
          [{ group: 'minorities', count: 18 }],
        ),
      ],
      BRACKETS,
      5,
    );
    expect(published.groups[2]).toEqual({ group: 'minorities', count: null });
  });

  it('keeps brackets of an earlier set as extra rows instead of dropping people', () => {
    const result = participationByGroup(
      [record([{ sex: 'male', ageBracket: '18-24', count: 6 }])],
      BRACKETS,
    );
    expect(result.ageBrackets.at(-1)).toBe('18-24');
    expect(result.total).toBe(6);
  });

  it('answers zeros, not an error, for no consultations', () => {
    expect(participationByGroup([], BRACKETS, 5)).toMatchObject({ consultations: 0, total: 0 });
  });
});
