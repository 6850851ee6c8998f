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

/** Tracks the lines of each P-code met, to report unknown ones by line (bounded per P-code). */
export class PcodeLines {
  private readonly lines = new Map<string, number[]>();

  add(pcode: string, line: number): void {
    const list = this.lines.get(pcode);
    if (!list) this.lines.set(pcode, [line]);
    else if (list.length < 20) list.push(line);
  }

  get pcodes(): string[] {
    return [...this.lines.keys()];
  }

  linesOf(pcode: string): number[] {
    return this.lines.get(pcode) ?? [];
  }
}
