/**
 * How a fabric's links divide between copper and optical media, and how many pluggable
 * optical modules it buys per accelerator (the "optics attach rate" analysts track).
 *
 * Copper: passive (DAC), linear-redriven (ACC) and retimed (AEC) copper cables. Optical:
 * everything else, active optical cables, pluggable modules (DSP, LPO, LRO) and co-packaged
 * optics alike.
 *
 * Example: 2,048 DAC links and 4,096 DR links for 1,024 accelerators with 8,192 transceivers
 * → copper 2,048, optical 4,096, copper share 1/3, 8 modules per accelerator.
 */
import type { MediumKind } from '../catalog/catalog-schema.ts';

export const COPPER_MEDIUM_KINDS: readonly MediumKind[] = ['dac', 'acc', 'aec'];

/** 'copper' for DAC, ACC and AEC; 'optical' for AOC, pluggable modules and CPO. */
export function mediumFamily(kind: MediumKind): 'copper' | 'optical' {
  return COPPER_MEDIUM_KINDS.includes(kind) ? 'copper' : 'optical';
}

export interface LinkMediaSplit {
  /** Logical links on copper media. */
  copperLinks: number;
  /** Logical links on optical media. */
  opticalLinks: number;
  /** copperLinks / all links, 0 to 1 (0 when there are no links). */
  copperShare: number;
  /** Pluggable transceiver modules per accelerator. */
  modulesPerAccelerator: number;
}

/** Split of `links` (count and medium per link class) for `accelerators` with `transceivers` modules. */
export function linkMediaSplit(
  links: readonly { count: number; medium: MediumKind }[],
  transceivers: number,
  accelerators: number,
): LinkMediaSplit {
  let copperLinks = 0;
  let opticalLinks = 0;
  for (const l of links) {
    if (mediumFamily(l.medium) === 'copper') copperLinks += l.count;
    else opticalLinks += l.count;
  }
  const total = copperLinks + opticalLinks;
  return {
    copperLinks,
    opticalLinks,
    copperShare: total > 0 ? copperLinks / total : 0,
    modulesPerAccelerator: accelerators > 0 ? transceivers / accelerators : 0,
  };
}
