/** Per-plane port counts: every NIC port of a server, split evenly over the planes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { endpointsPerPlane, serverPortsPerPlane } from '../../../shared/topology/topology-request.ts';
import { request } from './request.ts';

test('8 GPUs x 2 NIC ports over 4 planes: 4 ports of a server per plane; 1,024 GPUs: 512 endpoints per plane', () => {
  const r = request({ acceleratorsPerServer: 8, nicPortsPerAccelerator: 2, planes: 4, accelerators: 1024 });
  assert.equal(serverPortsPerPlane(r), 4);
  assert.equal(endpointsPerPlane(r), 512);
});
