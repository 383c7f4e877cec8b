/**
 * Folded Clos with an explicit leaf and pod structure, for published designs the plain
 * planners cannot state: Alibaba HPN (dual-ToR, 200G down / 400G up, backup ports, 15:1
 * above the pod) and Meta's Llama 3 cluster (one ToR per rack of 2 servers, pods of 3,072
 * GPUs at full bisection, 1:7 between pods).
 *
 * Leaves, per plane (ports of a server y = rank * n + port go to plane y mod P):
 * - rail-optimized: one leaf per rail and scalable unit (more when the unit outgrows a leaf);
 * - rack (`serversPerLeaf` = S): the ports of S servers share a leaf, or a group of g leaves
 *   when NICs are dual-homed;
 * - packed (leaf-spine and fat-tree with `serversPerLeaf` auto): leaves filled in turn.
 * Dual-homing: a homing unit (a NIC's ports, or an accelerator's ports when its NIC has one
 * port) puts its g ports of a plane on g different leaves: port j on leaf j of a group.
 *
 * Leaf ports, in ports at the NIC rate B; uplinks run at the switch-link rate U = m * B and
 * take m such ports each:
 * - filled leaves: active downlinks d follow the leaf oversubscription (splitPorts), reserved
 *   ports come out of them; backup ports (cabled to standby servers) come out of the rest, and
 *   the uplinks take what is left: up = floor((k - d - backup) / m). HPN: k = 256 at 200G,
 *   d = 128, 8 backup, up = (256 - 128 - 8) / 2 = 60 x 400G (1.067:1, as published).
 * - rack leaves: up = ceil(e / (r * m)) for e endpoint ports, at most the free ports.
 *
 * Pods (`podAccelerators`): each pod is a folded Clos of T_p tiers (the fewest that hold it)
 * whose top switches split their ports at the pod oversubscription; a core tier joins the
 * pods; servers beyond the whole pods form one smaller pod. The pod top's uplinks follow its
 * used downlinks, ceil(down / r), so the achieved ratio never exceeds the one asked. The core
 * treats each pod's W top switches as one block of W * u uplinks dealt round-robin: C = the
 * fewest cores >= all uplinks / radix that divide the first pod's W * u and take every pod's
 * uplinks within their radix, so every core reaches every whole pod equally (HPN pod: 60 Agg
 * x 8 up per plane → 4 cores per plane).
 */
import { fail, ok, type Result } from '../model-error.ts';
import type { LinkClass } from '../scenario/scenario-schema.ts';
import { extraRatios, ratioAt, splitPorts } from './clos-planner.ts';
import { replicatePlanes, type FabricPlan, type LinkPlan, type SwitchTierPlan } from './fabric-plan.ts';
import { countFoldedClos, maxLeavesFor, TIER_NAMES, type MiddleSpec } from './folded-clos.ts';
import type { TopologyRequest } from './topology-request.ts';

/** Link class between tier `level` and the tier below it (level >= 2). */
function layerClass(level: number): LinkClass {
  return (['leaf-spine', 'spine-core', 'core-super'] as const)[Math.min(level - 2, 2)]!;
}

/** Kinds this planner builds. */
export const POD_CLOS_KINDS = ['leaf-spine', 'fat-tree', 'rail-optimized'] as const;

/**
 * Ports of one homing unit that land in each plane (g): 1 for single homing or when the unit's
 * ports fall in different planes. Example: 2-port NICs over 1 plane → 2; over 2 planes → 1.
 */
export function homingGroupPerPlane(homingPorts: number, planes: number): number | undefined {
  if (homingPorts <= 1 || homingPorts <= planes) return 1;
  return homingPorts % planes === 0 ? homingPorts / planes : undefined;
}

/** True when the request uses an input only this planner builds. */
export function needsPodClos(req: TopologyRequest): boolean {
  const B = req.nicPortRateGbps ?? 0;
  const g = homingGroupPerPlane(req.homingPorts ?? 1, req.planes) ?? 1;
  return (
    (req.switchLinkRateGbps !== undefined && req.switchLinkRateGbps !== B) ||
    (req.backupPortsPerLeaf ?? 0) > 0 ||
    (req.serversPerLeaf ?? 'auto') !== 'auto' ||
    (req.podAccelerators ?? 0) > 0 ||
    (g > 1 && req.kind !== 'rail-optimized')
  );
}

interface LeafLayout {
  /** Endpoint ports of a full leaf. */
  epl: number;
  /** Uplinks per leaf, at the switch-link rate. */
  up: number;
  /** Leaves holding `servers` servers, one plane. */
  leavesFor: (servers: number) => number;
}

/** Leaf layout for a build with uplinks (T >= 2) or without (T = 1). */
function leafLayout(req: TopologyRequest, m: number, withUplinks: boolean, g: number): Result<LeafLayout> {
  const k = req.radix;
  const reserved = req.reservedPortsPerLeaf;
  const backup = req.backupPortsPerLeaf ?? 0;
  const r0 = ratioAt(req.oversubscription, 0);
  const pps = (req.acceleratorsPerServer * req.nicPortsPerAccelerator) / req.planes;
  const d = withUplinks ? splitPorts(k, r0).down : k - backup;
  const S = req.serversPerLeaf ?? 'auto';
  if (S !== 'auto') {
    const e = (S * pps) / g;
    if (e + reserved > d) {
      // Not even one server fits: fewer servers per leaf cannot help, so say what can.
      const most = Math.floor(((d - reserved) * g) / pps);
      return fail(
        'topology.serversPerLeaf',
        S,
        `${S} servers put ${e} ports on each leaf, but a leaf of radix ${k} has ${d - reserved} endpoint ports ` +
          `at oversubscription ${r0}${reserved ? ` after ${reserved} reserved` : ''}; ` +
          (most >= 1
            ? `use at most ${most} servers per leaf`
            : `not one server's ${pps / g} ports fit; pick a larger radix${reserved ? ' or reserve fewer ports' : ''}`),
      );
    }
    const free = k - e - reserved - backup;
    const up = withUplinks ? Math.min(Math.floor(free / m), Math.ceil(e / (r0 * m))) : 0;
    if (withUplinks && up < 1) {
      return fail('topology.backupPortsPerLeaf', backup, `leaves of radix ${k} have no port left for an uplink`);
    }
    return ok({ epl: e, up, leavesFor: (servers) => g * Math.ceil(servers / S) });
  }
  const epl = d - reserved;
  const up = withUplinks ? Math.floor((k - d - backup) / m) : 0;
  if (epl < 1 || (withUplinks && up < 1)) {
    return fail(
      backup > 0 ? 'topology.backupPortsPerLeaf' : 'topology.reservedPortsPerLeaf',
      backup > 0 ? backup : reserved,
      `leaves of radix ${k} keep no ${epl < 1 ? 'endpoint port' : 'uplink'} at this oversubscription; use fewer`,
    );
  }
  if (req.kind === 'rail-optimized') {
    const su = unitServers(req, epl);
    return ok({
      epl,
      up,
      leavesFor: (servers) => pps * (Math.floor(servers / su) * Math.ceil(su / epl) + Math.ceil((servers % su) / epl)),
    });
  }
  return ok({ epl, up, leavesFor: (servers) => g * Math.ceil((servers * pps) / g / epl) });
}

/** Servers per scalable unit: the forced value, or (auto) one rail leaf's endpoint ports. */
function unitServers(req: TopologyRequest, epl: number): number {
  return req.scalableUnitServers === 'auto' ? epl : req.scalableUnitServers;
}

/** Upper-tier port splits for levels 2..T-1 at radix `k2` (ports at the switch-link rate). */
function middleSpecs(req: TopologyRequest, k2: number, T: number): MiddleSpec[] | undefined {
  const middle: MiddleSpec[] = [];
  for (let t = 2; t < T; t++) {
    const s = splitPorts(k2, ratioAt(req.oversubscription, t - 1));
    if (s.down < 1 || s.up < 1) return undefined;
    middle.push({ radix: k2, down: s.down, up: s.up });
  }
  return middle;
}

/** Fixes the leaf tier for uplinks of m ports each and labels every tier's radix. */
function withRates(tiers: SwitchTierPlan[], k: number, k2: number, m: number, leafUp: number): SwitchTierPlan[] {
  return tiers.map((t) => {
    if (t.level !== 1) return { ...t, radix: k2, idlePorts: t.count * k2 - t.portsUsed };
    const portsUsed = t.portsUsed + t.count * leafUp * (m - 1);
    return { ...t, radix: k, portsUsed, idlePorts: t.count * k - portsUsed };
  });
}

/**
 * Plans a leaf-spine, fat-tree or rail-optimized fabric with the structure inputs above.
 * Example (HPN pod, per plane): 1,920 servers x 8 ports, SU 128, radix 256 at 200G, 400G
 * uplinks, 8 backup ports, pods of 15,360, 15:1 → 120 ToRs, 60 Agg, 4 cores; 7,200 ToR-Agg and
 * 480 Agg-core 400G links.
 */
export function planPodClos(req: TopologyRequest): Result<FabricPlan> {
  const B = req.nicPortRateGbps ?? 0;
  const U = req.switchLinkRateGbps ?? B;
  const m = B > 0 ? U / B : 1;
  if (!Number.isInteger(m) || m < 1) {
    return fail(
      'topology.switchLinkRateGbps',
      U,
      `must be the NIC port rate ${B} Gb/s or a whole multiple of it (e.g. ${2 * B})`,
    );
  }
  const g = homingGroupPerPlane(req.homingPorts ?? 1, req.planes);
  if (g === undefined) {
    return fail(
      'scaleOut.planes',
      req.planes,
      `dual-homed units of ${req.homingPorts} ports need planes that divide ${req.homingPorts} or are at least ${req.homingPorts}`,
    );
  }
  const S = req.serversPerLeaf ?? 'auto';
  if (S !== 'auto' && req.kind === 'rail-optimized') {
    return fail(
      'topology.serversPerLeaf',
      S,
      'applies to leaf-spine and fat-tree (one leaf per rack); a rail-optimized leaf takes one rail of a scalable unit, set by topology.scalableUnitServers',
    );
  }
  const servers = req.accelerators / req.acceleratorsPerServer;
  const pps = (req.acceleratorsPerServer * req.nicPortsPerAccelerator) / req.planes;
  if (S !== 'auto' && ((S * pps) % g !== 0 || pps % g !== 0)) {
    return fail('topology.serversPerLeaf', S, `each leaf of a dual-homed rack must get the same number of ports`);
  }
  const k = req.radix;
  const k2 = Math.floor(k / m);
  const maxTiers = req.kind === 'leaf-spine' ? 2 : 5;
  const backup = req.backupPortsPerLeaf ?? 0;
  const podAcc = req.podAccelerators ?? 0;
  if (podAcc > 0) return planPods(req, { m, U, g, k, k2, maxTiers, servers, pps, backup, podAcc });

  const first = req.tiers === 'auto' ? 1 : req.tiers;
  const last = req.tiers === 'auto' ? maxTiers : req.tiers;
  if (req.tiers !== 'auto' && req.tiers > maxTiers) {
    return fail('topology.tiers', req.tiers, `a ${req.kind} has at most ${maxTiers} tiers`);
  }
  let capacity = 0;
  for (let T = first; T <= last; T++) {
    if (T === 1 && g > 1) continue;
    const layout = leafLayout(req, m, T > 1, g);
    if (!layout.ok) {
      if (T === 1) continue;
      return layout;
    }
    const { epl, up, leavesFor } = layout.value;
    const middle = middleSpecs(req, k2, T);
    if (!middle) return fail('topology.oversubscription', req.oversubscription.join(', '), 'leaves no uplinks');
    // One switch holds every port whatever the grouping.
    const L = T === 1 ? Math.ceil((servers * pps) / epl) : leavesFor(servers);
    const maxLeaves = T === 1 ? 1 : maxLeavesFor(middle, k2);
    capacity = maxLeaves * epl;
    if (L > maxLeaves) continue;
    const extra = extraRatios(req.oversubscription, T);
    if (extra) return extra;
    const endpoints = servers * pps;
    const c = countFoldedClos({
      tiers: T,
      leaves: L,
      endpoints: endpoints + L * backup,
      leaf: { radix: k, endpointsPerLeaf: epl, reservedPorts: req.reservedPortsPerLeaf, up },
      middle,
      topRadix: k2,
    });
    return ok(
      finish(req, {
        tiers: T,
        endpoints,
        standby: L * backup,
        switchTiers: withRates(c.switchTiers, k, k2, m, T > 1 ? up : 0),
        links: c.links,
        maxEndpoints: capacity,
        U,
        notes: leafNote(req, epl, up, U, backup, S, g),
        epl,
        blocks: T === 1 ? [] : [leafBlock(req, epl, up, U), ...middleBlocks(epl, middle)],
      }),
    );
  }
  return fail(
    req.tiers === 'auto' ? 'cluster.acceleratorCount' : 'topology.tiers',
    req.tiers === 'auto' ? req.accelerators : req.tiers,
    `a ${req.kind} of ${servers * pps} endpoints per plane does not fit ${req.tiers === 'auto' ? `up to ${maxTiers}` : req.tiers} ` +
      `tiers (at most ${capacity} at radix ${k}); add tiers or planes, or pick a larger radix`,
  );
}

function leafNote(
  req: TopologyRequest,
  epl: number,
  up: number,
  U: number,
  backup: number,
  S: 'auto' | number,
  g: number,
): string[] {
  const B = req.nicPortRateGbps ?? U;
  const notes: string[] = [];
  if (up > 0) {
    const ratio = (epl * B) / (up * U);
    notes.push(
      `leaf: ${epl} x ${B}G active downlinks${backup ? ` + ${backup} backup` : ''}, ${up} x ${U}G uplinks ` +
        `(${Number(ratio.toFixed(3))}:1)`,
    );
  }
  if (S !== 'auto') notes.push(`${S} servers per ${g > 1 ? `group of ${g} leaves` : 'leaf'}`);
  if (g > 1) notes.push(`dual-homed: the ${g} ports of each NIC in a plane go to ${g} different leaves`);
  return notes;
}

interface PodContext {
  m: number;
  U: number;
  g: number;
  k: number;
  k2: number;
  maxTiers: number;
  servers: number;
  pps: number;
  backup: number;
  podAcc: number;
}

function planPods(req: TopologyRequest, x: PodContext): Result<FabricPlan> {
  const G = req.acceleratorsPerServer;
  if (req.kind === 'leaf-spine') {
    return fail(
      'topology.podAccelerators',
      x.podAcc,
      'pods need a tier above them; use topology.kind fat-tree or rail-optimized',
    );
  }
  if (x.podAcc % G !== 0) {
    return fail('topology.podAccelerators', x.podAcc, `must be a multiple of the ${G} accelerators per server`);
  }
  const podServers = x.podAcc / G;
  const S = req.serversPerLeaf ?? 'auto';
  const layout = leafLayout(req, x.m, true, x.g);
  if (!layout.ok) return layout;
  const { epl, up, leavesFor } = layout.value;
  const su = unitServers(req, epl);
  if (req.kind === 'rail-optimized' && podServers % su !== 0) {
    return fail(
      'topology.podAccelerators',
      x.podAcc,
      `must be a whole number of scalable units of ${su} servers (${su * G} accelerators)`,
    );
  }
  if (S !== 'auto' && podServers % S !== 0) {
    return fail(
      'topology.podAccelerators',
      x.podAcc,
      `must be a whole number of racks of ${S} servers (${S * G} accelerators)`,
    );
  }
  // Whole pods, then the rest of the cluster as one smaller pod.
  const fullPods = Math.floor(x.servers / podServers);
  const restServers = x.servers - fullPods * podServers;
  const rx = req.podOversubscription ?? 1;
  const top = splitPorts(x.k2, rx);
  if (top.down < 1 || top.up < 1) {
    return fail('topology.podOversubscription', rx, `leaves no uplink on a switch of radix ${x.k2}`);
  }
  // In-pod tiers: the fewest whose top, at D = top.down downlinks, holds the largest pod's leaves.
  const Lp = leavesFor(Math.min(podServers, x.servers));
  let Tp = 0;
  let middle: MiddleSpec[] = [];
  const firstT = req.tiers === 'auto' ? 2 : req.tiers - 1;
  const lastT = req.tiers === 'auto' ? x.maxTiers - 1 : req.tiers - 1;
  for (let t = Math.max(2, firstT); t <= lastT; t++) {
    const mid = middleSpecs(req, x.k2, t);
    if (mid && Lp <= maxLeavesFor(mid, top.down)) {
      Tp = t;
      middle = mid;
      break;
    }
  }
  const extra = Tp > 0 ? extraRatios(req.oversubscription, Tp) : undefined;
  if (extra) return extra;
  if (Tp === 0) {
    return fail(
      req.tiers === 'auto' ? 'topology.podAccelerators' : 'topology.tiers',
      req.tiers === 'auto' ? x.podAcc : req.tiers,
      `a pod of ${Lp} leaves per plane does not fit under a core in ${req.tiers === 'auto' ? `up to ${x.maxTiers}` : req.tiers} ` +
        `tiers at radix ${x.k2}; use smaller pods or more tiers`,
    );
  }
  const podEndpoints = podServers * x.pps;
  /** One pod of `srv` servers: its tiers, links, top switches W and uplinks u per top switch. */
  const podOf = (srv: number, n: number) => {
    const L = leavesFor(srv);
    const c = countFoldedClos({
      tiers: Tp,
      leaves: L,
      endpoints: srv * x.pps + L * x.backup,
      leaf: { radix: x.k, endpointsPerLeaf: epl, reservedPorts: req.reservedPortsPerLeaf, up },
      middle,
      topRadix: top.down,
    });
    const podTop = c.switchTiers[c.switchTiers.length - 1]!;
    const W = podTop.count;
    const u = Math.min(top.up, Math.ceil(podTop.portsUsed / (W * rx)));
    return { n, L, c, W, u, uplinks: W * u, down: podTop.portsUsed };
  };
  const shapes = [
    ...(fullPods > 0 ? [podOf(podServers, fullPods)] : []),
    ...(restServers > 0 ? [podOf(restServers, 1)] : []),
  ];
  const pods = fullPods + (restServers > 0 ? 1 : 0);
  const base = shapes[0]!.uplinks;
  const totalUp = shapes.reduce((t, p) => t + p.n * p.uplinks, 0);
  // Cores: each pod deals its uplinks round-robin; the first pod's count divides evenly.
  let cores = 0;
  for (let c = Math.max(1, Math.ceil(totalUp / x.k2)); c <= base && cores === 0; c++) {
    if (base % c !== 0) continue;
    const load = shapes.reduce((t, p) => t + p.n * Math.ceil(p.uplinks / c), 0);
    if (load <= x.k2) cores = c;
  }
  if (cores === 0) {
    return fail(
      'topology.podAccelerators',
      x.podAcc,
      `${pods} pods need a core switch with a port to each pod; radix ${x.k2} joins at most ${x.k2} pods; use larger pods`,
    );
  }
  const switchTiers: SwitchTierPlan[] = [];
  const links: LinkPlan[] = [];
  for (const p of shapes) {
    const perPod = p.c.switchTiers.map((t) => (t.level === Tp ? { ...t, portsUsed: t.portsUsed + p.uplinks } : t));
    for (const t of withRates(perPod, x.k, x.k2, x.m, up)) {
      const prev = switchTiers.find((y) => y.tier === t.tier);
      const add = { count: t.count * p.n, portsUsed: t.portsUsed * p.n, portsReserved: t.portsReserved * p.n };
      if (prev) {
        prev.count += add.count;
        prev.portsUsed += add.portsUsed;
        prev.portsReserved += add.portsReserved;
        prev.idlePorts = prev.count * prev.radix - prev.portsUsed;
      } else switchTiers.push({ ...t, ...add, idlePorts: add.count * t.radix - add.portsUsed });
    }
    for (const l of p.c.links) {
      const prev = links.find((y) => y.class === l.class);
      if (prev) prev.count += l.count * p.n;
      else links.push({ ...l, count: l.count * p.n });
    }
  }
  switchTiers.push({
    tier: TIER_NAMES[Tp] ?? `tier-${Tp + 1}`,
    level: Tp + 1,
    count: cores,
    radix: x.k2,
    portsUsed: totalUp,
    portsReserved: 0,
    idlePorts: cores * x.k2 - totalUp,
  });
  const upper = links.find((l) => l.class === layerClass(Tp + 1));
  if (upper) upper.count += totalUp;
  else links.push({ class: layerClass(Tp + 1), count: totalUp });
  const achieved = Math.max(...shapes.map((p) => p.down / p.uplinks));
  const first = shapes[0]!;
  const notes = [
    ...leafNote(req, epl, up, x.U, x.backup, S, x.g),
    `${fullPods} pod${fullPods === 1 ? '' : 's'} of ${x.podAcc} accelerators` +
      (restServers > 0 ? ` and one of ${restServers * G}` : '') +
      ` (${Lp} leaves per plane, ${Tp} tiers); ${first.W} pod-top switches with ${first.u} uplinks each: ` +
      `${Number(achieved.toFixed(3))}:1 between pods (asked ${rx}:1)`,
  ];
  return ok(
    finish(req, {
      tiers: Tp + 1,
      endpoints: x.servers * x.pps,
      standby: shapes.reduce((t, p) => t + p.n * p.L * x.backup, 0),
      switchTiers,
      links,
      maxEndpoints: x.k2 * podEndpoints,
      U: x.U,
      notes,
      pods: { count: pods, accelerators: x.podAcc, oversubscription: achieved },
      epl,
      blocks: [
        leafBlock(req, epl, up, x.U),
        ...middleBlocks(epl, middle).filter((b) => b.endpoints < podEndpoints),
        { endpoints: podEndpoints, oversubscription: achieved },
      ],
    }),
  );
}

interface PlaneBuild {
  tiers: number;
  endpoints: number;
  standby: number;
  switchTiers: SwitchTierPlan[];
  links: LinkPlan[];
  maxEndpoints: number;
  U: number;
  notes: string[];
  pods?: FabricPlan['pods'];
  /** Endpoint ports of a full leaf (for the scalable unit of a rail-optimized plan). */
  epl: number;
  blocks: FabricPlan['blocks'];
}

/** The leaf as a block: its endpoint ports and the ratio of its active downlinks to its uplinks (at least 1). */
function leafBlock(req: TopologyRequest, epl: number, up: number, U: number) {
  const B = req.nicPortRateGbps ?? U;
  return { endpoints: epl, oversubscription: Math.max(1, (epl * B) / (up * U)) };
}

/** Blocks of the middle tiers: each joins `down` blocks of the tier below. */
function middleBlocks(epl: number, middle: MiddleSpec[]) {
  let endpoints = epl;
  return middle.map((m) => {
    endpoints *= m.down;
    return { endpoints, oversubscription: m.down / m.up };
  });
}

/** One plane's counts to a whole-cluster plan: rates on links, standby ports, planes. */
function finish(req: TopologyRequest, b: PlaneBuild): FabricPlan {
  const B = req.nicPortRateGbps;
  const links = b.links.map((l) =>
    B === undefined ? l : { ...l, rateGbps: l.class === 'accelerator-leaf' ? B : b.U || B },
  );
  const plan: FabricPlan = {
    topology: req.kind,
    tiers: b.tiers,
    endpoints: b.endpoints,
    planes: 1,
    switchTiers: b.switchTiers,
    links,
    switchHopBound: 2 * b.tiers - 1,
    maxEndpointsPerPlane: b.maxEndpoints,
    notes: b.notes,
    standbyEndpoints: b.standby,
    ...(b.blocks && b.blocks.length ? { blocks: b.blocks } : {}),
    ...(b.pods ? { pods: b.pods } : {}),
    ...(req.kind === 'rail-optimized'
      ? {
          scalableUnit: {
            servers: unitServers(req, b.epl),
            auto: req.scalableUnitServers === 'auto',
            fillsLeaves: unitServers(req, b.epl) % b.epl === 0,
          },
        }
      : {}),
  };
  const all = replicatePlanes(plan, req.planes);
  return { ...all, standbyEndpoints: b.standby * req.planes };
}
