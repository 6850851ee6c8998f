import { describe, expect, it } from 'vitest';
import { createGroupCommit } from './group-commit.js';

/** A writer that records its batches and resolves when `release` is called. */
function recordingWriter(fail: (item: number) => boolean = () => false) {
  const batches: number[][] = [];
  let release: () => void = () => {};
  const write = async (items: number[]) => {
    batches.push(items);
    await new Promise<void>((resolve) => (release = resolve));
    if (items.some(fail)) throw new Error(`bad item in ${items.join(',')}`);
    return items.map((item) => item * 10);
  };
  return { batches, write, release: () => release() };
}

async function settle() {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}

describe('createGroupCommit', () => {
  it('writes an item alone at once when idle, and groups what arrives while a write is in flight', async () => {
    const writer = recordingWriter();
    const submit = createGroupCommit(writer.write, { maxBatch: 10 });
    const first = submit(1);
    const rest = [submit(2), submit(3), submit(4)];
    await settle();
    expect(writer.batches).toEqual([[1]]);
    writer.release();
    await settle();
    expect(writer.batches).toEqual([[1], [2, 3, 4]]);
    writer.release();
    expect(await first).toBe(10);
    expect(await Promise.all(rest)).toEqual([20, 30, 40]);
  });

  it('never puts more than maxBatch items in one write', async () => {
    const writer = recordingWriter();
    const submit = createGroupCommit(writer.write, { maxBatch: 2 });
    const all = [1, 2, 3, 4, 5].map(submit);
    for (let i = 0; i < 4; i++) {
      await settle();
      writer.release();
    }
    expect(await Promise.all(all)).toEqual([10, 20, 30, 40, 50]);
    expect(writer.batches).toEqual([[1], [2, 3], [4, 5]]);
  });

  it('retries each item of a failed batch alone, so only the bad item fails', async () => {
    const writer = recordingWriter((item) => item === 3);
    const submit = createGroupCommit(writer.write, { maxBatch: 10 });
    const settled = Promise.allSettled([1, 2, 3, 4].map(submit));
    for (let i = 0; i < 6; i++) {
      await settle();
      writer.release();
    }
    const results = await settled;
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    expect(writer.batches).toEqual([[1], [2, 3, 4], [2], [3], [4]]);
  });

  it('keeps serving after a failure', async () => {
    const writer = recordingWriter((item) => item === 1);
    const submit = createGroupCommit(writer.write, { maxBatch: 10 });
    const failed = expect(submit(1)).rejects.toThrow('bad item');
    await settle();
    writer.release();
    await failed;
    const next = submit(2);
    await settle();
    writer.release();
    expect(await next).toBe(20);
  });
});
