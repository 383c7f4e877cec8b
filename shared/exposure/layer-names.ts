/**
 * English names of value-chain layers and market technologies, for the model's English text
 * (the memo line) and the command line; the app has its own in renderer/i18n (en, pt-BR).
 *
 * Examples: `layerName('system-oem')` → `'System maker (OEM/ODM)'`;
 * `technologyName('switches', 'Ethernet (RoCEv2)')` → `'Switches, Ethernet (RoCEv2)'`.
 */
import type { ExposureLayer } from './value-chain-exposure.ts';

export const LAYER_NAMES: Readonly<Record<ExposureLayer, string>> = {
  dsp: 'DSP (retimer/gearbox)',
  'tia-driver': 'TIA and driver',
  'lasers-photonics': 'Lasers and photonics',
  'other-bom': 'Other module parts',
  'yield-loss': 'Yield loss',
  'module-maker': 'Module maker',
  retimer: 'Retimer chip',
  'cable-assembly': 'Cable assembly',
  'switch-silicon': 'Switch silicon',
  'system-components': 'Switch components (cages, power, cooling)',
  'system-oem': 'System maker (OEM/ODM)',
  'optical-engine': 'Optical engine',
  'laser-source': 'External laser source',
  'nic-silicon': 'NIC silicon',
  'nic-board': 'NIC board',
  fibre: 'Fibre and structured cabling',
  'scale-up-fabric': 'Scale-up fabric',
  unsplit: 'Not split (unnamed parts)',
};

/** The English name of a layer id; an unknown id is returned as it is. */
export function layerName(layer: string): string {
  return (LAYER_NAMES as Record<string, string>)[layer] ?? layer;
}

const TECHNOLOGY_NAMES: Readonly<Record<string, string>> = {
  'dsp-optics': 'DSP optics',
  lpo: 'LPO optics',
  lro: 'LRO optics',
  aoc: 'Active optical cables',
  copper: 'Copper (DAC, ACC, AEC)',
  cpo: 'Co-packaged optics',
  fibre: 'Fibre',
  switches: 'Switches',
  nics: 'NICs',
  'scale-up': 'Scale-up fabric',
};

/** The English name of a market technology; switches carry their ecosystem's name when given. */
export function technologyName(technology: string, ecosystem?: string): string {
  const name = TECHNOLOGY_NAMES[technology] ?? technology;
  return ecosystem ? `${name}, ${ecosystem}` : name;
}
