/**
 * Workbook-level defined names for the live inputs: per-scenario economics and cluster prices
 * (`ElectricityUsdPerKWh_S1`, `PUE_S1`, …) and one name per unit price and unit power used by
 * a bill of materials (`Price_qm9700`, `Power_dsp_dr_800g`). Formulas on the other sheets
 * read these names, so an analyst who changes a named cell on the Inputs sheet changes every
 * figure computed from it.
 *
 * Names are valid in Excel and LibreOffice: letters, digits and underscores, starting with a
 * letter or underscore, never shaped like a cell reference, unique regardless of case.
 */
import type { Workbook } from 'exceljs';
import { colLetter, quoteSheet } from './cell-formats.ts';

/**
 * Scenario inputs that get a name, by dot path (see SCENARIO_INPUT_FIELDS), and the stem
 * of that name; scenario n's cell is `<stem>_S<n>`. These are the inputs the workbook's
 * formulas read (an input the scenario schema does not have is simply not named); the others (counts, topology, media) shape the fabric plan itself and need
 * a new run of the model when changed.
 */
export const NAMED_SCENARIO_INPUTS: Readonly<Record<string, string>> = {
  'economics.electricityUsdPerKWh': 'ElectricityUsdPerKWh',
  'economics.pue': 'PUE',
  'economics.horizonYears': 'HorizonYears',
  'economics.discountRatePercent': 'DiscountRatePercent',
  'economics.streetDiscountPercent': 'StreetDiscountPercent',
  'economics.sparesPercent': 'SparesPercent',
  'economics.installationPercent': 'InstallationPercent',
  'economics.supportPercentPerYear': 'SupportPercentPerYear',
  'cluster.accelerator.unitPriceUsd': 'AcceleratorPriceUsd',
  'cluster.accelerator.powerW': 'AcceleratorPowerW',
  'cluster.serverPriceUsd': 'ServerPriceUsd',
  'cluster.serverPowerW': 'ServerPowerW',
  'reliability.acceleratorHourUsd': 'AcceleratorHourUsd',
  'reliability.secondOrderLossFraction': 'SecondOrderLossFraction',
  'reliability.checkpoint.writeMinutes': 'CheckpointWriteMinutes',
  'reliability.checkpoint.restartMinutes': 'RestartMinutes',
  'reliability.checkpoint.fixedIntervalMinutes': 'FixedCheckpointIntervalMinutes',
};

/** Name of a scenario input's cell: `scenarioInputName('economics.pue', 2)` → `PUE_S2`. */
export function scenarioInputName(path: string, scenarioNumber: number): string | undefined {
  const stem = NAMED_SCENARIO_INPUTS[path];
  return stem === undefined ? undefined : `${stem}_S${scenarioNumber}`;
}

const CELL_LIKE = /^(?:[A-Za-z]{1,3}\d+|[Rr]\d*[Cc]?\d*|[Cc]\d*)$/;

/**
 * A valid defined name from arbitrary text: other characters become `_`, a leading digit or
 * a cell-like result gets a `_` prefix. Example: `sanitizeName('Price_dsp-dr-800g')` →
 * `Price_dsp_dr_800g`.
 */
export function sanitizeName(text: string): string {
  let s = text.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 200);
  if (s === '' || /^[0-9]/.test(s) || CELL_LIKE.test(s)) s = `_${s}`;
  return s;
}

/** Hands out unique names (case-insensitive), adding `_2`, `_3`, … to repeats. */
export class NameRegistry {
  private readonly taken = new Set<string>();

  /** Claims a name derived from `base`. Example: claim('Price_qm9700') twice → `Price_qm9700`, `Price_qm9700_2`. */
  claim(base: string): string {
    const stem = sanitizeName(base);
    let name = stem;
    for (let i = 2; this.taken.has(name.toLowerCase()); i++) name = `${stem}_${i}`;
    this.taken.add(name.toLowerCase());
    return name;
  }
}

/** Defines `name` as the single cell (row, col) of `sheet`. */
export function defineName(wb: Workbook, sheet: string, row: number, col: number, name: string): void {
  wb.definedNames.add(`${quoteSheet(sheet)}!$${colLetter(col)}$${row}`, name);
}
