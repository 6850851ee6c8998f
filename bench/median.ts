/** Median duration (ms) of `rounds` runs of `work`, after `warmUp` throw-away runs. */
export async function median(
  rounds: number,
  work: () => Promise<unknown>,
  warmUp = Math.min(20, rounds),
): Promise<number> {
  for (let i = 0; i < warmUp; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
