/** The CSV lines that go into the staging tables, in batches. */
import type { GroupCount } from '../../../core/reach/aggregate-individuals.js';
import type { StagedCell, StagedPerson } from '../../../core/reach/read-import-row.js';
import {
  WG_DOMAINS,
  deriveDisability,
  parseWgAnswer,
} from '../../../core/reach/washington-group.js';
import { parseSex } from '../../../core/reach/sex.js';
import { csvField } from './staging.js';

/** One staged cell (its fields are validated codes, dates and numbers: no quoting needed). */
export function cellLine(c: StagedCell): string {
  return `${c.line},${c.pcode},${c.periodStart},${c.periodEnd},${c.sex},${c.bracket},${c.disability},${c.count}\n`;
}

/** A cell of the aggregate of individual rows. */
export function groupLine(
  key: { pcode: string; periodStart: string; periodEnd: string },
  g: GroupCount,
): string {
  return `0,${key.pcode},${key.periodStart},${key.periodEnd},${g.sex},${g.bracket},${g.disability},${g.count}\n`;
}

/** One person kept (only when the organisation keeps individual records). */
export function personLine(p: StagedPerson, wgMinimumAge = 5): string {
  const age = Math.floor(Number(p.row.age));
  const answers = Object.fromEntries(
    WG_DOMAINS.map((d) => {
      const answer = parseWgAnswer(p.row.answers[d]);
      return [d, answer === 'missing' || answer === undefined ? null : answer];
    }),
  );
  const disability = age < wgMinimumAge ? 'unknown' : deriveDisability(p.row.answers);
  return [
    p.line,
    p.pcode,
    p.period.start,
    p.period.end,
    p.reachedOn,
    age,
    parseSex(p.row.sex) ?? 'not_stated',
    JSON.stringify(answers),
    disability,
  ]
    .map((v) => csvField(v))
    .join(',')
    .concat('\n');
}

/** Accumulates CSV lines and hands them over when a batch is full. */
export class BatchBuffer {
  private lines: string[] = [];
  constructor(
    private readonly size: number,
    private readonly flush: (csv: string, rows: number) => Promise<void>,
  ) {}

  async push(line: string): Promise<void> {
    if (this.add(line)) await this.drain();
  }

  /** Adds a line without waiting; true when the batch is full and should be drained. */
  add(line: string): boolean {
    this.lines.push(line);
    return this.lines.length >= this.size;
  }

  async drain(): Promise<void> {
    if (this.lines.length === 0) return;
    const lines = this.lines;
    this.lines = [];
    await this.flush(lines.join(''), lines.length);
  }
}
