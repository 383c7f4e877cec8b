/**
 * The cage at the server end of NIC-to-leaf links. Modules follow the server's cages, not only
 * the NIC's: a DGX H100 routes its 8 single-port 400G ConnectX-7 to 4 twin-port 800G OSFP
 * cages, so it takes 4 twin-port modules, not 8 single-port ones.
 */
import type { Catalog, Nic, ReferenceServer } from '../catalog/catalog-schema.ts';
import { fail, ok, type Result } from '../model-error.ts';

export interface ServerCageInput {
  /** `generic` or a reference server id (scaleOut.server). */
  server: string;
  /** `auto` or Gb/s (scaleOut.serverCageRateGbps). */
  cageRateGbps: 'auto' | number;
  nicPortRateGbps: number;
  /** Scale-out NIC ports per server, all planes. */
  portsPerServer: number;
  acceleratorsPerServer: number;
}

export interface ServerCages {
  /** Rate of one server-end cage in Gb/s. */
  cageRateGbps: number;
  /** The reference server used, if any. */
  server: ReferenceServer | undefined;
}

/**
 * Resolves the server-end cage rate: the forced rate, else the reference server's cage, else
 * the NIC's own cage. Refuses a reference server with another accelerator count, a layout that
 * cannot carry the server's ports, and a cage rate that is not a whole multiple of the port rate.
 * Example: dgx-h100, auto, 400G ports, 8 ports per server → 800 Gb/s (4 twin-port cages).
 */
export function serverCages(catalog: Catalog, nic: Nic, x: ServerCageInput): Result<ServerCages> {
  let server: ReferenceServer | undefined;
  if (x.server !== 'generic') {
    const list = catalog.referenceServers ?? [];
    server = list.find((r) => r.id === x.server);
    if (!server) {
      return fail(
        'scaleOut.server',
        x.server,
        `not a reference server of the catalog; use generic or one of: ${list.map((r) => r.id).join(', ') || 'none'}`,
      );
    }
    if (server.acceleratorsPerServer !== x.acceleratorsPerServer) {
      return fail(
        'scaleOut.server',
        x.server,
        `${server.name} holds ${server.acceleratorsPerServer} accelerators, but cluster.acceleratorsPerServer is ` +
          `${x.acceleratorsPerServer}`,
      );
    }
  }
  const forced = x.cageRateGbps !== 'auto';
  const rate = forced ? (x.cageRateGbps as number) : (server?.cageRateGbps ?? nic.cageRateGbps);
  const B = x.nicPortRateGbps;
  if ((forced || server) && (rate < B || rate % B !== 0)) {
    return fail(
      forced ? 'scaleOut.serverCageRateGbps' : 'scaleOut.server',
      forced ? rate : x.server,
      `a ${rate} Gb/s server cage cannot carry whole ${B} Gb/s ports; use the port rate or a whole multiple of it`,
    );
  }
  if (server) {
    const capacity = server.scaleOutCages * Math.floor(rate / B);
    if (x.portsPerServer > capacity) {
      return fail(
        'scaleOut.server',
        x.server,
        `${server.name} has ${server.scaleOutCages} scale-out cages of ${rate} Gb/s, room for ${capacity} ports of ` +
          `${B} Gb/s, but the scenario gives each server ${x.portsPerServer}`,
      );
    }
  }
  return ok({ cageRateGbps: rate, server });
}
