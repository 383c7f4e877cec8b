/**
 * serverCages on the default catalog's reference servers (servers.json): the DGX H100 routes
 * 8 x 400G ports to 4 twin-port 800G cages; the GB200 NVL72 tray has 4 single-port 400G cages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import type { Catalog } from '../../../shared/catalog/catalog-schema.ts';
import { serverCages, type ServerCageInput } from '../../../shared/media/server-cages.ts';

const nic = defaultCatalog.nics.find((n) => n.id === 'cx7-400g')!;
const input = (over: Partial<ServerCageInput>): ServerCageInput => ({
  server: 'generic',
  cageRateGbps: 'auto',
  nicPortRateGbps: 400,
  portsPerServer: 8,
  acceleratorsPerServer: 8,
  ...over,
});

test('a forced cage rate equal to the port rate is accepted (one port per cage)', () => {
  const r = serverCages(defaultCatalog, nic, input({ cageRateGbps: 400 }));
  assert.deepEqual(r.ok && [r.value.cageRateGbps, r.value.server], [400, undefined]);
});

test('a reference server whose cage is slower than the port is refused on scaleOut.server', () => {
  // GB200 NVL72 tray: 4 cages of 400 Gb/s cannot carry 800 Gb/s ports.
  const r = serverCages(
    defaultCatalog,
    nic,
    input({ server: 'gb200-nvl72-tray', nicPortRateGbps: 800, acceleratorsPerServer: 4 }),
  );
  assert.equal(r.ok, false);
  if (!r.ok) {
    assert.deepEqual([r.error.path, r.error.value], ['scaleOut.server', 'gb200-nvl72-tray']);
    assert.match(r.error.message, /^a 400 Gb\/s server cage cannot carry whole 800 Gb\/s ports/);
  }
});

test('an unknown server lists every reference server, comma-separated; a catalog without any says none', () => {
  const r = serverCages(defaultCatalog, nic, input({ server: 'dgx-h900' }));
  const ids = (defaultCatalog.referenceServers ?? []).map((s) => s.id);
  assert.ok(ids.length >= 4 && ids.includes('dgx-h100') && ids.includes('dgx-b200'));
  assert.equal(
    !r.ok && r.error.message,
    `not a reference server of the catalog; use generic or one of: ${ids.join(', ')}`,
  );
  const none: Catalog = { ...defaultCatalog, referenceServers: undefined };
  const n = serverCages(none, nic, input({ server: 'dgx-h100' }));
  assert.equal(!n.ok && n.error.message, 'not a reference server of the catalog; use generic or one of: none');
});
