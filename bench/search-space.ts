/**
 * The benchmark's design space: about 100,000 candidates around a 32,768-accelerator
 * Ethernet fat-tree (every ecosystem and compatible switch, four Clos kinds, tiers 1 to 5,
 * eight oversubscriptions, four plane counts, two port counts, auto or each qualified medium
 * on the accelerator-leaf links).
 */
import type { DesignSpace } from '../shared/search/design-space.ts';

export const BENCH_SEARCH_SPACE: DesignSpace = {
  ecosystem: { mode: 'all' },
  switchModel: { mode: 'all' },
  topologyKind: { mode: 'list', values: ['leaf-spine', 'fat-tree', 'rail-optimized', 'rail-only'] },
  tiers: { mode: 'all' },
  oversubscription: { mode: 'list', values: [1, 1.5, 2, 3, 4, 5, 7, 8] },
  planes: { mode: 'all' },
  nicPortsPerAccelerator: { mode: 'all' },
  media: { acceleratorLeaf: { mode: 'all' } },
};
