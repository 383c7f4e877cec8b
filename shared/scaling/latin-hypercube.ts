/**
 * Latin hypercube sampling (McKay, Beckman and Conover 1979): n samples in d dimensions such
 * that, in every dimension, exactly one sample falls in each of the n equal strata
 * [i/n, (i+1)/n). Each dimension gets its own random permutation of the strata and a uniform
 * jitter inside its stratum, both from the seeded mulberry32 generator, so the design is a
 * pure function of (n, d, seed).
 *
 * Example: `latinHypercube(4, 2, 7)` gives 8 numbers (row-major, sample by sample); the four
 * values of each column fall one in each of [0, .25), [.25, .5), [.5, .75), [.75, 1).
 */
import { mulberry32 } from './seeded-random.ts';

/** The design as a row-major n x d matrix of u values in [0, 1): u(i, j) = out[i * d + j]. */
export function latinHypercube(n: number, d: number, seed: number): Float64Array {
  const out = new Float64Array(n * d);
  const next = mulberry32(seed);
  const perm = new Uint32Array(n);
  for (let j = 0; j < d; j++) {
    for (let i = 0; i < n; i++) perm[i] = i;
    // Fisher-Yates shuffle.
    for (let i = n - 1; i > 0; i--) {
      const k = Math.floor(next() * (i + 1));
      const t = perm[i]!;
      perm[i] = perm[k]!;
      perm[k] = t;
    }
    for (let i = 0; i < n; i++) out[i * d + j] = (perm[i]! + next()) / n;
  }
  return out;
}
