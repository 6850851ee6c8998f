import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rawChunks, UncertainFile } from './raw-chunks.js';

/** The file as pieces cut at the given byte positions, as a stream delivers it. */
function streamOf(text: string, cuts: number[] = []): Readable {
  const bytes = Buffer.from(text);
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const pieces = [0, ...at, bytes.length]
    .slice(1)
    .map((end, i) => bytes.subarray([0, ...at][i], end));
  return Readable.from(pieces);
}

async function chunksOf(text: string, headerLines: number, rows: number, cuts: number[] = []) {
  const out: { text: string; rows: number }[] = [];
  for await (const chunk of rawChunks(streamOf(text, cuts), headerLines, rows))
    out.push({ text: chunk.bytes.toString(), rows: chunk.rows });
  return out;
}

describe('rawChunks', () => {
  it('passes over the header and cuts the data into chunks of whole lines', async () => {
    const file = 'a,b\n1,2\n3,4\n5,6\n';
    expect(await chunksOf(file, 1, 2)).toEqual([
      { text: '1,2\n3,4\n', rows: 2 },
      { text: '5,6\n', rows: 1 },
    ]);
  });

  it('counts a last line without its line ending, and passes over an HXL hashtag row', async () => {
    expect(await chunksOf('a,b\r\n#adm1,#reached\r\n1,2\r\n3,4', 2, 10)).toEqual([
      { text: '1,2\r\n3,4', rows: 2 },
    ]);
  });

  it('yields nothing for a file of header lines only', async () => {
    expect(await chunksOf('a,b\n', 1, 10)).toEqual([]);
    expect(await chunksOf('a,b', 1, 10)).toEqual([]);
  });

  it('gives the same chunks however the stream cuts the bytes', async () => {
    const lines = Array.from({ length: 23 }, (_, i) => `SD${i},2024-01-01,${i}`);
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.integer({ min: 1, max: 9 }),
        async (crlf, finalEnding, cuts, rows) => {
          const eol = crlf ? '\r\n' : '\n';
          const file = `p,d,c${eol}${lines.join(eol)}${finalEnding ? eol : ''}`;
          const whole = await chunksOf(file, 1, rows);
          expect(await chunksOf(file, 1, rows, cuts)).toEqual(whole);
          expect(whole.map((c) => c.text).join('')).toBe(file.slice(`p,d,c${eol}`.length));
          expect(whole.reduce((n, c) => n + c.rows, 0)).toBe(lines.length);
          expect(whole.slice(0, -1).every((c) => c.rows === rows)).toBe(true);
        },
      ),
    );
  });

  it.each([
    ['a quoted field', 'a,b\n"1",2\n', 'quoted_field'],
    ['a backslash (the COPY end marker)', 'a,b\n1,2\n\\.\n3,4\n', 'backslash'],
    ['an empty line', 'a,b\n1,2\n\n3,4\n', 'empty_line'],
    ['an empty line in CRLF', 'a,b\r\n1,2\r\n\r\n3,4\r\n', 'empty_line'],
    ['an empty header line', '\na,b\n1,2\n', 'empty_line'],
    ['a LF line in a CRLF file', 'a,b\r\n1,2\n3,4\r\n', 'line_endings'],
    ['a CRLF line in a LF file', 'a,b\n1,2\r\n3,4\n', 'line_endings'],
    ['a lone carriage return', 'a,b\n1,\r2\n', 'line_endings'],
    ['a carriage return at the end', 'a,b\r\n1,2\r', 'line_endings'],
  ])('refuses %s, whatever the cuts', async (_name, file, reason) => {
    for (const cuts of [[], [1], [5, 6], [7, 8, 9, 10]]) {
      const error = await chunksOf(file, 1, 1, cuts).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UncertainFile);
      expect((error as UncertainFile).reason).toBe(reason);
    }
  });
});
