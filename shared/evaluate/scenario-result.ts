/**
 * The result of evaluating one scenario: a plain JSON-serialisable object that feeds the
 * desktop app, the command line and the workbook alike. Field names are part of the
 * command line's documented JSON contract.
 */
import type { BomLine } from '../bom/bom-line.ts';
import type { CapexRollup } from '../cost/capex.ts';
import type { CapexAdjustments } from '../cost/capex-adjustments.ts';
import type { CapexRange } from '../cost/capex-range.ts';
import type { Exposure } from '../exposure/vendor-exposure.ts';
import type { ValueChainExposure } from '../exposure/value-chain-exposure.ts';
import type { PowerRollup } from '../power/power-rollup.ts';
import type { LinkClass, TopologyKind } from '../scenario/scenario-schema.ts';
import type { MediumKind } from '../catalog/catalog-schema.ts';
import type { EfficiencyResult } from '../efficiency/evaluate-efficiency.ts';
import type { ReliabilityResult } from '../reliability/evaluate-reliability.ts';

export interface LinkClassResult {
  class: LinkClass;
  /** Logical links at the NIC port rate. */
  count: number;
  /** Medium kind, e.g. "dac" or "dsp-dr". */
  medium: MediumKind;
  /** Catalog ids of the cable or modules used. */
  components: string[];
  lengthM: number;
  /** Rate of each link in Gb/s (the NIC port rate, or topology.switchLinkRateGbps between switches). */
  rateGbps: number;
  cables: number;
  transceivers: number;
  fibers: number;
  cpoPorts: number;
}

export interface FabricResult {
  topology: TopologyKind;
  tiers: number;
  planes: number;
  endpoints: number;
  /** Effective switch radix at the NIC port rate. */
  radix: number;
  /** Catalog id of the scenario's switch; see switches.byTier[].model for mixed tiers. */
  switchModel: string;
  nicModel: string;
  switches: {
    total: number;
    /** Idle ports over all ports of every tier, 0 to 1. */
    idlePortShare: number;
    /**
     * Per tier; `idlePortShare` is idlePorts / (count x radix), 0 to 1. On a rail leaf the idle
     * ports are endpoint ports no server uses (a forced scalable unit that does not fill them).
     */
    byTier: {
      tier: string;
      /** Catalog id of this tier's switch (differs from switchModel when tiers mix models). */
      model: string;
      count: number;
      radix: number;
      portsUsed: number;
      idlePorts: number;
      idlePortShare: number;
    }[];
  };
  /**
   * Rail-optimized only (null otherwise): servers per scalable unit, whether the unit was
   * chosen automatically, whether a whole unit fills its rail leaves (`fillsLeaves`; false
   * for a forced unit that is not a multiple of a leaf's endpoint ports, which the headline
   * and reports flag), and the idle leaf ports (share of all leaf ports, 0 to 1).
   */
  scalableUnit: {
    servers: number;
    auto: boolean;
    fillsLeaves: boolean;
    idleLeafPorts: number;
    idleLeafPortShare: number;
  } | null;
  links: { total: number; byClass: LinkClassResult[] };
  /** Pluggable transceiver modules, all link classes. */
  transceivers: number;
  /** Cable assemblies plus fibres, all link classes. */
  cables: number;
  /** Scale-out NICs, standby servers' included. */
  nics: number;
  /** Standby servers cabled to backup leaf ports (topology.backupPortsPerLeaf); their NICs are in `nics`. */
  standbyServers: number;
  /** Pod grouping (topology.podAccelerators): pods, accelerators per pod, achieved ratio between pods. */
  pods?: { count: number; accelerators: number; oversubscription: number };
  maxEndpointsPerPlane: number;
  notes: string[];
}

export interface ScenarioResult {
  name: string;
  year: number;
  accelerators: number;
  servers: number;
  fabric: FabricResult;
  bom: BomLine[];
  /**
   * Network capex at list price (the bill of materials); `range` is its low / typical / high
   * envelope over the catalog's price ranges; `adjusted` applies the scenario's street
   * discount, spares and installation (equal to totalUsd when they are 0) and gives the
   * yearly support cost.
   */
  capex: CapexRollup & { range: CapexRange; adjusted: CapexAdjustments };
  /** Network power and energy; `cluster` is the whole cluster's (accelerators, servers, network). */
  power: PowerRollup;
  /** Network capex after adjustments + (energy + support) per year x annuity factor over the horizon, USD. */
  tcoUsd: number;
  /** Inputs the TCO used, repeated for readers of the JSON. */
  economics: {
    electricityUsdPerKWh: number;
    pue: number;
    horizonYears: number;
    discountRatePercent: number;
    streetDiscountPercent: number;
    sparesPercent: number;
    installationPercent: number;
    supportPercentPerYear: number;
  };
  /** Network capex per Gb/s of scale-out endpoint bandwidth, USD. */
  usdPerGbps: number;
  /**
   * Spend by seller (`byVendor`, `byCountry`, HHI) and through the value chain: `byCompany`
   * (who earns it: DSP, laser, silicon makers as well as module makers and OEMs), `byLayer`
   * and `byCompanyCountry`.
   */
  exposure: Exposure & ValueChainExposure;
  /**
   * Parallel efficiency of the scenario's training workload: step time, exposed communication,
   * tokens per day, cost per effective accelerator; `{ ok: false, error }` when the workload
   * cannot be split over this cluster (the rest of the result still stands).
   */
  efficiency: EfficiencyResult;
  /** Interruptions, effective training time ratio, and the accelerator-hours and USD lost. */
  reliability: ReliabilityResult;
  /** tcoUsd plus network-caused downtime over the horizon (reliability.networkDowntimeCostOverHorizonUsd), USD. */
  tcoWithDowntimeUsd: number;
}
