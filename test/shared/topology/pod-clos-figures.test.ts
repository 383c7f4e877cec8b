/**
 * Worked figures and refusal texts of the pod-structured Clos planner (pod-clos.ts) on small
 * hand-sized requests: switch counts, ports in use and idle per tier, links per class, notes,
 * blocks, pods, scalable units, and the exact refusals (field, value and message) users read.
 * Every expected figure is worked by hand in the comment above it. Ports are 100G (B) unless a
 * case sets a faster switch-link rate U = m x B; a leaf of radix k at 1:1 has k/2 down ports.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { homingGroupPerPlane, needsPodClos, planPodClos } from '../../../shared/topology/pod-clos.ts';
import type { FabricPlan } from '../../../shared/topology/fabric-plan.ts';
import type { TopologyRequest } from '../../../shared/topology/topology-request.ts';
import { request } from './request.ts';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import { scenario } from '../../fixtures/scenario.ts';

/** One accelerator and one 100G port per server, radix 8 (small enough to count by hand). */
const small = (over: Partial<TopologyRequest>) =>
  request({ nicPortRateGbps: 100, acceleratorsPerServer: 1, scaleUpDomain: 1, radix: 8, ...over });

function built(req: TopologyRequest): FabricPlan {
  const r = planPodClos(req);
  if (!r.ok) assert.fail(`${r.error.path}: ${r.error.message}`);
  return r.value;
}

function refused(req: TopologyRequest, path: string, value: unknown, message: string): void {
  const r = planPodClos(req);
  assert.ok(!r.ok, 'expected a refusal');
  assert.deepEqual([r.error.path, r.error.value, r.error.message], [path, String(value), message]);
}

/** [tier, level, count, radix, ports used, ports reserved, idle ports] per tier. */
const tiers = (p: FabricPlan) =>
  p.switchTiers.map((t) => [t.tier, t.level, t.count, t.radix, t.portsUsed, t.portsReserved, t.idlePorts]);
const links = (p: FabricPlan) => p.links.map((l) => [l.class, l.count, l.rateGbps]);

describe('homing groups and when the planner is needed', () => {
  test('ports of a homing unit per plane', () => {
    // Single homing, or a unit no larger than the planes: 1 port per plane.
    assert.equal(homingGroupPerPlane(1, 1), 1);
    assert.equal(homingGroupPerPlane(1, 2), 1);
    assert.equal(homingGroupPerPlane(0, 1), 1);
    assert.equal(homingGroupPerPlane(2, 3), 1);
    // A 2-port NIC in one plane: both ports there; 4 ports over 2 planes: 2 per plane.
    assert.equal(homingGroupPerPlane(2, 1), 2);
    assert.equal(homingGroupPerPlane(4, 2), 2);
    // 4 ports over 3 planes do not split evenly.
    assert.equal(homingGroupPerPlane(4, 3), undefined);
  });

  test('dual-homing needs this planner on a Clos but not on rails', () => {
    // 2 ports of a NIC in one plane (g = 2) on a fat-tree or leaf-spine: yes; rail-optimized: no
    // (the plain rail planner already puts ports on different rails).
    assert.equal(needsPodClos(request({ nicPortsPerAccelerator: 2, homingPorts: 2 })), true);
    assert.equal(needsPodClos(request({ kind: 'leaf-spine', nicPortsPerAccelerator: 2, homingPorts: 2 })), true);
    assert.equal(needsPodClos(request({ kind: 'rail-optimized', nicPortsPerAccelerator: 2, homingPorts: 2 })), false);
    // Two planes take one port each (g = 1): the plain planners do.
    assert.equal(needsPodClos(request({ nicPortsPerAccelerator: 2, homingPorts: 2, planes: 2 })), false);
    assert.equal(needsPodClos(request({})), false);
  });
});

describe('leaf layouts and their refusals', () => {
  test('a single switch with backup ports keeps them out of its endpoint ports', () => {
    // 6 servers x 8 GPUs = 48 ports on radix 64 with 4 backup ports: one switch holds
    // 64 - 4 = 60 endpoint ports (the most this tier count takes), 48 + 4 standby = 52 ports in
    // use, 12 idle; no uplinks, so no leaf note and no blocks; hop bound 2 x 1 - 1 = 1.
    const p = built(request({ nicPortRateGbps: 100, accelerators: 48, backupPortsPerLeaf: 4 }));
    assert.equal(p.tiers, 1);
    assert.equal(p.switchHopBound, 1);
    assert.equal(p.maxEndpointsPerPlane, 60);
    assert.deepEqual(tiers(p), [['leaf', 1, 1, 64, 52, 0, 12]]);
    assert.deepEqual(links(p), [['accelerator-leaf', 52, 100]]);
    assert.deepEqual(p.notes, []);
    assert.equal(p.blocks, undefined);
    assert.equal(p.scalableUnit, undefined);
    assert.equal(p.standbyEndpoints, 4);
  });

  test('a leaf with one endpoint port still builds', () => {
    // Radix 4 at 1:1: 2 down, 1 reserved → 1 endpoint port and 2 uplinks. One switch holds
    // 4 - 1 = 3 ports < 4 GPUs, so two tiers: 4 leaves (1 + 1 reserved + 2 up = 4 ports each, none
    // idle) under 2 spines of 4 ports (8 uplinks / 4); at most k = 4 leaves x 1 = 4 endpoints.
    const p = built(small({ radix: 4, reservedPortsPerLeaf: 1, accelerators: 4 }));
    assert.deepEqual(tiers(p), [
      ['leaf', 1, 4, 4, 16, 4, 0],
      ['spine', 2, 2, 4, 8, 0, 0],
    ]);
    assert.deepEqual(links(p), [
      ['accelerator-leaf', 4, 100],
      ['leaf-spine', 8, 100],
    ]);
    assert.equal(p.maxEndpointsPerPlane, 4);
    assert.equal(p.switchHopBound, 3);
    // 1 x 100G down / 2 x 100G up = 0.5; the block ratio is at least 1.
    assert.deepEqual(p.notes, ['leaf: 1 x 100G active downlinks, 2 x 100G uplinks (0.5:1)']);
    assert.deepEqual(p.blocks, [{ endpoints: 1, oversubscription: 1 }]);
  });

  test('reserved or backup ports that leave a leaf nothing are refused on the field that did it', () => {
    // Radix 4 at 1:1: 2 down ports, both reserved → no endpoint port.
    refused(
      small({ radix: 4, tiers: 2, reservedPortsPerLeaf: 2, accelerators: 8 }),
      'topology.reservedPortsPerLeaf',
      2,
      'leaves of radix 4 keep no endpoint port at this oversubscription; use fewer',
    );
    // 1 of the 2 down ports reserved (1 endpoint port left), the 2 up ports taken by 2 backup.
    refused(
      small({ radix: 4, tiers: 2, reservedPortsPerLeaf: 1, backupPortsPerLeaf: 2, accelerators: 8 }),
      'topology.backupPortsPerLeaf',
      2,
      'leaves of radix 4 keep no uplink at this oversubscription; use fewer',
    );
  });

  test('racks that overfill a leaf are refused with the largest rack that fits', () => {
    // Radix 64 at 1:1: 32 down, 2 reserved → 30 endpoint ports; 4 servers x 8 = 32 ports.
    // floor(30 / 8) = 3 servers.
    refused(
      request({ nicPortRateGbps: 100, serversPerLeaf: 4, reservedPortsPerLeaf: 2 }),
      'topology.serversPerLeaf',
      4,
      '4 servers put 32 ports on each leaf, but a leaf of radix 64 has 30 endpoint ports at oversubscription 1 ' +
        'after 2 reserved; use at most 3 servers per leaf',
    );
    // 20 reserved: 12 endpoint ports hold floor(12 / 8) = 1 server of 8 ports, not 2.
    refused(
      request({ nicPortRateGbps: 100, serversPerLeaf: 2, reservedPortsPerLeaf: 20 }),
      'topology.serversPerLeaf',
      2,
      '2 servers put 16 ports on each leaf, but a leaf of radix 64 has 12 endpoint ports at oversubscription 1 ' +
        'after 20 reserved; use at most 1 servers per leaf',
    );
    // No reserved ports: 32 endpoint ports, 5 x 8 = 40 ports; floor(32 / 8) = 4.
    refused(
      request({ nicPortRateGbps: 100, serversPerLeaf: 5 }),
      'topology.serversPerLeaf',
      5,
      '5 servers put 40 ports on each leaf, but a leaf of radix 64 has 32 endpoint ports at oversubscription 1; ' +
        'use at most 4 servers per leaf',
    );
    // Dual-homed 2-port NICs (g = 2): a server's 16 ports spread over a group of 2 leaves, 8 on
    // each; 5 servers put 40 on each leaf; floor(30 x 2 / 16) = 3 servers per group.
    refused(
      request({
        nicPortRateGbps: 100,
        nicPortsPerAccelerator: 2,
        homingPorts: 2,
        serversPerLeaf: 5,
        reservedPortsPerLeaf: 2,
      }),
      'topology.serversPerLeaf',
      5,
      '5 servers put 40 ports on each leaf, but a leaf of radix 64 has 30 endpoint ports at oversubscription 1 ' +
        'after 2 reserved; use at most 3 servers per leaf',
    );
  });

  test('a rack leaf that cannot hold even one server says what would help', () => {
    // 51.2T switch at 400G: 128 ports, 64 down at 1:1, 60 reserved → 4 endpoint ports < one
    // server's 8 ports. Fewer servers per leaf cannot help ("at most 0" would mislead).
    const r = evaluateScenario(
      scenario({
        year: 2024,
        cluster: { acceleratorCount: 1024, acceleratorsPerServer: 8 },
        scaleOut: { ecosystem: 'ethernet-roce', nicPortRateGbps: 400 },
        topology: { kind: 'fat-tree', serversPerLeaf: 1, reservedPortsPerLeaf: 60 },
      }),
      defaultCatalog,
    );
    assert.ok(!r.ok);
    assert.deepEqual(
      [r.error.path, r.error.message],
      [
        'topology.serversPerLeaf',
        '1 servers put 8 ports on each leaf, but a leaf of radix 128 has 4 endpoint ports at oversubscription 1 ' +
          "after 60 reserved; not one server's 8 ports fit; pick a larger radix or reserve fewer ports",
      ],
    );
    // Dual-homed 2-port NICs (g = 2): a server's 16 ports put 8 on each leaf of its group; radix
    // 16 at 1:1 with 1 reserved keeps 7 endpoint ports.
    refused(
      request({
        nicPortRateGbps: 100,
        radix: 16,
        nicPortsPerAccelerator: 2,
        homingPorts: 2,
        serversPerLeaf: 1,
        reservedPortsPerLeaf: 1,
      }),
      'topology.serversPerLeaf',
      1,
      '1 servers put 8 ports on each leaf, but a leaf of radix 16 has 7 endpoint ports at oversubscription 1 ' +
        "after 1 reserved; not one server's 8 ports fit; pick a larger radix or reserve fewer ports",
    );
    // Radix 16 at 1:1: 8 down ports; a server of 8 GPUs x 2 ports has 16.
    refused(
      request({ nicPortRateGbps: 100, radix: 16, nicPortsPerAccelerator: 2, serversPerLeaf: 1 }),
      'topology.serversPerLeaf',
      1,
      "1 servers put 16 ports on each leaf, but a leaf of radix 16 has 8 endpoint ports at oversubscription 1; not one server's 16 ports fit; pick a larger radix",
    );
  });

  test('a rack leaf with no port left for an uplink is refused on the backup ports', () => {
    // Radix 16 at 1:1: 8 down; 1 server x 8 ports fills them; 8 backup ports leave 16 - 8 - 8 = 0.
    refused(
      request({ nicPortRateGbps: 100, radix: 16, accelerators: 16, serversPerLeaf: 1, backupPortsPerLeaf: 8 }),
      'topology.backupPortsPerLeaf',
      8,
      'leaves of radix 16 have no port left for an uplink',
    );
    // 9 backup ports: even a single switch (16 - 9 = 7 ports) cannot hold a server's 8, but the
    // refusal is the two-tier one about the uplink, not the single-switch one about the rack.
    refused(
      request({ nicPortRateGbps: 100, radix: 16, accelerators: 16, serversPerLeaf: 1, backupPortsPerLeaf: 9 }),
      'topology.backupPortsPerLeaf',
      9,
      'leaves of radix 16 have no port left for an uplink',
    );
  });

  test('rack notes name the group of leaves when NICs are dual-homed', () => {
    // 8 servers x 8 GPUs x 2 ports = 128 ports, g = 2: a server puts 8 ports on each leaf of its
    // group; 2 servers per group → 16 ports per leaf, up = ceil(16 / 1) = 16; 4 groups = 8 leaves
    // of 32 used ports (32 idle); 128 uplinks on 2 spines of 64.
    const dual = built(
      request({ nicPortRateGbps: 100, nicPortsPerAccelerator: 2, homingPorts: 2, serversPerLeaf: 2, accelerators: 64 }),
    );
    assert.deepEqual(tiers(dual), [
      ['leaf', 1, 8, 64, 256, 0, 256],
      ['spine', 2, 2, 64, 128, 0, 0],
    ]);
    assert.deepEqual(dual.notes, [
      'leaf: 16 x 100G active downlinks, 16 x 100G uplinks (1:1)',
      '2 servers per group of 2 leaves',
      'dual-homed: the 2 ports of each NIC in a plane go to 2 different leaves',
    ]);
    assert.deepEqual(dual.blocks, [{ endpoints: 16, oversubscription: 1 }]);
    // Single-homed: 2 servers x 8 = 16 ports per leaf, 4 leaves, 64 uplinks on one spine.
    const single = built(request({ nicPortRateGbps: 100, serversPerLeaf: 2, accelerators: 64 }));
    assert.deepEqual(tiers(single), [
      ['leaf', 1, 4, 64, 128, 0, 128],
      ['spine', 2, 1, 64, 64, 0, 0],
    ]);
    assert.deepEqual(single.notes, ['leaf: 16 x 100G active downlinks, 16 x 100G uplinks (1:1)', '2 servers per leaf']);
  });

  test('a dual-homed fabric that one switch could hold still gets two leaves per NIC', () => {
    // 1 server x 8 GPUs x 2 ports, g = 2: 16 ports, 8 on each of 2 leaves (radix 64: 32 down,
    // 32 up); 64 uplinks on 1 spine. Leaf ports used: 16 + 2 x 32 = 80 of 128.
    const p = built(request({ nicPortRateGbps: 100, accelerators: 8, nicPortsPerAccelerator: 2, homingPorts: 2 }));
    assert.deepEqual(tiers(p), [
      ['leaf', 1, 2, 64, 80, 0, 48],
      ['spine', 2, 1, 64, 64, 0, 0],
    ]);
    assert.deepEqual(p.notes, [
      'leaf: 32 x 100G active downlinks, 32 x 100G uplinks (1:1)',
      'dual-homed: the 2 ports of each NIC in a plane go to 2 different leaves',
    ]);
  });

  test('the leaf note counts backup ports and faster uplinks', () => {
    // Radix 16 at 100G, 200G uplinks (m = 2), 2 backup: 8 down, up = floor((16 - 8 - 2) / 2) = 3;
    // 800G down / 600G up = 1.333:1. 16 GPUs = 2 leaves (+ 2 standby each), 6 uplinks on one
    // spine of floor(16 / 2) = 8 ports at 200G (2 idle). Leaf ports: 16 + 4 + 2 x 3 x 2 = 32.
    const p = built(small({ radix: 16, switchLinkRateGbps: 200, backupPortsPerLeaf: 2, accelerators: 16 }));
    assert.deepEqual(p.notes, ['leaf: 8 x 100G active downlinks + 2 backup, 3 x 200G uplinks (1.333:1)']);
    assert.deepEqual(tiers(p), [
      ['leaf', 1, 2, 16, 32, 0, 0],
      ['spine', 2, 1, 8, 6, 0, 2],
    ]);
    assert.deepEqual(links(p), [
      ['accelerator-leaf', 20, 100],
      ['leaf-spine', 6, 200],
    ]);
    assert.equal(p.standbyEndpoints, 4);
    assert.deepEqual(p.blocks, [{ endpoints: 8, oversubscription: 8 / 6 }]);
  });

  test('without a NIC rate the planner takes uplinks one port each and puts no rate on links', () => {
    // m = 1 when the NIC rate is unknown: 2 servers x 8 = 16 ports per leaf, 16 up; 4 leaves.
    const p = built(request({ serversPerLeaf: 2, accelerators: 64, switchLinkRateGbps: 800 }));
    assert.deepEqual(tiers(p), [
      ['leaf', 1, 4, 64, 128, 0, 128],
      ['spine', 2, 1, 64, 64, 0, 0],
    ]);
    assert.deepEqual(p.links, [
      { class: 'accelerator-leaf', count: 64 },
      { class: 'leaf-spine', count: 64, bundles: [{ linksPerPair: 16, pairs: 4 }] },
    ]);
  });
});

describe('tiers, middle blocks and planner refusals', () => {
  test('a three-tier build lists the spine block at its own ratio', () => {
    // Radix 8, [1, 3]: leaves 4 down / 4 up; two tiers hold 8 leaves = 32 GPUs < 40, so three:
    // spines split 1:3 → 6 down, 2 up; a spine block joins 6 leaves = 24 endpoints at 3:1.
    // At most 6 x 8 = 48 leaves x 4 = 192 endpoints. 10 leaves, 8 spines, 4 cores.
    const p = built(small({ accelerators: 40, switchLinkRateGbps: 100, oversubscription: [1, 3] }));
    assert.equal(p.tiers, 3);
    assert.equal(p.switchHopBound, 5);
    assert.equal(p.maxEndpointsPerPlane, 192);
    assert.deepEqual(p.blocks, [
      { endpoints: 4, oversubscription: 1 },
      { endpoints: 24, oversubscription: 3 },
    ]);
    assert.deepEqual(tiers(p), [
      ['leaf', 1, 10, 8, 80, 0, 0],
      ['spine', 2, 8, 8, 56, 0, 8],
      ['core', 3, 4, 8, 16, 0, 16],
    ]);
  });

  test('each middle tier splits at its own boundary ratio', () => {
    // Radix 4, [1, 3, 1]: leaves 2 down / 2 up; spines at 1:3 split 3 down / 1 up, cores at 1:1
    // 2 / 2. Two tiers hold 4 leaves, three 3 x 4 = 12, four 3 x 2 x 4 = 24; 26 GPUs = 13 leaves
    // → four tiers. Blocks: a spine joins 3 leaves (6 endpoints, 3:1), a core 2 spine blocks
    // (12 endpoints, 1:1). At most 24 leaves x 2 = 48 endpoints.
    const p = built(small({ radix: 4, accelerators: 26, switchLinkRateGbps: 100, oversubscription: [1, 3, 1] }));
    assert.equal(p.tiers, 4);
    assert.equal(p.maxEndpointsPerPlane, 48);
    assert.deepEqual(p.blocks, [
      { endpoints: 2, oversubscription: 1 },
      { endpoints: 6, oversubscription: 3 },
      { endpoints: 12, oversubscription: 1 },
    ]);
  });

  test('fabrics that do not fit are refused with their endpoints and the capacity', () => {
    // Radix 16 at 1:1 with 1 backup: 8 endpoint ports, 7 up; two tiers hold 16 leaves = 128.
    refused(
      request({ nicPortRateGbps: 100, radix: 16, tiers: 2, backupPortsPerLeaf: 1 }),
      'topology.tiers',
      2,
      'a fat-tree of 1024 endpoints per plane does not fit 2 tiers (at most 128 at radix 16); ' +
        'add tiers or planes, or pick a larger radix',
    );
    // Radix 4 with 200G uplinks: leaves 2 down / 1 up, spines of 2 ports split 1 down / 1 up, so
    // every tier count holds 2 leaves = 4 endpoints; 6 GPUs do not fit up to 5 tiers.
    refused(
      small({ radix: 4, switchLinkRateGbps: 200, accelerators: 6 }),
      'cluster.acceleratorCount',
      6,
      'a fat-tree of 6 endpoints per plane does not fit up to 5 tiers (at most 4 at radix 4); ' +
        'add tiers or planes, or pick a larger radix',
    );
  });

  test('switch-link rates, tiers and homing the planner cannot build are refused', () => {
    refused(
      small({ switchLinkRateGbps: 150 }),
      'topology.switchLinkRateGbps',
      150,
      'must be the NIC port rate 100 Gb/s or a whole multiple of it (e.g. 200)',
    );
    refused(
      request({ nicPortRateGbps: 400, switchLinkRateGbps: 0 }),
      'topology.switchLinkRateGbps',
      0,
      'must be the NIC port rate 400 Gb/s or a whole multiple of it (e.g. 800)',
    );
    refused(
      request({ nicPortRateGbps: 100, kind: 'leaf-spine', tiers: 3, backupPortsPerLeaf: 1 }),
      'topology.tiers',
      3,
      'a leaf-spine has at most 2 tiers',
    );
    // 3-port units over 2 planes: neither 1 port per plane nor an even split.
    refused(
      request({ nicPortRateGbps: 100, acceleratorsPerServer: 2, nicPortsPerAccelerator: 3, homingPorts: 3, planes: 2 }),
      'scaleOut.planes',
      2,
      'dual-homed units of 3 ports need planes that divide 3 or are at least 3',
    );
    // 1 port per server cannot be split over a group of 2 leaves.
    refused(
      small({ homingPorts: 2, serversPerLeaf: 2 }),
      'topology.serversPerLeaf',
      2,
      'each leaf of a dual-homed rack must get the same number of ports',
    );
  });

  test('upper switches with no port to spare are refused on the oversubscription', () => {
    // Radix 4 at 100G with 300G uplinks: floor(4 / 3) = 1 port per upper switch. A rack of 1
    // server (1 port) leaves 3 free ports, 1 uplink; one 1-port spine joins 1 leaf, so 2 servers
    // need a third tier whose 1-port switches cannot split into down and up ports.
    refused(
      small({ radix: 4, switchLinkRateGbps: 300, serversPerLeaf: 1, accelerators: 2, oversubscription: [1, 1] }),
      'topology.oversubscription',
      '1, 1',
      'leaves no uplinks',
    );
  });
});

describe('pods', () => {
  test('whole pods and a smaller last pod: every tier, link and note', () => {
    // Radix 8, 1 reserved: leaves 3 endpoint ports + 4 up. Pods of 9 → 3 leaves; pod tops at 3:1
    // split 6 down / 2 up, so 2 tiers (3 leaves <= 6). 21 GPUs = 2 pods + 3 servers (1 leaf).
    // Whole pod: 12 leaf uplinks on W = 2 pod tops (6 each), u = ceil(12 / (2 x 3)) = 2 → 4
    //   uplinks, 12:4 = 3:1.
    // Last pod: 4 uplinks on 1 pod top, u = ceil(4 / 3) = 2 → 2 uplinks, 2:1.
    // Cores: 2 x 4 + 2 = 10 uplinks; the fewest >= ceil(10 / 8) = 2 dividing 4 is 2 (load
    //   2 x 2 + 1 = 5 <= 8), with 16 - 10 = 6 idle ports.
    // Leaves 7, each 3 + 1 + 4 = 8 ports used; 7 reserved. Pod tops 2 x 2 + 1 = 5: (6 + 2) x 4 +
    //   (4 + 2) = 38 of 40 ports. Links: 21; leaf-spine 12 x 2 + 4 = 28; spine-core 10.
    const p = built(small({ accelerators: 21, podAccelerators: 9, reservedPortsPerLeaf: 1, podOversubscription: 3 }));
    assert.equal(p.tiers, 3);
    assert.equal(p.switchHopBound, 5);
    assert.deepEqual(tiers(p), [
      ['leaf', 1, 7, 8, 56, 7, 0],
      ['spine', 2, 5, 8, 38, 0, 2],
      ['core', 3, 2, 8, 10, 0, 6],
    ]);
    assert.deepEqual(links(p), [
      ['accelerator-leaf', 21, 100],
      ['leaf-spine', 28, 100],
      ['spine-core', 10, 100],
    ]);
    // The worst pod ratio is reported (3:1, not the last pod's 2:1).
    assert.deepEqual(p.notes, [
      'leaf: 3 x 100G active downlinks, 4 x 100G uplinks (0.75:1)',
      '2 pods of 9 accelerators and one of 3 (3 leaves per plane, 2 tiers); 2 pod-top switches with 2 uplinks ' +
        'each: 3:1 between pods (asked 3:1)',
    ]);
    assert.deepEqual(p.pods, { count: 3, accelerators: 9, oversubscription: 3 });
    // A core of 8 ports joins at most 8 pods of 9 endpoints.
    assert.equal(p.maxEndpointsPerPlane, 72);
    assert.deepEqual(p.blocks, [
      { endpoints: 3, oversubscription: 1 },
      { endpoints: 9, oversubscription: 3 },
    ]);
    assert.equal(p.standbyEndpoints, 0);
  });

  test('one pod, or only a smaller one, is named in the singular', () => {
    // 8 GPUs in pods of 8: 2 leaves of 4, 8 uplinks on 2 pod tops (4 down / 4 up at 1:1), u = 4.
    assert.equal(
      built(small({ accelerators: 8, podAccelerators: 8 })).notes[1],
      '1 pod of 8 accelerators (2 leaves per plane, 2 tiers); 2 pod-top switches with 4 uplinks each: ' +
        '1:1 between pods (asked 1:1)',
    );
    // 6 GPUs in pods of 8: no whole pod, one of 6 on 2 leaves.
    const rest = built(small({ accelerators: 6, podAccelerators: 8 }));
    assert.equal(
      rest.notes[1],
      '0 pods of 8 accelerators and one of 6 (2 leaves per plane, 2 tiers); 2 pod-top switches with 4 uplinks ' +
        'each: 1:1 between pods (asked 1:1)',
    );
    assert.deepEqual(rest.pods, { count: 1, accelerators: 8, oversubscription: 1 });
  });

  test('the last pod is named in accelerators, not servers', () => {
    // 2 GPUs per server, radix 8 (leaves 4 down / 4 up): pods of 8 GPUs = 4 servers = 2 leaves;
    // 12 GPUs = 1 pod + 2 servers (4 GPUs, 1 leaf). Whole pod: 8 uplinks on 2 pod tops, u = 4;
    // last pod: 4 on 1, u = 4. Cores: 8 + 4 = 12 uplinks, ceil(12 / 8) = 2 divides 8 → 2 cores,
    // 16 - 12 = 4 idle. Leaves 3 x 8 ports; pod tops 2 x 8 + (4 + 4) = 24.
    const p = built(small({ acceleratorsPerServer: 2, scaleUpDomain: 2, accelerators: 12, podAccelerators: 8 }));
    assert.equal(
      p.notes[1],
      '1 pod of 8 accelerators and one of 4 (2 leaves per plane, 2 tiers); 2 pod-top switches with 4 uplinks ' +
        'each: 1:1 between pods (asked 1:1)',
    );
    assert.deepEqual(tiers(p), [
      ['leaf', 1, 3, 8, 24, 0, 0],
      ['spine', 2, 3, 8, 24, 0, 0],
      ['core', 3, 2, 8, 12, 0, 4],
    ]);
  });

  test('pod blocks list the spine block only when it is smaller than a pod', () => {
    // Radix 8, [1, 3], pods at 1:1: pod tops of 4 down hold 4 leaves < 6, so 3 in-pod tiers whose
    // spines split 1:3 (6 down): a spine block joins 6 leaves = 24 endpoints = the whole pod,
    // so it is not listed. One super-core joins the 4 pod tops' 8 uplinks.
    const p = built(small({ accelerators: 24, podAccelerators: 24, oversubscription: [1, 3] }));
    assert.equal(p.tiers, 4);
    assert.deepEqual(p.blocks, [
      { endpoints: 4, oversubscription: 1 },
      { endpoints: 24, oversubscription: 1 },
    ]);
    assert.deepEqual(p.switchTiers.at(-1), {
      tier: 'super-core',
      level: 4,
      count: 1,
      radix: 8,
      portsUsed: 8,
      portsReserved: 0,
      idlePorts: 0,
    });
    // Pods of 32 (8 leaves) at 1:1 everywhere: spine blocks of 4 leaves = 16 endpoints < 32.
    const q = built(small({ accelerators: 64, podAccelerators: 32 }));
    assert.deepEqual(q.blocks, [
      { endpoints: 4, oversubscription: 1 },
      { endpoints: 16, oversubscription: 1 },
      { endpoints: 32, oversubscription: 1 },
    ]);
  });

  test('tiers set above the fewest that hold a pod add in-pod tiers', () => {
    // 8 pods of 4 (1 leaf each) fit 2 in-pod tiers; tiers 4 asks for 3 in-pod tiers + the core.
    const p = built(small({ accelerators: 32, podAccelerators: 4, tiers: 4 }));
    assert.equal(p.tiers, 4);
    assert.deepEqual(
      p.switchTiers.map((t) => t.tier),
      ['leaf', 'spine', 'core', 'super-core'],
    );
  });

  test('pods on 2-port upper switches build with 1 down and 1 up port', () => {
    // Radix 4, 200G uplinks: leaves 2 down / 1 up (2 ports); pod tops of 2 ports at 1:1 split
    // 1 / 1, so a pod is 1 leaf (2 GPUs). 2 pods: 2 pod tops with 1 uplink each, 1 core of 2.
    const p = built(small({ radix: 4, switchLinkRateGbps: 200, accelerators: 4, podAccelerators: 2 }));
    assert.deepEqual(tiers(p), [
      ['leaf', 1, 2, 4, 8, 0, 0],
      ['spine', 2, 2, 2, 4, 0, 0],
      ['core', 3, 1, 2, 2, 0, 0],
    ]);
    assert.deepEqual(links(p), [
      ['accelerator-leaf', 4, 100],
      ['leaf-spine', 2, 200],
      ['spine-core', 2, 200],
    ]);
  });

  test('more pods than a core switch has ports are refused', () => {
    // Pods of 4 GPUs = 1 leaf, 4 uplinks on 1 pod top (u = 4): 9 pods = 36 uplinks need
    // ceil(36 / 8) = 5 cores, but 5 does not divide a pod's 4 uplinks.
    refused(
      small({ accelerators: 36, podAccelerators: 4 }),
      'topology.podAccelerators',
      4,
      '9 pods need a core switch with a port to each pod; radix 8 joins at most 8 pods; use larger pods',
    );
  });

  test('pods too large for the tiers are refused on the field that bounds them', () => {
    // Radix 4 at 1:1: leaves 2 down / 2 up, pod tops and spines 2 down: up to 4 in-pod tiers
    // hold 2 x 2 x 2 = 8 leaves; a pod of 18 GPUs needs 9.
    refused(
      small({ radix: 4, accelerators: 18, podAccelerators: 18, oversubscription: [1, 1] }),
      'topology.podAccelerators',
      18,
      'a pod of 9 leaves per plane does not fit under a core in up to 5 tiers at radix 4; use smaller pods or more tiers',
    );
    refused(
      small({ radix: 4, accelerators: 18, podAccelerators: 18, tiers: 3, oversubscription: [1, 1] }),
      'topology.tiers',
      3,
      'a pod of 9 leaves per plane does not fit under a core in 3 tiers at radix 4; use smaller pods or more tiers',
    );
  });

  test('pods that are not whole servers, units or a pod top with no ports are refused', () => {
    refused(
      request({ nicPortRateGbps: 100, podAccelerators: 12 }),
      'topology.podAccelerators',
      12,
      'must be a multiple of the 8 accelerators per server',
    );
    // Rail-optimized, units of 32 servers: a pod of 16 servers is half a unit.
    refused(
      request({ nicPortRateGbps: 100, kind: 'rail-optimized', podAccelerators: 128 }),
      'topology.podAccelerators',
      128,
      'must be a whole number of scalable units of 32 servers (256 accelerators)',
    );
    // 300G upper links on radix 4: 1-port pod tops cannot split.
    refused(
      small({ radix: 4, switchLinkRateGbps: 300, serversPerLeaf: 1, accelerators: 4, podAccelerators: 2 }),
      'topology.podOversubscription',
      1,
      'leaves no uplink on a switch of radix 1',
    );
  });
});

describe('scalable units', () => {
  test('an automatic unit fills a rail leaf; a forced one may not', () => {
    // Radix 64 at 1:1 with 1 backup: 32 endpoint ports → auto unit of 32 servers.
    const auto = built(
      request({ nicPortRateGbps: 100, kind: 'rail-optimized', backupPortsPerLeaf: 1, scalableUnitServers: 'auto' }),
    );
    assert.deepEqual(auto.scalableUnit, { servers: 32, auto: true, fillsLeaves: true });
    // A forced unit of 48: 48 mod 32 = 16, so it leaves part of a leaf per rail; 64 servers =
    // 8 rails x (1 unit x ceil(48 / 32) + ceil(16 / 32)) = 24 leaves.
    const forced = built(
      request({
        nicPortRateGbps: 100,
        kind: 'rail-optimized',
        backupPortsPerLeaf: 1,
        scalableUnitServers: 48,
        accelerators: 512,
      }),
    );
    assert.deepEqual(forced.scalableUnit, { servers: 48, auto: false, fillsLeaves: false });
    assert.equal(forced.switchTiers[0]!.count, 24);
  });
});
