/**
 * Test oracle for shared/topology/pod-clos.ts: wires a SMALL request switch by switch and port
 * by port, independently of its closed-form counting (no countFoldedClos, groupSize or
 * maxLeavesFor), from the rules stated in pod-clos.ts:
 *
 * - Server port y = rank * n + port goes to plane y mod P; a homing unit is h consecutive
 *   server ports (a NIC's ports, or an accelerator's); its ports in one plane take slots
 *   0..g-1 and slot j goes to leaf j of a group.
 * - Leaves: rail-optimized = (scalable unit, rail, chunk of epl servers); rack = (rack, slot);
 *   packed = (pod, slot, chunk of epl units), filled in server order.
 * - Leaf ports at the NIC rate: filled leaves d = floor(k r/(r+1)) active downlinks (less the
 *   reserved), up = floor((k - d - backup) / m); rack leaves up = min(free / m, ceil(e / (r m))).
 * - Upper tiers at radix k2 = floor(k / m): a (t+1)-block joins up to D t-blocks; the
 *   position-j switches of a block's t-blocks join a group of s upper switches, s the
 *   smallest >= ceil(n u / D) that divides u, each lower switch sending u / s links to each.
 * - Pods: whole pods, then the rest as one smaller pod, each wired alone with its top at D = its
 *   down ports at the pod ratio; every pod-top switch takes u = min(up ports, ceil(pod down
 *   links / (W r))) uplinks; the core has C switches, the fewest >= all uplinks / k2 that divide
 *   the first pod's W u and take every pod's uplinks dealt round-robin within their radix.
 */
import type { LinkClass } from '../../../shared/scenario/scenario-schema.ts';
import type { TopologyRequest } from '../../../shared/topology/topology-request.ts';

export interface PortEndpoint {
  server: number;
  /** Server port index, rank * n + port. */
  y: number;
  plane: number;
  /** Homing unit within the server. */
  unit: number;
  /** Leaf key the port is cabled to. */
  leaf: string;
}

export interface OracleSwitch {
  tier: string;
  level: number;
  radix: number;
  /** Ports in use: endpoints, backup, reserved and uplinks (m ports each at the leaf), links. */
  used: number;
}

export interface PodClosOracle {
  ports: PortEndpoint[];
  switches: OracleSwitch[];
  links: Map<LinkClass, number>;
  standby: number;
  tiers: number;
  /** Endpoint ports per leaf key, for the attachment checks. */
  leafLoad: Map<string, number>;
}

export type OracleResult = { ok: true; value: PodClosOracle } | { ok: false; reason: string };

const NAMES = ['leaf', 'spine', 'core', 'super-core', 'super-core-2'];
const CLASSES: LinkClass[] = ['leaf-spine', 'spine-core', 'core-super', 'core-super'];

function split(k: number, r: number): { down: number; up: number } {
  const down = Math.floor((k * r) / (r + 1));
  return { down, up: k - down };
}

const ratio = (req: TopologyRequest, i: number) =>
  req.oversubscription[Math.min(i, req.oversubscription.length - 1)] ?? 1;

function smallestDivisorAtLeast(min: number, u: number): number | undefined {
  for (let s = Math.max(1, min); s <= u; s++) if (u % s === 0) return s;
  return undefined;
}

interface Net {
  sw: OracleSwitch[];
  links: Map<LinkClass, number>;
}

function addLinks(net: Net, cls: LinkClass, n: number) {
  net.links.set(cls, (net.links.get(cls) ?? 0) + n);
}

/**
 * Wires levels 2..T over `leaves` leaf switch ids; the top level has `topDown` down ports.
 * Returns the top block's switch ids, or undefined when a level cannot hold its blocks.
 */
function wireUp(
  net: Net,
  leaves: number[],
  leafUp: number,
  middle: { down: number; up: number }[],
  k2: number,
  T: number,
  topDown: number,
): number[] | undefined {
  let blocks: number[][] = leaves.map((l) => [l]);
  let lowerUp = leafUp;
  for (let level = 2; level <= T; level++) {
    const isTop = level === T;
    const down = isTop ? topDown : middle[level - 2]!.down;
    const chunks: number[][][] = [];
    if (isTop) {
      if (blocks.length > down) return undefined;
      chunks.push(blocks);
    } else for (let i = 0; i < blocks.length; i += down) chunks.push(blocks.slice(i, i + down));
    const next: number[][] = [];
    for (const chunk of chunks) {
      const width = Math.max(...chunk.map((b) => b.length));
      const block: number[] = [];
      for (let j = 0; j < width; j++) {
        const lower = chunk.filter((b) => b.length > j).map((b) => b[j]!);
        const s = smallestDivisorAtLeast(Math.ceil((lower.length * lowerUp) / down), lowerUp);
        if (s === undefined) return undefined;
        for (let i = 0; i < s; i++) {
          net.sw.push({ tier: NAMES[level - 1]!, level, radix: k2, used: lower.length * (lowerUp / s) });
          block.push(net.sw.length - 1);
        }
        addLinks(net, CLASSES[level - 2]!, lower.length * lowerUp);
      }
      next.push(block);
    }
    blocks = next;
    lowerUp = isTop ? 0 : middle[level - 2]!.up;
    // Middle switches also use their uplinks.
    if (!isTop) for (const b of blocks) for (const id of b) net.sw[id]!.used += lowerUp;
  }
  return blocks.flat();
}

export function buildPodClosOracle(req: TopologyRequest): OracleResult {
  const { acceleratorsPerServer: G, nicPortsPerAccelerator: n, planes: P, radix: k } = req;
  const B = req.nicPortRateGbps!;
  const m = (req.switchLinkRateGbps ?? B) / B;
  if (!Number.isInteger(m) || m < 1) return { ok: false, reason: 'link rate' };
  const h = req.homingPorts ?? 1;
  const k2 = Math.floor(k / m);
  const servers = req.accelerators / G;
  const res = req.reservedPortsPerLeaf;
  const backup = req.backupPortsPerLeaf ?? 0;
  const S = req.serversPerLeaf ?? 'auto';
  const podServers = (req.podAccelerators ?? 0) > 0 ? req.podAccelerators! / G : servers;
  // Whole pods, the rest as one smaller pod.
  const pods = Math.ceil(servers / podServers);
  if (!Number.isInteger(podServers)) return { ok: false, reason: 'pods' };
  const r0 = ratio(req, 0);
  const d = split(k, r0).down;
  const pps = (G * n) / P;

  if (S !== 'auto' && req.kind === 'rail-optimized') return { ok: false, reason: 'racks are for Clos kinds' };
  // Ports, units and slots.
  const ports: PortEndpoint[] = [];
  const slotOf: number[] = [];
  const perPlaneCounts = new Set<number>();
  for (let s = 0; s < servers; s++) {
    for (let y = 0; y < G * n; y++) {
      const unit = Math.floor(y / h);
      const samePlane = [];
      for (let z = unit * h; z < unit * h + h; z++) if (z % P === y % P) samePlane.push(z);
      perPlaneCounts.add(samePlane.length);
      slotOf.push(samePlane.indexOf(y));
      ports.push({ server: s, y, plane: y % P, unit, leaf: '' });
    }
  }
  if (perPlaneCounts.size > 1) return { ok: false, reason: 'a unit spreads unevenly over the planes' };
  const g = req.kind === 'rail-optimized' ? 1 : ([...perPlaneCounts][0] ?? 1);
  if (pps % g !== 0) return { ok: false, reason: 'rack ports per leaf' };
  // Leaf port plan.
  let epl: number;
  let up: number;
  if (S !== 'auto') {
    epl = (S * pps) / g;
    if (!Number.isInteger(epl) || epl + res > d) return { ok: false, reason: 'rack does not fit' };
    up = Math.min(Math.floor((k - epl - res - backup) / m), Math.ceil(epl / (r0 * m)));
  } else {
    epl = d - res;
    up = Math.floor((k - d - backup) / m);
  }
  if (epl < 1 || up < 1) return { ok: false, reason: 'no endpoint or uplink ports' };
  const podded = (req.podAccelerators ?? 0) > 0;
  if (podded && req.kind === 'leaf-spine') return { ok: false, reason: 'no tier above a leaf-spine pod' };
  const su = req.scalableUnitServers === 'auto' ? epl : req.scalableUnitServers;
  if (req.kind === 'rail-optimized' && podded && podServers % su !== 0) return { ok: false, reason: 'pod vs unit' };
  if (podded && S !== 'auto' && podServers % S !== 0) return { ok: false, reason: 'pod vs rack' };

  // Cable every port to a leaf key.
  const unitSeq = new Map<string, number>();
  ports.forEach((p, i) => {
    const pod = Math.floor(p.server / podServers);
    const slot = slotOf[i]!;
    let key: string;
    if (req.kind === 'rail-optimized') {
      key = `${Math.floor(p.server / su)}/${Math.floor(p.y / P)}/${Math.floor((p.server % su) / epl)}`;
    } else if (S !== 'auto') key = `${Math.floor(p.server / S)}/${slot}`;
    else {
      const seqKey = `${p.plane}/${pod}/${slot}`;
      const q = unitSeq.get(seqKey) ?? 0;
      unitSeq.set(seqKey, q + 1);
      key = `${pod}/${slot}/${Math.floor(q / epl)}`;
    }
    p.leaf = `${p.plane}:${key}`;
  });
  const leafLoad = new Map<string, number>();
  for (const p of ports) leafLoad.set(p.leaf, (leafLoad.get(p.leaf) ?? 0) + 1);

  // Wire each plane; pods are wired one by one.
  const all: Net = { sw: [], links: new Map() };
  let standby = 0;
  let tiers = 0;
  const lists = req.oversubscription.length;
  const maxTiers = req.kind === 'leaf-spine' ? 2 : 5;
  if (req.tiers !== 'auto' && req.tiers > maxTiers) return { ok: false, reason: 'too many tiers' };
  for (let plane = 0; plane < P; plane++) {
    const perPod: string[][] = Array.from({ length: pods }, () => []);
    const seen = new Set<string>();
    for (const p of ports) {
      if (p.plane !== plane || seen.has(p.leaf)) continue;
      seen.add(p.leaf);
      perPod[Math.floor(p.server / podServers)]!.push(p.leaf);
    }
    const leafKeys = perPod.flat();
    standby += leafKeys.length * backup;
    const build = (T: number, topDown: number, keys: string[][]): { net: Net; tops: number[][] } | undefined => {
      const net: Net = { sw: [], links: new Map() };
      const middle: { down: number; up: number }[] = [];
      for (let t = 2; t < T; t++) middle.push(split(k2, ratio(req, t - 1)));
      if (middle.some((x) => x.down < 1 || x.up < 1)) return undefined;
      const tops: number[][] = [];
      for (const podKeys of keys) {
        const leafIds = podKeys.map((key) => {
          net.sw.push({ tier: 'leaf', level: 1, radix: k, used: leafLoad.get(key)! + backup + res + m * up });
          return net.sw.length - 1;
        });
        addLinks(
          net,
          'accelerator-leaf',
          podKeys.reduce((t, key) => t + leafLoad.get(key)!, 0) + podKeys.length * backup,
        );
        const top = wireUp(net, leafIds, up, middle, k2, T, topDown);
        if (!top) return undefined;
        tops.push(top);
      }
      return { net, tops };
    };
    if (!podded) {
      let done: Net | undefined;
      const first = req.tiers === 'auto' ? 2 : req.tiers;
      const last = req.tiers === 'auto' ? maxTiers : req.tiers;
      for (let T = first; T <= last && !done; T++) {
        const b = build(T, k2, [leafKeys]);
        if (b && lists > 1 && lists > T - 1) return { ok: false, reason: 'extra ratios' };
        if (b) {
          done = b.net;
          tiers = T;
        }
      }
      if (!done) return { ok: false, reason: 'does not fit' };
      all.sw.push(...done.sw);
      for (const [c, v] of done.links) addLinks(all, c, v);
      continue;
    }
    const rx = req.podOversubscription ?? 1;
    const top = split(k2, rx);
    let b: { net: Net; tops: number[][] } | undefined;
    let Tp = 0;
    const first = req.tiers === 'auto' ? 2 : req.tiers - 1;
    const last = req.tiers === 'auto' ? maxTiers - 1 : req.tiers - 1;
    for (let t = Math.max(2, first); t <= last && !b; t++) {
      b = build(t, top.down, perPod);
      if (b) Tp = t;
    }
    if (!b) return { ok: false, reason: 'pod does not fit' };
    if (lists > 1 && lists > Tp - 1) return { ok: false, reason: 'extra ratios' };
    tiers = Tp + 1;
    // Each pod's top switches take u = ceil(pod down links / (W r)) uplinks, at most the split.
    const ups = b.tops.map((podTops) => {
      const W = podTops.length;
      const down = podTops.reduce((t, id) => t + b!.net.sw[id]!.used, 0);
      return Math.min(top.up, Math.ceil(down / (W * rx)));
    });
    const podUp = b.tops.map((podTops, i) => podTops.length * ups[i]!);
    const totalUp = podUp.reduce((t, v) => t + v, 0);
    // Cores: the fewest that divide the first pod's uplinks and take every pod's, dealt round-robin.
    let cores: OracleSwitch[] | undefined;
    for (let C = Math.max(1, Math.ceil(totalUp / k2)); C <= podUp[0]! && !cores; C++) {
      if (podUp[0]! % C !== 0) continue;
      const trial: OracleSwitch[] = Array.from({ length: C }, () => ({
        tier: NAMES[Tp]!,
        level: Tp + 1,
        radix: k2,
        used: 0,
      }));
      for (const n of podUp) for (let i = 0; i < n; i++) trial[i % C]!.used++;
      if (trial.every((c) => c.used <= k2)) cores = trial;
    }
    if (!cores) return { ok: false, reason: 'core radix' };
    b.tops.forEach((podTops, i) => podTops.forEach((id) => (b!.net.sw[id]!.used += ups[i]!)));
    addLinks(b.net, CLASSES[Tp - 1]!, totalUp);
    all.sw.push(...b.net.sw, ...cores);
    for (const [c, v] of b.net.links) addLinks(all, c, v);
  }
  return { ok: true, value: { ports, switches: all.sw, links: all.links, standby, tiers, leafLoad } };
}
