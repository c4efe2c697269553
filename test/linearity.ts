// Through globalThis, so packages type-checked without Node's types (browser-safe ones) can use this too.
const clock = (globalThis as unknown as { performance: { now(): number } }).performance;

/**
 * How many times longer than linear growth `run` takes on an input `factor` times as large:
 * about 1 for linear work, about `factor` for quadratic work, so a test can tell the two apart
 * with a generous margin and hold nothing to a wall-clock limit. The small input is run `factor`
 * times per try, so both sides do the same work when the growth is linear. The sides take turns,
 * and each is the fastest of its tries, so a busy machine's pauses count as little as possible.
 */
export function growthBeyondLinear<T>(make: (size: number) => T, run: (input: T) => unknown, size: number, factor: number, tries = 5): number {
  const small = make(size);
  const large = make(size * factor);
  const time = (input: T, times: number): number => {
    const start = clock.now();
    for (let i = 0; i < times; i++) run(input);
    return clock.now() - start;
  };
  time(small, factor); // warms the code up before either size is measured
  let smallBest = Infinity;
  let largeBest = Infinity;
  for (let i = 0; i < tries; i++) {
    smallBest = Math.min(smallBest, time(small, factor));
    largeBest = Math.min(largeBest, time(large, 1));
  }
  return largeBest / Math.max(smallBest, 0.01);
}

/**
 * Counts the work a function does on arrays: `counted(array)` returns a view of the array that
 * counts every read of one of its elements, and `reads()` says how many there were so far.
 */
export function elementReads() {
  let reads = 0;
  const counted = <T extends object>(array: T): T =>
    new Proxy(array, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/u.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  return { counted, reads: () => reads };
}
