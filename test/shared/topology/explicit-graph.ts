/**
 * Test oracle: builds the explicit switch graph of a SMALL topology request, independently of
 * the closed-form counting in shared/topology (no countFoldedClos, groupSize, sizeClos or
 * *Counts helpers). Every switch, endpoint attachment and link is an object here; the wiring is
 * re-derived from the construction rules stated in the planners' doc comments and
 * docs/model.md:
 *
 * - Folded Clos: leaves hold endpoints; a (t+1)-block joins up to D t-blocks (D = downlinks of
 *   a tier-(t+1) switch); the position-j switches of those blocks connect to a group of upper
 *   switches and stripe their u uplinks evenly over it; the group size is the smallest
 *   s >= ceil(n*u/D) dividing u. The top tier takes every block in one group per position.
 *   Tiers: the fewest that fit (auto), or exactly the forced count.
 * - Rail-optimized: leaves per scalable unit and per rail (rail r of server i goes to the rail-r
 *   leaf of its SU).
 * - Rail-only: one Clos per rail (accelerator rank in the scale-up domain, times NIC port).
 * - Dragonfly: groups of a routers, all-to-all locally, p endpoints each, h global ports spread
 *   round-robin over the other groups (every group pair gets a link when g <= a*h + 1).
 * - Dragonfly+: groups are complete bipartite L leaves x L spines; spines carry h global ports.
 * - Slim Fly: the MMS graph over GF(q) (Besta and Hoefler, SC14), p = ceil(k'/2) per router.
 *
 * Ports to planes: NIC port y = (rank in server) * n + port of a server goes to plane y mod P
 * and is the rail floor(y / P) of that plane; for rail-only the rail is floor(x / P) with
 * x = (rank in scale-up domain) * n + port.
 */
import type { LinkClass, TopologyKind } from '../../../shared/scenario/scenario-schema.ts';
import type { TopologyRequest } from '../../../shared/topology/topology-request.ts';

export interface GraphSwitch {
  tier: string;
  level: number;
  radix: number;
  reserved: number;
  /** Index into ExplicitGraph.networks. */
  network: number;
}

export interface GraphEndpoint {
  accelerator: number;
  port: number;
  plane: number;
  /** Rail within the plane (server-rank based; for rail-only, domain-rank based). */
  rail: number;
  server: number;
  domain: number;
  /** Rank of the accelerator within its scale-up domain. */
  rank: number;
  /** Switch the port is cabled to (-1 until attached). */
  switch: number;
}

/** One independently wired network: a plane, or a plane's rail for rail-only. */
export interface GraphNetwork {
  plane: number;
  rail: number;
  tiers: number;
  endpoints: number[];
  switches: number[];
}

export interface ExplicitGraph {
  kind: TopologyKind;
  switches: GraphSwitch[];
  /** Switch-to-switch adjacency with multi-edges repeated. */
  adj: number[][];
  /** Endpoint ports attached per switch. */
  attached: number[];
  /** Endpoint index = accelerator * n + port. */
  endpoints: GraphEndpoint[];
  networks: GraphNetwork[];
  /** Links per class, accelerator-leaf included (an endpoint attachment is one link). */
  linkCounts: Map<LinkClass, number>;
  /** Largest tier count over the networks. */
  tiers: number;
}

export type GraphResult = { ok: true; graph: ExplicitGraph } | { ok: false; reason: string };

const CLOS_TIER_NAMES = ['leaf', 'spine', 'core', 'super-core', 'super-core-2'];
const CLOS_LAYER_CLASSES: LinkClass[] = ['leaf-spine', 'spine-core', 'core-super', 'core-super'];

class Builder {
  readonly switches: GraphSwitch[] = [];
  readonly adj: number[][] = [];
  readonly attached: number[] = [];
  readonly linkCounts = new Map<LinkClass, number>();
  readonly networks: GraphNetwork[] = [];
  readonly endpoints: GraphEndpoint[];
  constructor(endpoints: GraphEndpoint[]) {
    this.endpoints = endpoints;
  }

  addSwitch(tier: string, level: number, radix: number, reserved: number, network: number): number {
    const id = this.switches.length;
    this.switches.push({ tier, level, radix, reserved, network });
    this.adj.push([]);
    this.attached.push(0);
    this.networks[network]!.switches.push(id);
    return id;
  }

  link(a: number, b: number, cls: LinkClass, multiplicity = 1): void {
    for (let i = 0; i < multiplicity; i++) {
      this.adj[a]!.push(b);
      this.adj[b]!.push(a);
    }
    this.linkCounts.set(cls, (this.linkCounts.get(cls) ?? 0) + multiplicity);
  }

  attach(endpoint: number, sw: number): void {
    const e = this.endpoints[endpoint]!;
    if (e.switch !== -1) throw new Error(`endpoint ${endpoint} attached twice`);
    e.switch = sw;
    this.attached[sw]!++;
    this.linkCounts.set('accelerator-leaf', (this.linkCounts.get('accelerator-leaf') ?? 0) + 1);
  }

  /** Opens a network; switches added afterwards with its index belong to it. */
  openNetwork(plane: number, rail: number, endpoints: number[]): number {
    this.networks.push({ plane, rail, tiers: 0, endpoints, switches: [] });
    return this.networks.length - 1;
  }
}

/** All endpoints of the request, index accelerator * n + port, in accelerator order. */
function makeEndpoints(req: TopologyRequest): GraphEndpoint[] {
  const { accelerators: N, acceleratorsPerServer: G, scaleUpDomain: K, nicPortsPerAccelerator: n, planes: P } = req;
  const out: GraphEndpoint[] = [];
  for (let acc = 0; acc < N; acc++) {
    for (let port = 0; port < n; port++) {
      const y = (acc % G) * n + port;
      const x = (acc % K) * n + port;
      out.push({
        accelerator: acc,
        port,
        plane: y % P,
        rail: req.kind === 'rail-only' ? Math.floor(x / P) : Math.floor(y / P),
        server: Math.floor(acc / G),
        domain: Math.floor(acc / K),
        rank: acc % K,
        switch: -1,
      });
    }
  }
  return out;
}

function ratio(req: TopologyRequest, boundary: number): number {
  const r = req.oversubscription;
  return r[Math.min(boundary, r.length - 1)] ?? 1;
}

/** Radix of Clos tier `level` (1 = leaf): the per-tier radix where given, else the request's. */
function levelRadix(req: TopologyRequest, level: number): number {
  return req.radixByTier?.[level - 1] ?? req.radix;
}

function portSplit(radix: number, r: number): { down: number; up: number } {
  const down = Math.floor((radix * r) / (r + 1));
  return { down, up: radix - down };
}

/**
 * Plans the leaves of one Clos network for a given number of endpoint ports per leaf:
 * an ordered list of leaves, each the list of endpoint indices it holds.
 */
type LeafLayout = (endpointsPerLeaf: number, tiers: number) => number[][];

function sequentialLeaves(endpoints: number[]): LeafLayout {
  return (e) => {
    const leaves: number[][] = [];
    for (let i = 0; i < endpoints.length; i += e) leaves.push(endpoints.slice(i, i + e));
    return leaves;
  };
}

/**
 * Wires one folded Clos network with exactly T tiers into the builder. Returns false (and
 * leaves the builder untouched) when T tiers cannot hold the leaves.
 */
function tryWireClos(b: Builder, req: TopologyRequest, network: number, layout: LeafLayout, T: number): boolean {
  const k = (level: number): number => levelRadix(req, level);
  const res = req.reservedPortsPerLeaf;
  // Port splits of this T.
  let e: number;
  let leafUp: number;
  const middle: { down: number; up: number }[] = [];
  if (T === 1) {
    e = k(1) - res;
    leafUp = 0;
  } else {
    const s = portSplit(k(1), ratio(req, 0));
    e = s.down - res;
    leafUp = s.up;
    for (let t = 2; t < T; t++) middle.push(portSplit(k(t), ratio(req, t - 1)));
  }
  if (e < 1 || (T > 1 && leafUp < 1) || middle.some((m) => m.down < 1 || m.up < 1)) return false;
  const leaves = layout(e, T);
  if (leaves.some((l) => l.length > e)) throw new Error(`leaf layout put more than ${e} endpoints on a leaf`);
  if (T === 1 && leaves.length !== 1) return false;

  // Dry run of the upper tiers on block shapes first, so a misfit leaves nothing behind.
  interface PlannedGroup {
    lower: number[]; // lower switch ids (as provisional handles)
    size: number;
  }
  // Blocks are lists of "handles" of their top switches; handles are ids into `handles`.
  const handles: { level: number }[] = [];
  const newHandle = (level: number): number => {
    handles.push({ level });
    return handles.length - 1;
  };
  const leafHandles = leaves.map(() => newHandle(1));
  let blocks: number[][] = leafHandles.map((h) => [h]);
  let lowerUp = leafUp;
  const levels: { level: number; groups: PlannedGroup[]; uppers: number[][]; lowerUp: number; up: number }[] = [];
  for (let level = 2; level <= T; level++) {
    const isTop = level === T;
    const down = isTop ? k(T) : middle[level - 2]!.down;
    const up = isTop ? 0 : middle[level - 2]!.up;
    const chunks: number[][][] = [];
    if (isTop) chunks.push(blocks);
    else for (let i = 0; i < blocks.length; i += down) chunks.push(blocks.slice(i, i + down));
    const groups: PlannedGroup[] = [];
    const uppers: number[][] = [];
    const nextBlocks: number[][] = [];
    for (const chunk of chunks) {
      const width = Math.max(...chunk.map((blk) => blk.length));
      const block: number[] = [];
      for (let j = 0; j < width; j++) {
        const lower = chunk.filter((blk) => blk.length > j).map((blk) => blk[j]!);
        let s = Math.ceil((lower.length * lowerUp) / down);
        while (s <= lowerUp && lowerUp % s !== 0) s++;
        if (s > lowerUp) return false; // no group size divides the uplinks: the tier cannot hold the blocks
        const group = Array.from({ length: s }, () => newHandle(level));
        groups.push({ lower, size: s });
        uppers.push(group);
        block.push(...group);
      }
      nextBlocks.push(block);
    }
    levels.push({ level, groups, uppers, lowerUp, up });
    blocks = nextBlocks;
    lowerUp = up;
  }

  // Commit: create switches for every handle, in level order, then links.
  const id = new Map<number, number>();
  leaves.forEach((eps, i) => {
    const sw = b.addSwitch(CLOS_TIER_NAMES[0]!, 1, k(1), res, network);
    id.set(leafHandles[i]!, sw);
    for (const ep of eps) b.attach(ep, sw);
  });
  for (const lv of levels) {
    const tier = CLOS_TIER_NAMES[lv.level - 1] ?? `tier-${lv.level}`;
    const cls = CLOS_LAYER_CLASSES[lv.level - 2] ?? 'core-super';
    lv.groups.forEach((g, gi) => {
      const uppers = lv.uppers[gi]!.map((h) => {
        const sw = b.addSwitch(tier, lv.level, k(lv.level), 0, network);
        id.set(h, sw);
        return sw;
      });
      for (const lowerHandle of g.lower) {
        for (const upper of uppers) b.link(id.get(lowerHandle)!, upper, cls, lv.lowerUp / g.size);
      }
    });
  }
  b.networks[network]!.tiers = T;
  return true;
}

/** Wires a Clos network with the fewest tiers that fit (auto) or exactly the forced count. */
function wireClos(
  b: Builder,
  req: TopologyRequest,
  network: number,
  layout: LeafLayout,
  maxTiers: number,
): string | undefined {
  if (req.tiers !== 'auto') {
    if (req.tiers > maxTiers) return `at most ${maxTiers} tiers`;
    if (!tryWireClos(b, req, network, layout, req.tiers)) return `${req.tiers} tiers do not fit`;
    return extraRatiosReason(req, req.tiers);
  }
  for (let T = 1; T <= maxTiers; T++) if (tryWireClos(b, req, network, layout, T)) return extraRatiosReason(req, T);
  return `no tier count up to ${maxTiers} fits`;
}

/** A list of more than one ratio must not be longer than the T - 1 tier boundaries. */
function extraRatiosReason(req: TopologyRequest, T: number): string | undefined {
  const n = req.oversubscription.length;
  return n > 1 && n > T - 1 ? `${n} ratios for ${T - 1} boundaries` : undefined;
}

function planeEndpoints(endpoints: GraphEndpoint[], P: number): number[][] {
  const out: number[][] = Array.from({ length: P }, () => []);
  endpoints.forEach((e, i) => out[e.plane]!.push(i));
  return out;
}

/**
 * Global links among g groups with `ports` global ports each: one link per group pair, then the
 * remaining ports round-robin (circulant 2-factors, then a matching). Returns group pairs.
 */
export function globalGroupPairs(g: number, ports: number): [number, number][] {
  if (g < 2) return [];
  if (g - 1 > ports) throw new Error(`${g} groups need ${g - 1} global ports per group, have ${ports}`);
  const pairs: [number, number][] = [];
  for (let i = 0; i < g; i++) for (let j = i + 1; j < g; j++) pairs.push([i, j]);
  let rem = ports - (g - 1);
  const offsets: number[] = [];
  for (let o = 1; 2 * o < g; o++) offsets.push(o);
  let next = 0;
  while (rem >= 2 && offsets.length > 0) {
    const o = offsets[next++ % offsets.length]!;
    for (let i = 0; i < g; i++) pairs.push([i, (i + o) % g]);
    rem -= 2;
  }
  while (rem >= 1) {
    if (g % 2 === 0) {
      for (let i = 0; i < g / 2; i++) pairs.push([i, i + g / 2]);
    } else {
      for (let i = 0; i + 1 < g; i += 2) pairs.push([i, i + 1]); // the last group keeps one port idle
    }
    rem -= 1;
  }
  return pairs;
}

/** Connects group pairs through the global ports of each group's routers, h per router. */
function wireGlobal(b: Builder, groupRouters: number[][], h: number): void {
  const g = groupRouters.length;
  const pairs = globalGroupPairs(g, (groupRouters[0]?.length ?? 0) * h);
  const used = new Array<number>(g).fill(0);
  const portOf = (grp: number): number => {
    const q = used[grp]!++;
    const r = groupRouters[grp]![Math.floor(q / h)];
    if (r === undefined) throw new Error(`group ${grp} out of global ports`);
    return r;
  };
  for (const [i, j] of pairs) b.link(portOf(i), portOf(j), 'global');
}

function balancedDragonflyParams(k: number): { p: number; a: number; h: number } {
  // a = 2p = 2h with p + (a - 1) + h = 4p - 1 <= k.
  const p = Math.floor((k + 1) / 4);
  return { p, a: 2 * p, h: p };
}

// ---------------------------------------------------------------------------------------------
// GF(q) and the MMS (Slim Fly) graph.

interface Field {
  q: number;
  add(a: number, b: number): number;
  neg(a: number): number;
  mul(a: number, b: number): number;
  primitive: number;
}

function primePowerOf(q: number): { p: number; m: number } | undefined {
  if (q < 2) return undefined;
  for (let d = 2; d <= q; d++) {
    if (q % d === 0) {
      let r = q;
      let m = 0;
      while (r % d === 0) {
        r /= d;
        m++;
      }
      return r === 1 ? { p: d, m } : undefined;
    }
  }
  return undefined;
}

/** GF(p^m): elements as base-p digit vectors packed in an integer; found by brute force. */
export function makeField(q: number): Field {
  const pp = primePowerOf(q);
  if (!pp) throw new Error(`${q} is not a prime power`);
  const { p, m } = pp;
  const digits = (a: number): number[] => Array.from({ length: m }, (_, i) => Math.floor(a / p ** i) % p);
  const pack = (d: number[]): number => d.reduce((s, v, i) => s + v * p ** i, 0);
  const add = (a: number, b: number): number => {
    const x = digits(a);
    const y = digits(b);
    return pack(x.map((v, i) => (v + y[i]!) % p));
  };
  const neg = (a: number): number => pack(digits(a).map((v) => (p - v) % p));
  for (let low = 0; low < q; low++) {
    // Monic modulus x^m + (low as polynomial of degree < m).
    const f = digits(low);
    const mulWith = (a: number, b: number): number => {
      const x = digits(a);
      const y = digits(b);
      const prod = new Array<number>(2 * m).fill(0);
      for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) prod[i + j] = (prod[i + j]! + x[i]! * y[j]!) % p;
      for (let d = 2 * m - 2; d >= m; d--) {
        const c = prod[d]!;
        if (c === 0) continue;
        prod[d] = 0;
        // x^m = -f(x)
        for (let i = 0; i < m; i++) prod[d - m + i] = (((prod[d - m + i]! - c * f[i]!) % p) + p) % p;
      }
      return pack(prod.slice(0, m));
    };
    const table: number[][] = Array.from({ length: q }, (_, a) => Array.from({ length: q }, (_, c) => mulWith(a, c)));
    let field = true;
    for (let a = 1; a < q && field; a++) if (!table[a]!.includes(1)) field = false;
    if (!field) continue;
    const mul = (a: number, c: number): number => table[a]![c]!;
    for (let cand = 1; cand < q; cand++) {
      let x = cand;
      let order = 1;
      while (x !== 1) {
        x = mul(x, cand);
        order++;
      }
      if (order === q - 1) return { q, add, neg, mul, primitive: cand };
    }
  }
  throw new Error(`no field of order ${q} found`);
}

/** Generator sets X, X' of the MMS graph for q = 4w + delta. */
export function mmsGenerators(F: Field, delta: number): { X: number[]; Xp: number[] } {
  const q = F.q;
  const pow = (e: number): number => {
    let x = 1;
    for (let i = 0; i < e; i++) x = F.mul(x, F.primitive);
    return x;
  };
  const X: number[] = [];
  const Xp: number[] = [];
  if (delta === 1) {
    for (let i = 0; i <= q - 3; i += 2) X.push(pow(i));
    for (let i = 1; i <= q - 2; i += 2) Xp.push(pow(i));
  } else if (delta === -1) {
    const w = (q + 1) / 4;
    for (let i = 0; i <= 2 * w - 2; i += 2) X.push(pow(i));
    for (let i = 2 * w - 1; i <= 4 * w - 3; i += 2) X.push(pow(i));
    for (let i = 1; i <= 2 * w - 1; i += 2) Xp.push(pow(i));
    for (let i = 2 * w; i <= 4 * w - 2; i += 2) Xp.push(pow(i));
  } else {
    const w = q / 4;
    for (let i = 0; i <= 4 * w - 2; i += 2) X.push(pow(i));
    for (let i = 1; i <= 4 * w - 1; i += 2) Xp.push(pow(i));
  }
  return { X, Xp };
}

function slimFlyDeltaOf(q: number): number | undefined {
  return q % 4 === 1 ? 1 : q % 4 === 3 ? -1 : q % 4 === 0 ? 0 : undefined;
}

/** Smallest prime power q >= 3 whose Slim Fly fits the radix and holds `endpoints`. */
export function slimFlyParams(
  radix: number,
  endpoints: number,
): { q: number; delta: number; networkRadix: number; p: number } | undefined {
  for (let q = 3; ; q++) {
    const delta = slimFlyDeltaOf(q);
    if (delta === undefined || !primePowerOf(q)) continue;
    const networkRadix = (3 * q - delta) / 2;
    const p = Math.ceil(networkRadix / 2);
    if (networkRadix + 1 > radix) return undefined; // radix only grows with q from here on
    if (networkRadix + p > radix) continue;
    if (2 * q * q * p >= endpoints) return { q, delta, networkRadix, p };
  }
}

// ---------------------------------------------------------------------------------------------

/**
 * Builds the explicit graph of `req`, or says why it cannot be built. Only for small requests:
 * every switch and link is materialised.
 */
export function buildExplicitGraph(req: TopologyRequest): GraphResult {
  const { accelerators: N, acceleratorsPerServer: G, nicPortsPerAccelerator: n, planes: P, radix: k } = req;
  if (N % G !== 0 || (G * n) % P !== 0) return { ok: false, reason: 'servers or planes do not divide' };
  if (req.kind === 'rail-only' && (req.scaleUpDomain * n) % P !== 0) return { ok: false, reason: 'rails per plane' };
  if (['dragonfly', 'dragonfly-plus', 'slim-fly'].includes(req.kind) && req.oversubscription.some((r) => r !== 1)) {
    return { ok: false, reason: 'a direct network takes no oversubscription' };
  }
  const endpoints = makeEndpoints(req);
  const b = new Builder(endpoints);
  const perPlane = planeEndpoints(endpoints, P);

  switch (req.kind) {
    case 'fat-tree':
    case 'leaf-spine': {
      const maxTiers = req.kind === 'leaf-spine' ? 2 : 5;
      for (let plane = 0; plane < P; plane++) {
        const eps = perPlane[plane]!;
        const net = b.openNetwork(plane, 0, eps);
        const why = wireClos(b, req, net, sequentialLeaves(eps), maxTiers);
        if (why) return { ok: false, reason: `plane ${plane}: ${why}` };
      }
      break;
    }
    case 'rail-optimized': {
      const rails = (G * n) / P;
      for (let plane = 0; plane < P; plane++) {
        const eps = perPlane[plane]!;
        const net = b.openNetwork(plane, 0, eps);
        const layout: LeafLayout = (e, T) => {
          if (T === 1) return sequentialLeaves(eps)(e, T);
          // 'auto': a unit is one leaf's endpoint ports.
          const su = req.scalableUnitServers === 'auto' ? e : req.scalableUnitServers;
          // key (SU, rail, chunk of e servers within the SU) -> leaf
          const leaves = new Map<string, number[]>();
          const S = N / G;
          for (let unit = 0; unit * su < S; unit++) {
            const inUnit = Math.min(su, S - unit * su);
            for (let r = 0; r < rails; r++) {
              for (let c = 0; c < Math.ceil(inUnit / e); c++) leaves.set(`${unit}/${r}/${c}`, []);
            }
          }
          for (const ep of eps) {
            const e0 = endpoints[ep]!;
            const unit = Math.floor(e0.server / su);
            const c = Math.floor((e0.server % su) / e);
            leaves.get(`${unit}/${e0.rail}/${c}`)!.push(ep);
          }
          return [...leaves.values()];
        };
        const why = wireClos(b, req, net, layout, 5);
        if (why) return { ok: false, reason: `plane ${plane}: ${why}` };
        const T = b.networks[net]!.tiers;
        const res = req.reservedPortsPerLeaf;
        if (req.scalableUnitServers !== 'auto' && res > 0 && T > 1) {
          const e = portSplit(levelRadix(req, 1), ratio(req, 0)).down - res;
          const su = req.scalableUnitServers;
          if (Math.ceil(su / e) > Math.ceil(su / (e + res))) return { ok: false, reason: 'reservation spills a unit' };
        }
      }
      break;
    }
    case 'rail-only': {
      const railsPerPlane = (req.scaleUpDomain * n) / P;
      const capacity = levelRadix(req, 1) - req.reservedPortsPerLeaf;
      const railEps = (plane: number, rail: number) => perPlane[plane]!.filter((i) => endpoints[i]!.rail === rail);
      let allSmall = req.tiers === 'auto' || req.tiers === 1;
      for (let plane = 0; plane < P && allSmall; plane++) {
        for (let rail = 0; rail < railsPerPlane; rail++) if (railEps(plane, rail).length > capacity) allSmall = false;
      }
      if (allSmall && req.oversubscription.length === 1 && capacity >= 1) {
        // Pack whole rails into shared switches, one network per switch; fall back when nothing is saved.
        const packed: number[][][] = [];
        for (let plane = 0; plane < P; plane++) {
          const rails = Array.from({ length: railsPerPlane }, (_, r) => railEps(plane, r)).filter((x) => x.length > 0);
          rails.sort((x, y) => y.length - x.length);
          const bins: number[][] = [];
          const free: number[] = [];
          for (const rail of rails) {
            const at = free.findIndex((f) => f >= rail.length);
            if (at >= 0) {
              bins[at]!.push(...rail);
              free[at]! -= rail.length;
            } else {
              bins.push([...rail]);
              free.push(capacity - rail.length);
            }
          }
          packed.push(bins);
        }
        if (packed.every((bins, plane) => bins.length < railEpsCount(plane))) {
          packed.forEach((bins, plane) => {
            for (const bin of bins) {
              const net = b.openNetwork(plane, -1, bin);
              const sw = b.addSwitch(CLOS_TIER_NAMES[0]!, 1, levelRadix(req, 1), req.reservedPortsPerLeaf, net);
              for (const ep of bin) b.attach(ep, sw);
              b.networks[net]!.tiers = 1;
            }
          });
          break;
        }
      }
      function railEpsCount(plane: number): number {
        let c = 0;
        for (let rail = 0; rail < railsPerPlane; rail++) if (railEps(plane, rail).length > 0) c++;
        return c;
      }
      for (let plane = 0; plane < P; plane++) {
        for (let rail = 0; rail < railsPerPlane; rail++) {
          const eps = perPlane[plane]!.filter((i) => endpoints[i]!.rail === rail);
          if (eps.length === 0) continue;
          const net = b.openNetwork(plane, rail, eps);
          const why = wireClos(b, req, net, sequentialLeaves(eps), 5);
          if (why) return { ok: false, reason: `plane ${plane} rail ${rail}: ${why}` };
        }
      }
      break;
    }
    case 'dragonfly': {
      const { p, a, h } = req.dragonfly.mode === 'balanced' ? balancedDragonflyParams(k) : req.dragonfly;
      if (p < 1 || a < 1 || h < 0) return { ok: false, reason: 'p, a must be >= 1' };
      if (p + (a - 1) + h > k) return { ok: false, reason: `router needs ${p + a - 1 + h} ports > ${k}` };
      for (let plane = 0; plane < P; plane++) {
        const eps = perPlane[plane]!;
        const net = b.openNetwork(plane, 0, eps);
        const g = Math.ceil(eps.length / (a * p));
        if (g > a * h + 1) return { ok: false, reason: `${g} groups > a*h+1 = ${a * h + 1}` };
        const groups: number[][] = [];
        for (let grp = 0; grp < g; grp++) {
          const routers = Array.from({ length: a }, () => b.addSwitch('router', 1, k, 0, net));
          for (let i = 0; i < a; i++) for (let j = i + 1; j < a; j++) b.link(routers[i]!, routers[j]!, 'local');
          groups.push(routers);
        }
        eps.forEach((ep, i) => b.attach(ep, groups[Math.floor(i / (a * p))]![Math.floor((i % (a * p)) / p)]!));
        wireGlobal(b, groups, h);
        b.networks[net]!.tiers = 1;
      }
      break;
    }
    case 'dragonfly-plus': {
      const balanced = req.dragonfly.mode === 'balanced';
      const p = balanced ? Math.floor(k / 2) : req.dragonfly.p;
      const L = balanced ? k - p : req.dragonfly.a;
      const h = balanced ? p : req.dragonfly.h;
      if (p < 1 || L < 1 || h < 1) return { ok: false, reason: 'p, L, h must be >= 1' };
      if (p + L > k || L + h > k) return { ok: false, reason: `leaf ${p + L} or spine ${L + h} ports > ${k}` };
      for (let plane = 0; plane < P; plane++) {
        const eps = perPlane[plane]!;
        const net = b.openNetwork(plane, 0, eps);
        const g = Math.ceil(eps.length / (L * p));
        if (g > L * h + 1) return { ok: false, reason: `${g} groups > L*h+1 = ${L * h + 1}` };
        const leafGroups: number[][] = [];
        const spineGroups: number[][] = [];
        for (let grp = 0; grp < g; grp++) {
          const leaves = Array.from({ length: L }, () => b.addSwitch('leaf', 1, k, 0, net));
          const spines = Array.from({ length: L }, () => b.addSwitch('spine', 2, k, 0, net));
          for (const l of leaves) for (const s of spines) b.link(l, s, 'local');
          leafGroups.push(leaves);
          spineGroups.push(spines);
        }
        eps.forEach((ep, i) => b.attach(ep, leafGroups[Math.floor(i / (L * p))]![Math.floor((i % (L * p)) / p)]!));
        wireGlobal(b, spineGroups, h);
        b.networks[net]!.tiers = 2;
      }
      break;
    }
    case 'slim-fly': {
      const sf = slimFlyParams(k, (N * n) / P);
      if (!sf) return { ok: false, reason: `no Slim Fly at radix ${k} holds ${(N * n) / P}` };
      const { q, delta, p } = sf;
      const F = makeField(q);
      const { X, Xp } = mmsGenerators(F, delta);
      for (const set of [X, Xp]) {
        for (const x of set) if (!set.includes(F.neg(x))) throw new Error(`generator set of q=${q} is not symmetric`);
      }
      for (let plane = 0; plane < P; plane++) {
        const eps = perPlane[plane]!;
        const net = b.openNetwork(plane, 0, eps);
        const base = b.switches.length;
        for (let i = 0; i < 2 * q * q; i++) b.addSwitch('router', 1, k, 0, net);
        const r0 = (x: number, y: number): number => base + x * q + y;
        const r1 = (m: number, c: number): number => base + q * q + m * q + c;
        for (let x = 0; x < q; x++) {
          for (let y = 0; y < q; y++) {
            for (const d of X) {
              const y2 = F.add(y, d);
              if (y < y2) b.link(r0(x, y), r0(x, y2), 'global');
            }
            for (const d of Xp) {
              const y2 = F.add(y, d);
              if (y < y2) b.link(r1(x, y), r1(x, y2), 'global');
            }
            // (0, x, y) ~ (1, m, c) iff y = m x + c
            for (let m = 0; m < q; m++) b.link(r0(x, y), r1(m, F.add(y, F.neg(F.mul(m, x)))), 'global');
          }
        }
        eps.forEach((ep, i) => b.attach(ep, base + Math.floor(i / p)));
        b.networks[net]!.tiers = 1;
      }
      break;
    }
  }
  for (let i = 0; i < endpoints.length; i++) {
    if (endpoints[i]!.switch === -1) throw new Error(`endpoint ${i} not attached`);
  }
  return {
    ok: true,
    graph: {
      kind: req.kind,
      switches: b.switches,
      adj: b.adj,
      attached: b.attached,
      endpoints,
      networks: b.networks,
      linkCounts: b.linkCounts,
      tiers: Math.max(0, ...b.networks.map((nw) => nw.tiers)),
    },
  };
}

/** Ports in use on a switch: endpoint attachments, switch links and reserved ports. */
export function switchDegree(g: ExplicitGraph, sw: number): number {
  return g.attached[sw]! + g.adj[sw]!.length + g.switches[sw]!.reserved;
}

/** Hop distances (switch-to-switch links) from one switch; -1 where unreachable. */
export function switchDistances(g: ExplicitGraph, from: number): Int32Array {
  const dist = new Int32Array(g.switches.length).fill(-1);
  dist[from] = 0;
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const s = queue[head]!;
    for (const t of g.adj[s]!) {
      if (dist[t] === -1) {
        dist[t] = dist[s]! + 1;
        queue.push(t);
      }
    }
  }
  return dist;
}

export interface TierSummary {
  count: number;
  level: number;
  radix: number;
  portsUsed: number;
  portsReserved: number;
}

/** Switch count and port use per tier name, over all networks. */
export function tierSummary(g: ExplicitGraph): Map<string, TierSummary> {
  const out = new Map<string, TierSummary>();
  g.switches.forEach((s, i) => {
    const t = out.get(s.tier) ?? { count: 0, level: s.level, radix: s.radix, portsUsed: 0, portsReserved: 0 };
    t.count++;
    t.portsUsed += switchDegree(g, i);
    t.portsReserved += s.reserved;
    out.set(s.tier, t);
  });
  return out;
}
