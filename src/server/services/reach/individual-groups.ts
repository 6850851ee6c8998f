/**
 * The running aggregate of an individual-level import: people grouped by place and period, each
 * group counted by sex × bracket × disability with core's aggregateIndividuals. Memory grows with
 * the number of places × periods, never with the number of people.
 */
import {
  aggregateIndividuals,
  type IndividualRow,
} from '../../../core/reach/aggregate-individuals.js';
import type { AgeBracketSet } from '../../../core/reach/age-brackets.js';
import type { StagedPerson } from '../../../core/reach/read-import-row.js';
import { groupLine } from './import-batches.js';

const FLUSH_EVERY = 5_000;

/** Accumulates validated people and yields the staged cells of every group at the end. */
export class IndividualGroups {
  private readonly counts = new Map<string, Map<string, number>>();
  private pending = new Map<string, IndividualRow[]>();
  private pendingCount = 0;

  constructor(private readonly brackets: AgeBracketSet) {}

  add(person: StagedPerson): void {
    const key = `${person.pcode}|${person.period.start}|${person.period.end}`;
    const list = this.pending.get(key);
    if (list) list.push(person.row);
    else this.pending.set(key, [person.row]);
    if (++this.pendingCount >= FLUSH_EVERY) this.fold();
  }

  /** The staged CSV lines of every cell of every group, zeros included. */
  lines(): string[] {
    this.fold();
    return [...this.counts].flatMap(([key, cells]) => {
      const [pcode, periodStart, periodEnd] = key.split('|') as [string, string, string];
      return [...cells].map(([cell, count]) => {
        const [sex, bracket, disability] = cell.split('|');
        return groupLine({ pcode, periodStart, periodEnd }, {
          sex,
          bracket,
          disability,
          count,
        } as Parameters<typeof groupLine>[1]);
      });
    });
  }

  get groups(): number {
    return this.counts.size + this.pending.size;
  }

  private fold(): void {
    for (const [key, rows] of this.pending) {
      const cells = this.counts.get(key) ?? new Map<string, number>();
      for (const g of aggregateIndividuals(rows, { brackets: this.brackets })) {
        const cell = `${g.sex}|${g.bracket}|${g.disability}`;
        cells.set(cell, (cells.get(cell) ?? 0) + g.count);
      }
      this.counts.set(key, cells);
    }
    this.pending = new Map();
    this.pendingCount = 0;
  }
}
