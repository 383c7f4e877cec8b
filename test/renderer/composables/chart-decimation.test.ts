/**
 * Line-chart thinning (M4): at most the asked number of points, in x order, with the first and
 * last point, every run's lowest and highest, and a step line's steps where they were.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decimatePoints, MAX_LINE_POINTS } from '../../../renderer/composables/chart-decimation.ts';

const pts = (ys: number[]) => ys.map((y, i) => ({ x: i, y }));

test('worked by hand: 12 points into two runs of six', () => {
  // Runs of 8 / 4 = 2: indices 0-5 and 6-11.
  // Run 0, y 3 1 4 1 5 9: first 0, lowest 1 (the first 1), highest 5 (9), last 5 -> 0, 1, 5.
  // Run 1, y 2 6 5 3 5 8: first 6, lowest 6 (2), highest 11 (8), last 11 -> 6, 11.
  const kept = decimatePoints(pts([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8]), 8);
  assert.deepEqual(
    kept.map((p) => p.x),
    [0, 1, 5, 6, 11],
  );
});

test('a short line is drawn whole', () => {
  const line = pts([5, 4, 3]);
  assert.equal(decimatePoints(line, 8), line);
  const sweep31 = pts(Array.from({ length: 31 }, (_, i) => 1000 / (i + 1)));
  assert.equal(decimatePoints(sweep31).length, 31);
});

test('10,000 sweep points: at most 2,000 kept, ends and extremes kept, x in order', () => {
  // A falling cost per accelerator with a noise term and one spike at index 7,777 (the highest
  // value, 5,000) and one dip at index 1,234 (the lowest, 1).
  const ys = Array.from({ length: 10_000 }, (_, i) => 2000 - i / 10 + ((i * 37) % 11));
  ys[7777] = 5000;
  ys[1234] = 1;
  const line = pts(ys);
  const kept = decimatePoints(line);
  assert.ok(kept.length <= MAX_LINE_POINTS, `${kept.length} points`);
  assert.ok(kept.length >= MAX_LINE_POINTS / 2, `${kept.length} points`);
  assert.equal(kept[0], line[0]);
  assert.equal(kept.at(-1), line.at(-1));
  assert.ok(kept.includes(line[7777]!), 'the spike is drawn');
  assert.ok(kept.includes(line[1234]!), 'the dip is drawn');
  assert.equal(Math.max(...kept.map((p) => p.y)), 5000);
  assert.equal(Math.min(...kept.map((p) => p.y)), 1);
  for (let i = 1; i < kept.length; i++) assert.ok(kept[i]!.x > kept[i - 1]!.x, `x order at ${i}`);
});

test('a step line (tiers) keeps the first point of every level', () => {
  // Tiers 2 up to index 2,999, 3 up to 7,499, then 4: the steps start at 3,000 and 7,500.
  const tiers = pts(Array.from({ length: 10_000 }, (_, i) => (i < 3000 ? 2 : i < 7500 ? 3 : 4)));
  const kept = decimatePoints(tiers, 400);
  assert.ok(kept.length <= 400);
  const starts = kept.filter((p, i) => i > 0 && p.y !== kept[i - 1]!.y).map((p) => p.x);
  assert.deepEqual(starts, [3000, 7500]);
});
