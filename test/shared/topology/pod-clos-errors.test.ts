/**
 * Bad combinations of the structure inputs (switch-link rate, backup ports, servers per leaf,
 * pods, dual-homing) are refused through the scenario path with the field, the value and what
 * is allowed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import { scenario } from '../../fixtures/scenario.ts';
import type { ScenarioInput } from '../../../shared/scenario/scenario-schema.ts';

const ethernet = (over: Partial<ScenarioInput>): Partial<ScenarioInput> => ({
  year: 2024,
  cluster: { acceleratorCount: 24576, acceleratorsPerServer: 8 },
  scaleOut: { ecosystem: 'ethernet-roce', nicPortRateGbps: 400 },
  topology: { kind: 'fat-tree', serversPerLeaf: 2, podAccelerators: 3072, podOversubscription: 7 },
  ...over,
});

function refused(input: Partial<ScenarioInput>, path: string, pattern: RegExp): void {
  const r = evaluateScenario(scenario(input), defaultCatalog);
  assert.ok(!r.ok, 'expected a refusal');
  assert.equal(r.error.path, path);
  assert.match(r.error.message, pattern);
}

test('a cluster that is not a whole number of pods ends with one smaller pod', () => {
  // Llama 3 plus half a pod: 8 pods of 3,072 and one of 1,536 (96 racks).
  const r = evaluateScenario(
    scenario(ethernet({ cluster: { acceleratorCount: 24576 + 1536, acceleratorsPerServer: 8 } })),
    defaultCatalog,
  );
  assert.ok(r.ok);
  assert.equal(r.value.fabric.pods?.count, 9);
  assert.equal(r.value.fabric.switches.byTier[0]!.count, 1536 + 96);
  assert.equal(r.value.fabric.links.byClass.find((l) => l.class === 'leaf-spine')?.count, 24576 + 1536);
  assert.ok(r.value.fabric.pods!.oversubscription <= 7);
});

test('pods of part of a rack, or on a leaf-spine, or on a dragonfly are refused', () => {
  refused(
    ethernet({ topology: { kind: 'fat-tree', serversPerLeaf: 2, podAccelerators: 24 } }),
    'topology.podAccelerators',
    /whole number of racks of 2 servers \(16 accelerators\)/,
  );
  refused(
    ethernet({ topology: { kind: 'leaf-spine', podAccelerators: 3072 } }),
    'topology.podAccelerators',
    /use topology\.kind fat-tree or rail-optimized/,
  );
  refused(
    ethernet({ topology: { kind: 'dragonfly', podAccelerators: 3072 } }),
    'topology.podAccelerators',
    /applies to leaf-spine, fat-tree, rail-optimized topologies, not dragonfly/,
  );
});

test('a pod ratio without pods is refused, not ignored', () => {
  refused(
    ethernet({ topology: { kind: 'fat-tree', podOversubscription: 7 } }),
    'topology.podOversubscription',
    /set topology\.podAccelerators to the pod size/,
  );
});

test('more servers per leaf than its endpoint ports hold is refused with the largest that fits', () => {
  // 51.2T at 400G: 128 ports, 64 endpoint ports at 1:1 → at most 8 servers of 8 GPUs.
  refused(
    ethernet({ topology: { kind: 'fat-tree', serversPerLeaf: 9 } }),
    'topology.serversPerLeaf',
    /9 servers put 72 ports on each leaf.*64 endpoint ports.*at most 8 servers per leaf/,
  );
  refused(
    ethernet({ topology: { kind: 'rail-optimized', serversPerLeaf: 2 } }),
    'topology.serversPerLeaf',
    /applies to leaf-spine and fat-tree.*topology\.scalableUnitServers/,
  );
});

test('a switch-link rate the switch lacks, or not a multiple of the NIC rate, is refused', () => {
  refused(
    ethernet({
      scaleOut: { ecosystem: 'ethernet-roce', nicPortRateGbps: 200, nic: 'bf3-2x200g' },
      topology: { switchLinkRateGbps: 300 },
    }),
    'topology.switchLinkRateGbps',
    /ports run at 800, 400, 200, 100 Gb\/s/,
  );
  refused(
    ethernet({ topology: { kind: 'fat-tree', switchLinkRateGbps: 200 } }),
    'topology.switchLinkRateGbps',
    /NIC port rate 400 Gb\/s or a whole multiple of it/,
  );
});

test('backup ports that leave no uplink are refused', () => {
  // 400G on a 64-port QM9700 at 1:7: 56 down, 8 up; 8 backup ports leave none.
  refused(
    {
      cluster: { acceleratorCount: 2048, acceleratorsPerServer: 8 },
      topology: { kind: 'fat-tree', oversubscription: [7], backupPortsPerLeaf: 8 },
      switch: { model: 'qm9700' },
    },
    'topology.backupPortsPerLeaf',
    /no uplink/,
  );
});

test('dual-homing needs two ports per NIC or per GPU, and a Clos or rail topology', () => {
  refused(
    { reliability: { resilience: { nicHoming: 'dual' } } },
    'reliability.resilience.nicHoming',
    /needs two ports per NIC or per accelerator; cx7-400g has 1 port/,
  );
  refused(
    {
      scaleOut: { nicPortsPerAccelerator: 2 },
      topology: { kind: 'dragonfly' },
      reliability: { resilience: { nicHoming: 'dual' } },
    },
    'reliability.resilience.nicHoming',
    /not dragonfly/,
  );
});

test('an oversubscription list longer than the in-pod boundaries is refused', () => {
  // Llama 3 pods at radix 128: leaf, spine, pod top = 2 in-pod boundaries.
  refused(
    ethernet({ topology: { kind: 'fat-tree', serversPerLeaf: 2, podAccelerators: 3072, oversubscription: [1, 1, 1] } }),
    'topology.oversubscription',
    /extra value 1 would apply to no boundary/,
  );
});

test('the new inputs refuse out-of-range values at parse time', () => {
  for (const [field, value] of [
    ['switchLinkRateGbps', 5],
    ['backupPortsPerLeaf', -1],
    ['serversPerLeaf', 0],
    ['podAccelerators', 1.5],
    ['podOversubscription', 0.5],
  ] as const) {
    assert.throws(
      () => scenario({ topology: { [field]: value } as never }),
      new RegExp(field === 'serversPerLeaf' ? 'auto' : 'must be'),
    );
  }
});
