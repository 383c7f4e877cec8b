/**
 * How server-to-switch links group by (server, switch) pair when each server's NIC ports are
 * attached in order to switches of a fixed number of endpoint ports (a leaf-spine leaf, a
 * dragonfly router). Cable counts need it: a twin-port cable leg carries two links only when
 * both run between the same server and the same switch.
 */
import { mergeBundles, type LinkBundle } from './fabric-plan.ts';

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Adds the pieces of one server's `q` ports starting at port `start`, cut at switch boundaries. */
function addServer(acc: Map<number, number>, start: number, q: number, perSwitch: number, times: number): void {
  let at = start;
  const end = start + q;
  while (at < end) {
    const next = Math.min(end, (Math.floor(at / perSwitch) + 1) * perSwitch);
    acc.set(next - at, (acc.get(next - at) ?? 0) + times);
    at = next;
  }
}

/**
 * Bundles of `endpoints` links from servers of `portsPerServer` ports each, packed in order
 * onto switches with `perSwitch` endpoint ports. The pattern repeats every lcm(q, e) ports,
 * so the work is O(perSwitch), not O(servers).
 * Example: 1,024 ports, 8 per server, 32 per leaf → `[{ linksPerPair: 8, pairs: 128 }]`;
 * 12 per leaf → servers alternate 8 | 4+4 | 4+8... giving pairs of 8 and of 4.
 */
export function packedServerBundles(endpoints: number, portsPerServer: number, perSwitch: number): LinkBundle[] {
  const q = Math.max(1, Math.floor(portsPerServer));
  const e = Math.max(1, Math.floor(perSwitch));
  const servers = Math.floor(endpoints / q);
  const periodServers = e / gcd(q, e);
  const periods = Math.floor(servers / periodServers);
  const acc = new Map<number, number>();
  if (periods > 0) for (let s = 0; s < periodServers; s++) addServer(acc, s * q, q, e, periods);
  for (let s = periods * periodServers; s < servers; s++) addServer(acc, (s - periods * periodServers) * q, q, e, 1);
  return mergeBundles([...acc].map(([linksPerPair, pairs]) => ({ linksPerPair, pairs })));
}
