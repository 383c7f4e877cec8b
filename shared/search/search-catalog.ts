/**
 * The catalog a design search runs on: the scenario's stored roadmap slips
 * (`analysis.projection.slips`), then any extra ones (the CLI's `--slip`), applied to the
 * catalog, as the year projection does. A switch slipped past the build year is then refused
 * like any switch not yet shipping. The CLI, the app's Search tab and the workbook's Search
 * sheet all search on this catalog.
 * Example: a scenario storing `{ target: 'th5-64x800g', delayYears: 2 }` searches on a catalog
 * in which TH5 first ships in 2025.
 */
import type { Catalog } from '../catalog/catalog-schema.ts';
import type { Result } from '../model-error.ts';
import { applySlips, type SlipSpec } from '../scaling/roadmap-slips.ts';
import { storedSlips } from '../scaling/year-projection.ts';
import type { Scenario } from '../scenario/scenario-schema.ts';

/** The slips a search of `s` applies: the stored ones, then `extra`. */
export function searchSlips(s: Scenario, extra: readonly SlipSpec[] = []): SlipSpec[] {
  return [...storedSlips(s), ...extra];
}

/** `catalog` with the slips of `searchSlips(s, extra)` applied; an error names the slip's path. */
export function searchCatalog(s: Scenario, catalog: Catalog, extra: readonly SlipSpec[] = []): Result<Catalog> {
  return applySlips(catalog, searchSlips(s, extra));
}
