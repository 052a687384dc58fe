import { GCProfiler, getHeapStatistics } from "node:v8";

/**
 * Timing and heap measurement. Needs `node --expose-gc` (the bench script passes it): a full GC runs
 * before every measurement so that earlier work does not leak into it.
 */

/** Runs a full garbage collection (twice, so that weak and finalised objects go too). */
export function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with node --expose-gc (npm run bench does)");
  gc();
  gc();
}

export function now(): number {
  return performance.now();
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export interface Timing {
  /** Median wall time of the measured repetitions, in ms. */
  readonly ms: number;
  readonly samples: readonly number[];
}

/** Repetitions for a size: many for small inputs, few for big ones. */
export function repetitionsFor(rows: number): { warmup: number; reps: number } {
  if (rows <= 16_384) return { warmup: 5, reps: 21 };
  if (rows <= 65_536) return { warmup: 3, reps: 11 };
  if (rows <= 262_144) return { warmup: 2, reps: 5 };
  return { warmup: 1, reps: 3 };
}

/**
 * Times `fn`: `warmup` unmeasured calls, then the median of `reps` calls, with a GC before each
 * measured call. The result of each call goes to `sink` so that the work cannot be optimised away.
 */
export function time<T>(fn: () => T, warmup: number, reps: number, sink?: (result: T) => void): Timing {
  for (let i = 0; i < warmup; i++) sink?.(fn());
  const samples: number[] = [];
  for (let i = 0; i < reps; i++) {
    collect();
    const start = now();
    const result = fn();
    samples.push(now() - start);
    sink?.(result);
  }
  return { ms: median(samples), samples };
}

/**
 * Times several functions on the same input in alternation (a, b, a, b, …) so that other load on the
 * machine hits each alike; returns each one's median in the order given.
 */
export function timeAlternating(fns: readonly (() => unknown)[], warmup: number, reps: number, sink?: (result: unknown) => void): Timing[] {
  for (let i = 0; i < warmup; i++) for (const fn of fns) sink?.(fn());
  const samples: number[][] = fns.map(() => []);
  for (let i = 0; i < reps; i++) {
    fns.forEach((fn, k) => {
      collect();
      const start = now();
      const result = fn();
      samples[k].push(now() - start);
      sink?.(result);
    });
  }
  return samples.map((xs) => ({ ms: median(xs), samples: xs }));
}

/** Heap in use: the JS heap plus ArrayBuffer backing stores (typed arrays live outside the heap). */
export function heapInUse(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/**
 * Bytes retained by what `alloc` builds: heap after a GC with it alive, minus heap after a GC before.
 * Small structures are built `copies` times and the bytes divided, so that the heap's own noise (tens
 * of KB) does not swamp them; `alloc` must build the same thing every time.
 */
export function retainedBy<T>(alloc: () => T, copies = 1): { value: T; bytes: number } {
  collect();
  const before = heapInUse();
  const values: T[] = [];
  for (let c = 0; c < copies; c++) values.push(alloc());
  collect();
  const bytes = (heapInUse() - before) / copies;
  return { value: values[0], bytes };
}

/** Copies to build for retainedBy so that the total is about `target` bytes, given a first guess per copy. */
export function copiesFor(guessBytes: number, target = 32 * 2 ** 20): number {
  return Math.max(1, Math.min(256, Math.round(target / Math.max(1, guessBytes))));
}

export interface PeakHeap<T> {
  readonly result: T;
  /** Highest heap in use during the call, above the heap in use (after a GC) just before it. */
  readonly peakBytes: number;
  /** Garbage collections during the call. */
  readonly gcs: number;
}

/**
 * Peak heap growth during a synchronous call. The JS heap only grows between collections, so its peak
 * is the largest of: the heap just before each GC that ran during the call (from V8's GC profiler) and
 * the heap when the call returns. ArrayBuffer memory is added as it stands when the call returns (it is
 * freed only by a GC, and everything the call allocated is reachable until it returns). Includes garbage
 * not yet collected, so it is an upper bound on the live peak. Median of three calls.
 */
export function peakHeapDuring<T>(fn: () => T): PeakHeap<T> {
  const runs: PeakHeap<T>[] = [];
  for (let r = 0; r < 3; r++) runs.push(peakHeapOnce(fn));
  return runs.sort((a, b) => a.peakBytes - b.peakBytes)[1];
}

/** One measurement of peakHeapDuring (which takes the median of three, against the heap's noise). */
export function peakHeapOnce<T>(fn: () => T): PeakHeap<T> {
  collect();
  const m0 = process.memoryUsage();
  const profiler = new GCProfiler();
  profiler.start();
  const result = fn();
  const m1 = process.memoryUsage();
  const stats = profiler.stop();
  let peakHeap = m1.heapUsed;
  for (const s of stats?.statistics ?? []) peakHeap = Math.max(peakHeap, s.beforeGC.heapStatistics.usedHeapSize);
  const peakBytes = peakHeap - m0.heapUsed + Math.max(0, m1.arrayBuffers - m0.arrayBuffers);
  return { result, peakBytes, gcs: stats?.statistics.length ?? 0 };
}

export interface AsyncMeasurement<T> {
  readonly result: T;
  /** Wall time from the call to the settling of its promise, in ms. */
  readonly ms: number;
  /** Peak heap growth during the call, as peakHeapOnce measures it (an upper bound on the live peak). */
  readonly peakBytes: number;
  readonly gcs: number;
}

/**
 * One call of an async (or sync) function after a full GC: its wall time until the promise settles and
 * its peak heap growth, read as peakHeapOnce does (heap before each GC during the call, and at the end).
 * Time and heap come from the same call, so a slow run need not be repeated for its heap.
 */
export async function measureOnceAsync<T>(fn: () => Promise<T> | T): Promise<AsyncMeasurement<T>> {
  collect();
  const m0 = process.memoryUsage();
  const profiler = new GCProfiler();
  profiler.start();
  const start = now();
  const result = await fn();
  const elapsed = now() - start;
  const m1 = process.memoryUsage();
  const stats = profiler.stop();
  let peakHeap = m1.heapUsed;
  for (const s of stats?.statistics ?? []) peakHeap = Math.max(peakHeap, s.beforeGC.heapStatistics.usedHeapSize);
  const peakBytes = peakHeap - m0.heapUsed + Math.max(0, m1.arrayBuffers - m0.arrayBuffers);
  return { result, ms: elapsed, peakBytes, gcs: stats?.statistics.length ?? 0 };
}

/** What this thread's heap holds now, garbage included: JS heap + external memory (the measure liveAfterFullGcs reads after each full GC). */
export function liveNow(): number {
  const h = getHeapStatistics();
  return h.used_heap_size + h.external_memory;
}

/** The most held (JS heap + external memory) after any of the full collections a GC profiler saw, and how many there were. */
export function liveAfterFullGcs(stats: ReturnType<GCProfiler["stop"]>): { livePeak: number; fullGcs: number } {
  let livePeak = 0;
  let fullGcs = 0;
  for (const g of stats?.statistics ?? []) {
    if (g.gcType !== "MarkSweepCompact") continue;
    fullGcs++;
    livePeak = Math.max(livePeak, g.afterGC.heapStatistics.usedHeapSize + g.afterGC.heapStatistics.externalMemory);
  }
  return { livePeak, fullGcs };
}
