/**
 * Dragonfly (Kim, Dally, Scott, Abts, ISCA 2008): groups of `a` routers, fully connected
 * inside the group, each router with `p` terminals and `h` global links. Router radix
 * k = p + (a - 1) + h; balanced a = 2p = 2h; at most a*h + 1 groups.
 */
import { fail, ok, type Result } from '../model-error.ts';
import { replicatePlanes, type FabricPlan } from './fabric-plan.ts';
import { endpointsPerPlane, serverPortsPerPlane, type TopologyRequest } from './topology-request.ts';
import { packedServerBundles } from './link-bundles.ts';

export interface DragonflyCounts {
  groups: number;
  routers: number;
  endpoints: number;
  localLinks: number;
  globalLinks: number;
}

/**
 * Counts for g groups. Global links use every global port: floor(a*h*g/2), which is
 * g(g-1)/2 at g = a*h + 1. Example: p=16, a=32, h=16, g=511 → 16,352 routers, 261,632
 * endpoints, 253,456 local + 130,816 global links (DeepSeek Table 3, DF column).
 */
export function dragonflyCounts(p: number, a: number, h: number, g: number): DragonflyCounts {
  return {
    groups: g,
    routers: a * g,
    endpoints: a * p * g,
    localLinks: (g * a * (a - 1)) / 2,
    globalLinks: g >= 2 ? Math.floor((a * h * g) / 2) : 0,
  };
}

/** Balanced parameters for radix k: p = h = floor((k+1)/4), a = 2p. Example: k=64 → 16/32/16. */
export function balancedDragonfly(k: number): { p: number; a: number; h: number } {
  const p = Math.floor((k + 1) / 4);
  return { p, a: 2 * p, h: p };
}

export function planDragonfly(req: TopologyRequest): Result<FabricPlan> {
  const k = req.radix;
  const { p, a, h } = req.dragonfly.mode === 'balanced' ? balancedDragonfly(k) : req.dragonfly;
  if (p < 1) return fail('switch.radix', k, 'a dragonfly router needs a radix of at least 3');
  const used = p + (a - 1) + h;
  if (used > k) {
    return fail(
      'topology.dragonfly',
      `p=${p}, a=${a}, h=${h}`,
      `p + (a - 1) + h = ${used} exceeds the router radix ${k}`,
    );
  }
  const endpoints = endpointsPerPlane(req);
  const g = Math.ceil(endpoints / (a * p));
  const gMax = a * h + 1;
  if (g > gMax) {
    return fail(
      'cluster.acceleratorCount',
      req.accelerators,
      `a dragonfly with p=${p}, a=${a}, h=${h} reaches at most ${a * p * gMax} endpoints per plane (${gMax} groups); ` +
        `needs ${g} groups. Use more planes, a larger radix or dragonfly+`,
    );
  }
  const c = dragonflyCounts(p, a, h, g);
  const portsUsed = endpoints + 2 * c.localLinks + 2 * c.globalLinks;
  const plan: FabricPlan = {
    topology: 'dragonfly',
    tiers: 1,
    endpoints,
    planes: 1,
    switchTiers: [
      {
        tier: 'router',
        level: 1,
        count: c.routers,
        radix: k,
        portsUsed,
        portsReserved: 0,
        idlePorts: c.routers * k - portsUsed,
      },
    ],
    links: [
      {
        class: 'accelerator-leaf',
        count: endpoints,
        bundles: packedServerBundles(endpoints, serverPortsPerPlane(req), p),
      },
      { class: 'local', count: c.localLinks },
      { class: 'global', count: c.globalLinks },
    ],
    switchHopBound: g >= 2 ? 4 : 2,
    maxEndpointsPerPlane: a * p * gMax,
    notes: [`dragonfly p=${p}, a=${a}, h=${h}, ${g} of at most ${gMax} groups`],
  };
  return ok(replicatePlanes(plan, req.planes));
}
