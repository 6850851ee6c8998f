/**
 * Group commit: concurrent callers' items are written together, one transaction for all that
 * arrived while the previous one was in flight. An idle caller waits for nobody (a batch of one
 * goes at once); under load, N messages cost one round of statements instead of N. Each caller's
 * promise settles only after the commit that holds its item.
 */

export interface GroupCommitOptions {
  /** The most items one transaction takes. */
  maxBatch: number;
}

interface Pending<I, R> {
  item: I;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Wraps `write` (which must return one result per item, in order, and write all or nothing) into a
 * per-item function. When a batch of several fails, each item is retried alone, so one bad item
 * fails only its own caller.
 */
export function createGroupCommit<I, R>(
  write: (items: I[]) => Promise<R[]>,
  { maxBatch }: GroupCommitOptions,
): (item: I) => Promise<R> {
  const queue: Pending<I, R>[] = [];
  let writing = false;

  async function writeAlone(pending: Pending<I, R>) {
    try {
      const [result] = await write([pending.item]);
      pending.resolve(result as R);
    } catch (error) {
      pending.reject(error);
    }
  }

  async function drain() {
    writing = true;
    while (queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      try {
        const results = await write(batch.map((p) => p.item));
        batch.forEach((p, i) => p.resolve(results[i] as R));
      } catch (error) {
        if (batch.length === 1) batch[0]!.reject(error);
        else for (const pending of batch) await writeAlone(pending);
      }
    }
    writing = false;
  }

  return (item) =>
    new Promise<R>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (!writing) void drain();
    });
}
