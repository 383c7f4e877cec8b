/**
 * A small seeded pseudo-random number generator: mulberry32 (Tommy Ettinger, public domain),
 * 32 bits of state, period 2^32, passes the gjrand and PractRand tests up to about 2^32 outputs.
 * That is plenty for Monte Carlo designs of at most a few million draws, and it is tiny,
 * portable and exactly reproducible in every JavaScript engine (only 32-bit integer operations).
 *
 * Example: `const next = mulberry32(42); next(); next();` gives the same two numbers in [0, 1)
 * on every run and machine; `mulberry32(43)` gives a different sequence.
 */

/** Returns a generator of uniform numbers in [0, 1) (multiples of 2^-32) seeded with `seed` (taken mod 2^32). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An independent seed for stream `stream` of a run seeded with `seed`: the murmur3 32-bit
 * finalizer of seed + stream x 0x9e3779b9 (golden ratio), so nearby seeds and streams give
 * unrelated sequences. Example: `mulberry32(deriveSeed(42, 1))` is the second stream of seed 42.
 */
export function deriveSeed(seed: number, stream: number): number {
  let h = ((seed >>> 0) + Math.imul(stream + 1, 0x9e3779b9)) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
