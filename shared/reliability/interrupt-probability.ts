/**
 * Probability that one component failure interrupts a synchronous training job, after the
 * resilience credits (docs/model.md, "Reliability": q_i < 1 for links or ToRs with
 * dual-homing, multi-rail adaptive routing or hot spares). Both credits are stated
 * assumptions, not measurements:
 * - Dual-homing (Alibaba HPN, Qian et al., SIGCOMM 2024): each NIC reaches two leaf switches, so the job rides
 *   through a share `coverage` of access-link and leaf-switch failures.
 * - Planes: with ports on m planes, a failure in one plane leaves (m-1)/m of the bandwidth;
 *   the job rides through a share coverage x (m-1)/m of link and switch failures, so more
 *   planes help more, and one plane (or one port) not at all.
 */
import type { NicHoming } from '../scenario/reliability-schema.ts';

/**
 * Factor on q from dual-homing. Example: dualHomingFactor('dual', 0.9) = 0.1;
 * dualHomingFactor('single', 0.9) = 1.
 */
export function dualHomingFactor(homing: NicHoming, coverage: number): number {
  return homing === 'dual' ? 1 - coverage : 1;
}

/**
 * Factor on q from planes an accelerator's ports reach (min(ports, planes)). Example:
 * planeFactor(1, 0.9) = 1; planeFactor(2, 0.9) = 0.55; planeFactor(8, 0.9) = 0.2125.
 */
export function planeFactor(planesPerAccelerator: number, coverage: number): number {
  const m = Math.max(1, planesPerAccelerator);
  return 1 - (coverage * (m - 1)) / m;
}
