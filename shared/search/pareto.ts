/**
 * Pareto frontier (all objectives minimized): the points no other point dominates.
 */

/** True when `a` is no worse than `b` on every objective and better on at least one. */
export function dominates(a: readonly number[], b: readonly number[]): boolean {
  let better = false;
  for (let i = 0; i < a.length; i++) {
    if (a[i]! > b[i]!) return false;
    if (a[i]! < b[i]!) better = true;
  }
  return better;
}

/**
 * Indexes of the non-dominated points, in input order. Points with equal vectors are all
 * kept (none dominates the other). Sorts by the first objective, then compares each point
 * with the frontier so far: O(n x frontier). Example: [[1,3],[2,2],[3,1],[3,3]] → [0, 1, 2].
 */
export function paretoFront(points: readonly (readonly number[])[]): number[] {
  const order = points.map((_, i) => i);
  order.sort((i, j) => {
    const a = points[i]!;
    const b = points[j]!;
    for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! - b[k]!;
    return i - j;
  });
  const front: number[] = [];
  for (const i of order) {
    // Lexicographic order: no later point dominates an earlier one, so a point only needs
    // checking against the frontier found before it.
    if (!front.some((f) => dominates(points[f]!, points[i]!))) front.push(i);
  }
  return front.sort((a, b) => a - b);
}
