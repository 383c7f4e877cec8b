/**
 * Slim Fly through the user path (scenario JSON → parseProject → evaluateScenario) at the sizes
 * where the MMS construction does not exist: q must be a prime power (Besta and Hoefler, SC14).
 * DeepSeek's Fire-Flyer paper (arXiv 2408.14158, Table 3) lists a Slim Fly at q = 28 (1,568
 * routers of radix 63, 32,928 endpoints); 28 = 4 x 7 is not a prime power, so the model refuses it
 * and names the largest buildable size, q = 27. Worked by hand from k' = (3q - delta)/2,
 * p = ceil(k'/2), 2q^2 routers, q^2 k' links:
 *   q = 11 (delta -1): k' 17, p 9, radix 26, 242 routers, 2,178 endpoints
 *   q = 12 (delta 0):  k' 18, p 9, radix 27, 288 routers, 2,592 endpoints   (not buildable)
 *   q = 19 (delta -1): k' 29, p 15, radix 44, 722 routers, 10,830 endpoints, 10,469 links
 *   q = 20 (delta 0):  k' 30, p 15, radix 45, 800 routers, 12,000 endpoints (not buildable)
 *   q = 27 (delta -1): k' 41, p 21, radix 62, 1,458 routers, 30,618 endpoints, 29,889 links
 *   q = 28 (delta 0):  k' 42, p 21, radix 63, 1,568 routers, 32,928 endpoints (not buildable)
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProject } from '../../../shared/scenario/parse-project.ts';
import { evaluateScenario } from '../../../shared/evaluate/evaluate-scenario.ts';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import { isPrimePower } from '../../../shared/topology/slim-fly.ts';

/** A one-scenario project file: a Slim Fly of `accelerators` single-GPU servers at `radix`. */
function scenarioFile(accelerators: number, radix: number): string {
  return JSON.stringify({
    schemaVersion: 1,
    title: `Slim Fly, ${accelerators} endpoints at radix ${radix}`,
    scenarios: [
      {
        name: 'slim fly',
        year: 2025,
        cluster: { acceleratorCount: accelerators, acceleratorsPerServer: 1 },
        scaleUp: { fabric: 'none', domainSize: 1 },
        scaleOut: { ecosystem: 'ethernet-roce', nicPortRateGbps: 400 },
        topology: { kind: 'slim-fly' },
        switch: { model: 'th5-64x800g', radix },
      },
    ],
  });
}

function evaluate(accelerators: number, radix: number) {
  const p = parseProject(scenarioFile(accelerators, radix));
  if (!p.ok) assert.fail(p.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return evaluateScenario(p.project.scenarios[0]!, defaultCatalog);
}

describe('isPrimePower', () => {
  test('matches the known prime powers from 2 to 64', () => {
    const known = [2, 3, 4, 5, 7, 8, 9, 11, 13, 16, 17, 19, 23, 25, 27, 29, 31, 32, 37, 41, 43, 47, 49, 53, 59, 61, 64];
    const found = [];
    for (let q = 0; q <= 64; q++) if (isPrimePower(q)) found.push(q);
    assert.deepEqual(found, known);
  });
});

describe('Slim Fly scenarios at q that is not a prime power are refused', () => {
  for (const [q, endpoints, radix, largest, nearest] of [
    [12, 2592, 27, 2178, 11],
    [20, 12000, 45, 10830, 19],
    [28, 32928, 63, 30618, 27],
  ] as const) {
    test(`q = ${q}: ${endpoints} endpoints at radix ${radix} is refused; q = ${nearest} (${largest}) is named`, () => {
      const r = evaluate(endpoints, radix);
      assert.equal(r.ok, false);
      if (r.ok) return;
      assert.equal(r.error.path, 'cluster.acceleratorCount');
      assert.equal(
        r.error.message,
        `a Slim Fly at radix ${radix} reaches at most ${largest} endpoints per plane (q = ${nearest}, ` +
          'the largest prime power q that fits); use planes or a larger radix',
      );
    });
  }
});

describe('DeepSeek Table 3 Slim Fly: the nearest buildable q', () => {
  test('q = 27 at radix 63: 1,458 routers, 30,618 endpoints, 29,889 router-router links, one port idle per router', () => {
    const r = evaluate(30618, 63);
    if (!r.ok) assert.fail(r.error.message);
    const [router] = r.value.fabric.switches.byTier;
    assert.equal(r.value.fabric.switches.byTier.length, 1);
    assert.equal(router!.count, 1458);
    assert.equal(router!.portsUsed, 30618 + 2 * 29889);
    assert.equal(router!.idlePorts, 1458); // radix 63 - (41 + 21) = 1 per router
    const links = Object.fromEntries(r.value.fabric.links.byClass.map((c) => [c.class, c.count]));
    assert.deepEqual(links, { 'accelerator-leaf': 30618, global: 29889 });
  });
  test('q = 19 at radix 44 is exact: 722 routers, 10,830 endpoints, no idle port', () => {
    const r = evaluate(10830, 44);
    if (!r.ok) assert.fail(r.error.message);
    const [router] = r.value.fabric.switches.byTier;
    assert.equal(router!.count, 722);
    assert.equal(router!.idlePorts, 0);
  });
  test('one endpoint more than q = 27 holds at radix 63 is refused (q = 28 is not a prime power, q = 29 needs radix 65)', () => {
    const r = evaluate(30619, 63);
    assert.equal(r.ok, false);
  });
});
