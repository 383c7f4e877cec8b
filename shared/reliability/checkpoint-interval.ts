/**
 * Checkpoint interval τ (compute time between checkpoints) from the blocking write time δ and
 * the mean time to interruption M, in one unit (minutes here)
 * (docs/model.md, "Reliability").
 */
import type { CheckpointIntervalMode } from '../scenario/reliability-schema.ts';

/**
 * Young (1974): τ = sqrt(2·δ·M). Example: δ = 5 min, M = 24 h = 1,440 min → 120 min.
 */
export function youngIntervalMinutes(writeMinutes: number, mttiMinutes: number): number {
  return Math.sqrt(2 * writeMinutes * mttiMinutes);
}

/**
 * Daly (2006), higher order: τ = sqrt(2δM)·[1 + (1/3)·sqrt(δ/(2M)) + (1/9)·(δ/(2M))] − δ for
 * δ < 2M, else τ = M. Example: δ = 5, M = 1,440 → 120 x 1.014082 − 5 = 116.69 min.
 */
export function dalyIntervalMinutes(writeMinutes: number, mttiMinutes: number): number {
  if (writeMinutes >= 2 * mttiMinutes) return mttiMinutes;
  const x = writeMinutes / (2 * mttiMinutes);
  return Math.sqrt(2 * writeMinutes * mttiMinutes) * (1 + Math.sqrt(x) / 3 + x / 9) - writeMinutes;
}

/**
 * The interval a mode gives; null for Young and Daly when nothing interrupts (never
 * checkpoint). Example: ('fixed', 60, 0.5, 167) → 60; ('young', 60, 0.5, 167) → 12.9.
 */
export function checkpointIntervalMinutes(
  mode: CheckpointIntervalMode,
  fixedMinutes: number,
  writeMinutes: number,
  mttiMinutes: number | null,
): number | null {
  if (mode === 'fixed') return fixedMinutes;
  if (mttiMinutes === null) return null;
  return mode === 'young'
    ? youngIntervalMinutes(writeMinutes, mttiMinutes)
    : dalyIntervalMinutes(writeMinutes, mttiMinutes);
}
