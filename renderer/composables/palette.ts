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
