import { describe, expect, it } from 'vitest';
import { PcodeLines, ProblemList } from './import-problems.js';

describe('PcodeLines', () => {
  it('keeps the first lines of a P-code, and its latest-dated lines whatever the file order', () => {
    const lines = new PcodeLines();
    // 50 rows of one place, dates out of order; the latest five are lines 7, 19, 23, 31 and 44.
    const late = new Map([
      [7, '2026-09-01'],
      [19, '2026-08-15'],
      [23, '2026-10-01'],
      [31, '2026-08-01'],
      [44, '2026-11-30'],
    ]);
    for (let line = 2; line < 52; line += 1)
      lines.add('YE1102', line, late.get(line) ?? `2026-0${1 + (line % 6)}-01`);
    expect(lines.linesOf('YE1102')).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
    expect(lines.linesFrom('YE1102', '2026-08-01')).toEqual([7, 19, 23, 31, 44]);
    expect(lines.linesFrom('YE1102', '2026-12-01')).toEqual([]);
    expect(lines.linesFrom('YE9999', '2026-01-01')).toEqual([]);
  });

  it('keeps at most 20 latest lines of a P-code', () => {
    const lines = new PcodeLines();
    for (let line = 2; line < 1002; line += 1) lines.add('YE1102', line, '2026-07-01');
    expect(lines.linesFrom('YE1102', '2026-06-01')).toHaveLength(20);
    expect(lines.pcodes).toEqual(['YE1102']);
  });
});

describe('ProblemList', () => {
  it('counts every bad line and keeps the first 500 problems', () => {
    const list = new ProblemList();
    for (let line = 2; line < 1002; line += 1)
      list.add([{ line, field: 'count', code: 'negative' }]);
    expect(list.badRows).toBe(1000);
    expect(list.rows).toHaveLength(500);
    expect(list.isEmpty).toBe(false);
  });
});
