import { describe, expect, it } from 'vitest';
import { computeCoverage } from './compute-coverage.js';

const trained = new Map([
  ['psea', new Set(['a', 'b', 'x'])],
  ['data_protection', new Set(['a'])],
] as const);

describe('computeCoverage', () => {
  it.each([
    // staff, topic, trained, percent, below an 80 % target
    [['a', 'b', 'c', 'd'], 'psea', 2, 50, true],
    [['a', 'b'], 'psea', 2, 100, false],
    [['a', 'b', 'c'], 'data_protection', 1, 33.3, true],
    [['c'], 'gbv_risk_mitigation', 0, 0, true],
  ] as const)('staff %j on %s: %i trained, %d %%', (staffIds, topic, count, percent, below) => {
    const [row] = computeCoverage([{ projectId: 'p', staffIds }], [topic], trained, 80);
    expect(row).toMatchObject({ trained: count, staff: staffIds.length, percent });
    expect(row!.isBelowTarget).toBe(below);
  });

  it('counts nobody outside the staff list and gives no percentage without staff', () => {
    const [row] = computeCoverage([{ projectId: 'p', staffIds: [] }], ['psea'], trained, 80);
    expect(row).toMatchObject({ staff: 0, trained: 0, percent: null, isBelowTarget: false });
  });

  it('gives one row per project × topic', () => {
    const rows = computeCoverage(
      [
        { projectId: 'p', staffIds: ['a'] },
        { projectId: 'q', staffIds: ['b'] },
      ],
      ['psea', 'data_protection'],
      trained,
      50,
    );
    expect(rows.map((r) => `${r.projectId}:${r.topic}:${r.isBelowTarget}`)).toEqual([
      'p:psea:false',
      'p:data_protection:false',
      'q:psea:false',
      'q:data_protection:true',
    ]);
  });
});
