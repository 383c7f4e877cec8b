/**
 * What interruptions cost (docs/model.md, "Reliability", a derived form; no
 * published formula exists): accelerator-hours lost per year and their value at a user-set
 * price of an accelerator-hour, for all causes and for the network's share.
 */
import { HOURS_PER_YEAR } from '../power/power-rollup.ts';

/**
 * Accelerator-hours lost per year: N x 8,760 h x (1 − ETTR) x (1 + f_2nd), where f_2nd is the
 * extra loss from pre-empted neighbouring jobs. Example: 16,384 accelerators at
 * ETTR 0.9, f_2nd = 0 → 14.35 M accelerator-hours.
 */
export function downtimeAcceleratorHoursPerYear(accelerators: number, ettr: number, secondOrderLoss: number): number {
  return accelerators * HOURS_PER_YEAR * (1 - ettr) * (1 + secondOrderLoss);
}

/**
 * Event form: events per year x hours lost per event x accelerators in the job x
 * (1 + f_2nd). Example: 236.6 events, 25 min, 16,384 → 1.615 M
 * accelerator-hours per year, 3.23 M USD at 2 USD per accelerator-hour.
 */
export function downtimeFromEvents(
  eventsPerYear: number,
  hoursLostPerEvent: number,
  accelerators: number,
  secondOrderLoss: number,
): number {
  return eventsPerYear * hoursLostPerEvent * accelerators * (1 + secondOrderLoss);
}

/**
 * Hours lost per interruption: restart plus, on average, half the work since the last
 * checkpoint. Example: R = 5 min, τ = 12.6 min → 0.188 h.
 */
export function hoursLostPerInterruption(restartMinutes: number, intervalMinutes: number | null): number {
  return (restartMinutes + (intervalMinutes ?? 0) / 2) / 60;
}

/**
 * The network's part of a loss, apportioned by its share of the interruption rate (share
 * form, valid when the loss per event does not depend on its cause). Example: 14.35 M
 * accelerator-hours at a 9% network share → 1.29 M.
 */
export function networkPart(loss: number, networkShare: number): number {
  return loss * networkShare;
}
