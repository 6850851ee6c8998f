/** Problems found while an import streams: the first few hundred kept, every bad line counted. */
import { AppError } from '../../../core/errors.js';
import type { RowProblem } from '../../../core/reach/read-import-row.js';

export const MAX_REPORTED_PROBLEMS = 500;

/** Collects row problems in bounded memory. */
export class ProblemList {
  readonly rows: RowProblem[] = [];
  private lastLine = -1;
  badRows = 0;

  add(problems: readonly RowProblem[]): void {
    for (const problem of problems) {
      if (problem.line !== this.lastLine) this.badRows += 1;
      this.lastLine = problem.line;
      if (this.rows.length < MAX_REPORTED_PROBLEMS) this.rows.push(problem);
    }
  }

  get isEmpty(): boolean {
    return this.badRows === 0;
  }

  /** The `validation_failed` error listing the rows, as the feedback log import does. */
  toError(): AppError {
    return new AppError('validation_failed', 'reach.import_invalid_rows', {
      rows: [...this.rows].sort((a, b) => a.line - b.line),
      badRows: this.badRows,
    });
  }
}

const LINES_PER_PCODE = 20;

interface DatedLine {
  line: number;
  on: string;
}

/**
 * The lines of each P-code met, bounded per P-code: the first ones, to report an unknown P-code,
 * and the latest-dated ones, to report rows dated on or after the place's retirement.
 */
export class PcodeLines {
  private readonly seen = new Map<string, { first: number[]; latest: DatedLine[] }>();

  /** A line naming `pcode`, for records dated `on` (YYYY-MM-DD). */
  add(pcode: string, line: number, on: string): void {
    let entry = this.seen.get(pcode);
    if (!entry) this.seen.set(pcode, (entry = { first: [], latest: [] }));
    if (entry.first.length < LINES_PER_PCODE) entry.first.push(line);
    const latest = entry.latest;
    if (latest.length === LINES_PER_PCODE) {
      if (on <= latest[LINES_PER_PCODE - 1]!.on) return;
      latest.pop();
    }
    // Kept latest date first: one insertion step per line.
    let i = latest.length;
    latest.push({ line, on });
    while (i > 0 && latest[i - 1]!.on < on) {
      latest[i] = latest[i - 1]!;
      latest[i - 1] = { line, on };
      i -= 1;
    }
  }

  get pcodes(): string[] {
    return [...this.seen.keys()];
  }

  linesOf(pcode: string): number[] {
    return this.seen.get(pcode)?.first ?? [];
  }

  /** Lines of `pcode` dated on or after `date`, in line order (at most 20 are kept). */
  linesFrom(pcode: string, date: string): number[] {
    return (this.seen.get(pcode)?.latest ?? [])
      .filter((l) => l.on >= date)
      .map((l) => l.line)
      .sort((a, b) => a - b);
  }
}
