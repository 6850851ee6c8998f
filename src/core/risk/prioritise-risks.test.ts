import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeRisk } from './compute-risk.js';
import { prioritiseRisks } from './prioritise-risks.js';

const at = (id: string, threat: number, vulnerability: number, capacity: number) => ({
  id,
  risk: computeRisk({ threat, vulnerability, capacity }),
});

describe('prioritiseRisks', () => {
  it('ranks by score, keeping input order among equals', () => {
    const ranked = prioritiseRisks([
      at('YE1101 gbv', 3, 3, 3),
      at('YE1102 eviction', 5, 5, 1),
      at('YE1103 detention', 3, 3, 3),
      at('YE1104 eo', 2, 2, 4),
    ]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ['YE1102 eviction', 1],
      ['YE1101 gbv', 2],
      ['YE1103 detention', 2],
      ['YE1104 eo', 4],
    ]);
  });

  it('breaks equal scores by severity when items come from different band sets', () => {
    const a = { id: 'a', risk: { score: 6, severity: 3, band: 'x', label: 'x' } };
    const b = { id: 'b', risk: { score: 6, severity: 4, band: 'y', label: 'y' } };
    expect(prioritiseRisks([a, b]).map((r) => r.id)).toEqual(['b', 'a']);
  });

  it('is a stable permutation sorted by score', () => {
    const r = fc.integer({ min: 1, max: 5 });
    fc.assert(
      fc.property(fc.array(fc.tuple(r, r, r), { maxLength: 30 }), (triples) => {
        const items = triples.map(([t, v, c], i) => at(String(i), t, v, c));
        const ranked = prioritiseRisks(items);
        expect(ranked.map((x) => x.id).sort()).toEqual(items.map((x) => x.id).sort());
        ranked.slice(1).forEach((item, i) => {
          const prev = ranked[i]!;
          expect(prev.risk.score).toBeGreaterThanOrEqual(item.risk.score);
          if (prev.risk.score === item.risk.score) {
            expect(Number(prev.id)).toBeLessThan(Number(item.id));
            expect(prev.rank).toBe(item.rank);
          } else expect(item.rank).toBe(i + 2);
        });
      }),
    );
  });
});
