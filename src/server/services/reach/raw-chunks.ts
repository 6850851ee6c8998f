/**
 * The data lines of a plain CSV file, in chunks of whole lines, for COPY into a table of text
 * columns (decision 031). Only files that csv-parse and COPY must split the same way pass: no
 * double quote and no backslash anywhere (so no quoted field, and no `\.` end marker), no empty
 * line, and one line ending throughout (`\n`, or `\r\n` as the header has it). Anything else throws
 * `UncertainFile`, and the caller reads the file row by row instead.
 */
import type { Readable } from 'node:stream';

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The file cannot be handed to the database as it is; the row-by-row reader decides. */
export class UncertainFile extends Error {
  constructor(
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`not checked in the database: ${reason}`, options);
    this.name = 'UncertainFile';
  }
}

export interface RawChunk {
  bytes: Buffer;
  rows: number;
}

/**
 * Skips the first `headerLines` lines, then yields the rest in chunks of `rowsPerChunk` lines
 * (the last one shorter, its final line ending optional).
 */
export async function* rawChunks(
  stream: Readable,
  headerLines: number,
  rowsPerChunk: number,
): AsyncGenerator<RawChunk> {
  const scan = new LineScan(headerLines);
  try {
    for await (const piece of stream as AsyncIterable<Buffer>) {
      for (const chunk of scan.take(piece, rowsPerChunk)) yield chunk;
    }
    const last = scan.end();
    if (last) yield last;
  } finally {
    stream.destroy();
  }
}

class LineScan {
  private pending: Buffer[] = [];
  private rows = 0;
  /** Header lines still to pass over; the line ending is learnt from the first line. */
  private headerLeft: number;
  private crlf: boolean | undefined;
  /** Bytes of the line not yet ended (it may run over pieces), and the last byte seen. */
  private lineLength = 0;
  private previous = -1;
  /** A piece ended on a carriage return: the next must start with a line feed. */
  private carriageReturnOpen = false;

  constructor(headerLines: number) {
    this.headerLeft = headerLines;
  }

  *take(piece: Buffer, rowsPerChunk: number): Generator<RawChunk> {
    if (piece.length === 0) return;
    if (piece.indexOf(QUOTE) !== -1) throw new UncertainFile('quoted_field');
    if (piece.indexOf(BACKSLASH) !== -1) throw new UncertainFile('backslash');
    this.checkCarriageReturns(piece);
    let from = 0;
    let lineStart = 0;
    for (let at = piece.indexOf(LF); at !== -1; at = piece.indexOf(LF, at + 1)) {
      const before = at > lineStart ? piece[at - 1] : this.previous;
      this.endLine(this.lineLength + at - lineStart, before === CR);
      lineStart = at + 1;
      if (this.headerLeft > 0) {
        this.headerLeft -= 1;
        from = lineStart;
        continue;
      }
      this.rows += 1;
      if (this.rows === rowsPerChunk) {
        this.pending.push(piece.subarray(from, lineStart));
        from = lineStart;
        yield this.flush();
      }
    }
    this.lineLength += piece.length - lineStart;
    this.previous = piece[piece.length - 1]!;
    if (this.headerLeft === 0 && from < piece.length) this.pending.push(piece.subarray(from));
  }

  /** What is left: the last chunk, counting a last line without its line ending. */
  end(): RawChunk | undefined {
    if (this.carriageReturnOpen) throw new UncertainFile('line_endings');
    if (this.headerLeft > 0) return undefined;
    if (this.lineLength > 0) this.rows += 1;
    return this.rows > 0 ? this.flush() : undefined;
  }

  private flush(): RawChunk {
    const chunk = { bytes: Buffer.concat(this.pending), rows: this.rows };
    this.pending = [];
    this.rows = 0;
    return chunk;
  }

  /** A line ended: it has bytes, and ends as the first line did. */
  private endLine(length: number, endsWithCarriageReturn: boolean): void {
    this.crlf ??= endsWithCarriageReturn;
    if (endsWithCarriageReturn !== this.crlf) throw new UncertainFile('line_endings');
    if (length - (this.crlf ? 1 : 0) <= 0) throw new UncertainFile('empty_line');
    this.lineLength = 0;
  }

  /** A carriage return is allowed only right before a line feed. */
  private checkCarriageReturns(piece: Buffer): void {
    if (this.carriageReturnOpen && piece[0] !== LF) throw new UncertainFile('line_endings');
    this.carriageReturnOpen = false;
    for (let at = piece.indexOf(CR); at !== -1; at = piece.indexOf(CR, at + 1)) {
      if (at === piece.length - 1) this.carriageReturnOpen = true;
      else if (piece[at + 1] !== LF) throw new UncertainFile('line_endings');
    }
  }
}
