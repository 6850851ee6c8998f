/**
 * Progress of a long import on stderr: a bar redrawn in place on a terminal, a plain line per
 * update otherwise (logs, CI). Written by hand: one function is all it takes.
 */
const WIDTH = 30;

/** A progress reporter over a known total (bytes of the file). */
export function progressBar(label: string, total: number, stream = process.stderr) {
  let last = '';
  return {
    update(done: number, detail: string) {
      const share = total > 0 ? Math.min(1, done / total) : 0;
      if (!stream.isTTY) {
        const line = `${label}: ${Math.round(share * 100)}% ${detail}`;
        if (line !== last) stream.write(`${line}\n`);
        last = line;
        return;
      }
      const filled = Math.round(share * WIDTH);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
      stream.write(`\r${label} ${bar} ${String(Math.round(share * 100)).padStart(3)}% ${detail}`);
    },
    finish() {
      if (stream.isTTY) stream.write('\n');
    },
  };
}
