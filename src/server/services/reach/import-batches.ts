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

/**
 * Accumulates the CSV lines of a batch; the caller says when the batch ends. `handOver` lets the
 * file be read on while the batch is written (on PostgreSQL the database parses it on the other
 * core); one batch at most is in flight, and `drain` waits for it.
 */
export class BatchBuffer {
  private lines: string[] = [];
  private inFlight: Promise<unknown> = Promise.resolve();
  constructor(private readonly flush: (csv: string, rows: number) => Promise<unknown>) {}

  add(line: string): void {
    this.lines.push(line);
  }

  /** Starts writing the lines held, after the batch in flight; does not wait for the write. */
  async handOver(): Promise<void> {
    await this.inFlight;
    if (this.lines.length === 0) return;
    const lines = this.lines;
    this.lines = [];
    const write = this.flush(lines.join(''), lines.length);
    // Its failure is thrown by the next handOver or drain; until then it is not unhandled.
    write.catch(() => undefined);
    this.inFlight = write;
  }

  /** Writes every line held and waits until all are written. */
  async drain(): Promise<void> {
    await this.handOver();
    await this.inFlight;
  }

  /** Waits for the batch in flight to end, failed or not (before a transaction is let go). */
  async settle(): Promise<void> {
    await this.inFlight.catch(() => undefined);
  }
}
