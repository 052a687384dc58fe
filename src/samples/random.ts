/**
 * A small seeded pseudo-random generator (mulberry32) for sample and benchmark data: the same seed
 * gives the same sequence on every machine. Returns floats in [0, 1). Not for anything secret.
 *
 * @example
 * const next = seededRandom(42); next() === seededRandom(42)() //=> true
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
