/**
 * Dragonfly+ / Megafly (Shpiner et al. 2017; Flajslik et al. 2018): each group is a
 * complete-bipartite leaf-spine block of L leaves and L spines; servers hang off the leaves
 * (p each) and spines carry h global links, one per pair of groups at most L*h + 1 groups.
 */
import { fail, ok, type Result } from '../model-error.ts';
import { replicatePlanes, type FabricPlan } from './fabric-plan.ts';
import { endpointsPerPlane, serverPortsPerPlane, type TopologyRequest } from './topology-request.ts';
import { packedServerBundles } from './link-bundles.ts';

export interface DragonflyPlusCounts {
  groups: number;
  switches: number;
  endpoints: number;
  intraGroupLinks: number;
  globalLinks: number;
}

/**
 * Counts for g groups. Example: p = L = h = 32 (radix 64), g = 1,025 → 33,587,200 endpoints
 * = (k/2)^2 * ((k/2)^2 + 1).
 */
export function dragonflyPlusCounts(p: number, L: number, h: number, g: number): DragonflyPlusCounts {
  return {
    groups: g,
    switches: 2 * L * g,
    endpoints: g * L * p,
    intraGroupLinks: L * L * g,
    globalLinks: g >= 2 ? Math.floor((L * h * g) / 2) : 0,
  };
}

export function planDragonflyPlus(req: TopologyRequest): Result<FabricPlan> {
  const k = req.radix;
  const balanced = req.dragonfly.mode === 'balanced';
  const p = balanced ? Math.floor(k / 2) : req.dragonfly.p;
  const L = balanced ? k - p : req.dragonfly.a;
  const h = balanced ? k - L : req.dragonfly.h;
  if (p < 1 || h < 1) return fail('switch.radix', k, 'a dragonfly+ switch needs a radix of at least 2');
  if (p + L > k || L + h > k) {
    return fail(
      'topology.dragonfly',
      `p=${p}, a=${L}, h=${h}`,
      `leaves use p + a = ${p + L} and spines a + h = ${L + h} ports; both must be at most the radix ${k}`,
    );
  }
  const endpoints = endpointsPerPlane(req);
  const g = Math.ceil(endpoints / (L * p));
  const gMax = L * h + 1;
  if (g > gMax) {
    return fail(
      'cluster.acceleratorCount',
      req.accelerators,
      `a dragonfly+ with p=${p}, a=${L}, h=${h} reaches at most ${L * p * gMax} endpoints per plane (${gMax} groups); needs ${g}`,
    );
  }
  const c = dragonflyPlusCounts(p, L, h, g);
  const leafUsed = endpoints + c.intraGroupLinks;
  const spineUsed = c.intraGroupLinks + 2 * c.globalLinks;
  const plan: FabricPlan = {
    topology: 'dragonfly-plus',
    tiers: 2,
    endpoints,
    planes: 1,
    switchTiers: [
      {
        tier: 'leaf',
        level: 1,
        count: L * g,
        radix: k,
        portsUsed: leafUsed,
        portsReserved: 0,
        idlePorts: L * g * k - leafUsed,
      },
      {
        tier: 'spine',
        level: 2,
        count: L * g,
        radix: k,
        portsUsed: spineUsed,
        portsReserved: 0,
        idlePorts: L * g * k - spineUsed,
      },
    ],
    links: [
      {
        class: 'accelerator-leaf',
        count: endpoints,
        bundles: packedServerBundles(endpoints, serverPortsPerPlane(req), p),
      },
      { class: 'local', count: c.intraGroupLinks },
      { class: 'global', count: c.globalLinks },
    ],
    switchHopBound: g >= 2 ? 4 : 3,
    maxEndpointsPerPlane: L * p * gMax,
    notes: [`dragonfly+ p=${p}, L=${L}, h=${h}, ${g} of at most ${gMax} groups`],
  };
  return ok(replicatePlanes(plan, req.planes));
}
