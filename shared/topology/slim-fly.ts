/**
 * Slim Fly (Besta and Hoefler, SC14): an MMS graph of 2q^2 routers with network radix
 * k' = (3q - delta)/2 and diameter 2, q = 4w + delta a prime power, delta in {-1, 0, 1};
 * p = ceil(k'/2) endpoints per router.
 */
import { fail, ok, type Result } from '../model-error.ts';
import { replicatePlanes, type FabricPlan } from './fabric-plan.ts';
import { endpointsPerPlane, serverPortsPerPlane, type TopologyRequest } from './topology-request.ts';
import { packedServerBundles } from './link-bundles.ts';

export interface SlimFlyCounts {
  q: number;
  delta: number;
  routers: number;
  networkRadix: number;
  endpointsPerRouter: number;
  routerRadix: number;
  endpoints: number;
  links: number;
}

/** delta for q: q mod 4 = 1 → 1, 0 → 0, 3 → -1; undefined for q mod 4 = 2. */
export function slimFlyDelta(q: number): number | undefined {
  return ({ 0: 0, 1: 1, 3: -1 } as Record<number, number>)[q % 4];
}

/**
 * Counts for a given q (the formula holds for any q with a valid delta; the construction
 * needs a prime power). Example: q = 28 → 1,568 routers, k' = 42, p = 21, radix 63, 32,928
 * endpoints, 32,928 links (DeepSeek Table 3, SF column).
 */
export function slimFlyCounts(q: number): SlimFlyCounts | undefined {
  const delta = slimFlyDelta(q);
  if (delta === undefined) return undefined;
  const networkRadix = (3 * q - delta) / 2;
  const p = Math.ceil(networkRadix / 2);
  const routers = 2 * q * q;
  return {
    q,
    delta,
    routers,
    networkRadix,
    endpointsPerRouter: p,
    routerRadix: networkRadix + p,
    endpoints: routers * p,
    links: q * q * networkRadix,
  };
}

/** True when q = prime^m for some m >= 1. Example: isPrimePower(27) = true, isPrimePower(28) = false. */
export function isPrimePower(q: number): boolean {
  if (q < 2) return false;
  for (let d = 2; d * d <= q; d++) {
    if (q % d === 0) {
      let r = q;
      while (r % d === 0) r /= d;
      return r === 1;
    }
  }
  return true;
}

/** Smallest prime-power q whose Slim Fly holds `endpoints` within `radix`. */
export function planSlimFly(req: TopologyRequest): Result<FabricPlan> {
  const endpoints = endpointsPerPlane(req);
  let best: SlimFlyCounts | undefined;
  let largest: SlimFlyCounts | undefined;
  for (let q = 3; q <= 2 * req.radix; q++) {
    const c = isPrimePower(q) ? slimFlyCounts(q) : undefined;
    if (!c || c.routerRadix > req.radix) continue;
    largest = c;
    if (c.endpoints >= endpoints) {
      best = c;
      break;
    }
  }
  // The smallest Slim Fly (q = 3) has routers of radix 8.
  if (!largest) return fail('switch.radix', req.radix, 'a Slim Fly router needs a radix of at least 8 (q = 3)');
  if (!best) {
    // Name the largest buildable q: the next q that fits the radix may not be a prime power
    // (DeepSeek's q = 28 at radix 63 is refused; q = 27 is the nearest that exists).
    return fail(
      'cluster.acceleratorCount',
      req.accelerators,
      `a Slim Fly at radix ${req.radix} reaches at most ${largest.endpoints} endpoints per plane (q = ${largest.q}, ` +
        `the largest prime power q that fits); use planes or a larger radix`,
    );
  }
  const routers = best.routers;
  const portsUsed = endpoints + 2 * best.links;
  const plan: FabricPlan = {
    topology: 'slim-fly',
    tiers: 1,
    endpoints,
    planes: 1,
    switchTiers: [
      {
        tier: 'router',
        level: 1,
        count: routers,
        radix: req.radix,
        portsUsed,
        portsReserved: 0,
        idlePorts: routers * req.radix - portsUsed,
      },
    ],
    links: [
      {
        class: 'accelerator-leaf',
        count: endpoints,
        bundles: packedServerBundles(endpoints, serverPortsPerPlane(req), best.endpointsPerRouter),
      },
      { class: 'global', count: best.links },
    ],
    switchHopBound: 3,
    maxEndpointsPerPlane: best.endpoints,
    notes: [`Slim Fly q=${best.q} (delta ${best.delta}), ${best.routers} routers`],
  };
  return ok(replicatePlanes(plan, req.planes));
}
