/**
 * The limit cases of the efficiency figures, made explicit: when no effective compute is left
 * (ETTR 0, or a step that never ends because an efficiency input is vanishingly small), costs
 * per effective accelerator have no value. Rather than let NaN or infinity reach a dashboard, a
 * report or a workbook, the figures are replaced by an error that names the cause.
 *
 * Example: ETTR 0 (a fixed checkpoint interval of 100,000 min against a 2 h mean time to
 * interruption) gives `{ ok: false, error: { path: 'reliability.checkpoint', … } }`.
 */
import { findNonFinite } from '../non-finite.ts';
import type { EfficiencyResult } from './evaluate-efficiency.ts';

/**
 * `result` unchanged when every figure is finite and some effective compute is left; otherwise
 * an error naming the inputs that lead there. `ettr` is the reliability model's ratio, 0..1.
 */
export function settleEfficiency(result: EfficiencyResult, ettr: number): EfficiencyResult {
  if (!result.ok) return result;
  if (!(ettr > 0)) {
    return {
      ok: false,
      error: {
        path: 'reliability.checkpoint',
        value: `ETTR ${ettr}`,
        message:
          'no training time is left: interruptions come faster than the job can checkpoint and restart ' +
          '(effective training time ratio 0); shorten the fixed checkpoint interval, use Young or Daly, ' +
          'or lower the failure rates',
      },
    };
  }
  const bad = findNonFinite(result, 3).map((n) => n.path);
  if (bad.length > 0 || !(result.effectiveAccelerators > 0)) {
    return {
      ok: false,
      error: {
        path: 'workload',
        value:
          bad.length > 0 ? `${bad.join(', ')} not finite` : `${result.effectiveAccelerators} effective accelerators`,
        message:
          'the step time has no finite value: an efficiency input is vanishingly small (compute efficiency, ' +
          'a bus efficiency or the active parameter share near 0); use values an accelerator or fabric can reach',
      },
    };
  }
  return result;
}
