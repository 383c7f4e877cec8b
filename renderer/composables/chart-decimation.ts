/**
 * Thins a line chart's points before Chart.js draws them, so a 10,000-point sweep draws in a
 * frame instead of stalling the page. Chart.js's own decimation plugin needs a linear or time
 * x axis; the sweep charts use a logarithmic one, so the points are thinned here.
 *
 * The method is M4: the points (sorted by x) are cut into equal runs and each run keeps its
 * first and last point and the first point at its lowest and at its highest y. The line drawn
 * through what is kept has the same extremes as the full line, the same ends and, for a step
 * line, its steps where they were (the first point of a new level is a run's lowest or highest).
 * It only chooses which points to draw; every value kept is the model's, unchanged.
 *
 * Example: decimatePoints(10,000 points, 2,000) → at most 2,000 points, the minimum and the
 * maximum among them; decimatePoints(31 points, 2,000) → the same 31 points.
 */

/** A chart point: x and y in the chart's units. */
export interface ChartPoint {
  x: number;
  y: number;
}

/** Most points a sweep line draws: about two per pixel of a wide chart. */
export const MAX_LINE_POINTS = 2000;

/**
 * At most `maxPoints` of `points` (sorted by x), in order, keeping each run's first, last,
 * lowest and highest point. Returns `points` itself when it is short enough.
 */
export function decimatePoints<P extends ChartPoint>(points: P[], maxPoints = MAX_LINE_POINTS): P[] {
  if (points.length <= maxPoints || maxPoints < 4) return points;
  const runs = Math.floor(maxPoints / 4);
  const out: P[] = [];
  for (let r = 0; r < runs; r++) {
    const start = Math.floor((r * points.length) / runs);
    const end = Math.floor(((r + 1) * points.length) / runs);
    if (end <= start) continue;
    let lo = start;
    let hi = start;
    for (let i = start + 1; i < end; i++) {
      if (points[i]!.y < points[lo]!.y) lo = i;
      if (points[i]!.y > points[hi]!.y) hi = i;
    }
    // The four indices in x order, each once.
    const keep = [...new Set([start, lo, hi, end - 1])].sort((a, b) => a - b);
    for (const i of keep) out.push(points[i]!);
  }
  return out;
}
