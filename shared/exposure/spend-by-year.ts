/**
 * Spend by company and by value-chain layer per year of a year projection: as the roadmap
 * changes the media and switch mix (e.g. 1.6T DSP optics replacing 800G, CPO arriving), which
 * companies earn more or less of the network spend. Rows are sorted by their spend summed over
 * the buildable years, largest first; a year the series cannot be built is `null`.
 *
 * Example: the InfiniBand 2k sample scenario projected 2024-2032 gives NVIDIA's spend per year
 * as `companies[0].spendUsd`, one entry per year, summing with the other companies to each
 * year's capex.
 */
import type { ProjectionPoint } from '../scaling/year-projection.ts';

export interface SpendRow {
  /** Vendor id, or layer id for layers. */
  key: string;
  /** Vendor name (the layer id for layers). */
  name: string;
  /** USD per year, aligned with `years`; null when the year is not buildable. */
  spendUsd: (number | null)[];
  /** Sum over the buildable years, USD. */
  totalUsd: number;
}

export interface SpendByYear {
  years: number[];
  /** Network capex per year (null: not buildable), USD. */
  capexUsd: (number | null)[];
  companies: SpendRow[];
  layers: SpendRow[];
}

function rows(
  points: readonly ProjectionPoint[],
  pick: (p: Extract<ProjectionPoint, { ok: true }>) => { key: string; name: string; spendUsd: number }[],
): SpendRow[] {
  const byKey = new Map<string, SpendRow>();
  points.forEach((p, i) => {
    if (!p.ok) return;
    for (const x of pick(p)) {
      let row = byKey.get(x.key);
      if (!row) {
        row = { key: x.key, name: x.name, spendUsd: points.map((q) => (q.ok ? 0 : null)), totalUsd: 0 };
        byKey.set(x.key, row);
      }
      row.spendUsd[i] = (row.spendUsd[i] ?? 0) + x.spendUsd;
      row.totalUsd += x.spendUsd;
    }
  });
  return [...byKey.values()].sort((a, b) => b.totalUsd - a.totalUsd || (a.key < b.key ? -1 : 1));
}

/** Spend by company and layer per year of one projection series (see the module comment). Pure. */
export function spendByYear(points: readonly ProjectionPoint[]): SpendByYear {
  return {
    years: points.map((p) => p.year),
    capexUsd: points.map((p) => (p.ok ? p.capexUsd : null)),
    companies: rows(points, (p) =>
      p.valueChain.byCompany.map((c) => ({ key: c.vendor, name: c.name, spendUsd: c.spendUsd })),
    ),
    layers: rows(points, (p) =>
      p.valueChain.byLayer.map((l) => ({ key: l.layer, name: l.layer, spendUsd: l.spendUsd })),
    ),
  };
}
