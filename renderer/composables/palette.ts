/** Chart colours: colour-blind-safe (Okabe-Ito order), readable on light and dark themes. */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#D55E00',
  '#CC79A7',
  '#56B4E9',
  '#F0E442',
  '#999999',
  '#7a5195',
  '#3d9970',
];

export function colorAt(i: number): string {
  return PALETTE[i % PALETTE.length]!;
}

/** Colours for value-chain layers (18 of them): the palette, then lighter and darker companions. */
const LAYER_PALETTE = [
  ...PALETTE,
  '#004c7a',
  '#a36f00',
  '#006e50',
  '#8f3d00',
  '#b3a100',
  '#2a7ab0',
  '#cfa3c0',
  '#555555',
];

export function layerColor(i: number): string {
  return LAYER_PALETTE[i % LAYER_PALETTE.length]!;
}
