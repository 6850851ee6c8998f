import { describe, expect, it } from 'vitest';
import { publishedTrainingTable, sessionTable, type SessionFigures } from './training-table.js';

const session = (over: Partial<SessionFigures>): SessionFigures => ({
  date: '2026-03-01',
  country: 'SDN',
  locationPcode: 'SD01',
  topic: 'psea',
  projectCode: null,
  language: 'ar',
  counts: [],
  ...over,
});

describe('training export tables', () => {
  const sessions = [
    session({
      counts: [
        { participantType: 'staff', sex: 'female', count: 12 },
        { participantType: 'staff', sex: 'male', count: 9 },
      ],
    }),
    session({
      counts: [
        { participantType: 'staff', sex: 'female', count: 3 },
        { participantType: 'partner', sex: 'male', count: 2 },
      ],
    }),
  ];

  it('gives staff every count of every session with the total', () => {
    const table = sessionTable(sessions);
    const header = table.headers;
    const row = table.rows[1]!;
    expect(row[header.indexOf('staff_female')]).toBe(3);
    expect(row[header.indexOf('partner_male')]).toBe(2);
    expect(row.at(-1)).toBe(5);
    expect(table.hxl[0]).toBe('#date');
  });

  it('sums per country × topic and withholds small cells and their complement', () => {
    const table = publishedTrainingTable(sessions, 5);
    expect(table.rows).toHaveLength(1);
    const row = table.rows[0]!;
    const at = (h: string) => row[table.headers.indexOf(h)];
    expect(at('sessions')).toBe(2);
    expect(at('staff_female')).toBe(15);
    // 2 partner men is small: withheld, and one more cell so the total cannot reveal it.
    expect(at('partner_male')).toBeNull();
    expect(at('staff_male')).toBeNull();
    expect(at('total')).toBe(26);
    expect(row.filter((v) => v === null)).toHaveLength(2);
  });
});
