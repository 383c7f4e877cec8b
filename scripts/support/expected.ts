/**
 * What the page should show, computed in Node by the same model (shared/) and the same
 * formatting functions the renderer uses, so the end-to-end tests compare against the
 * engine rather than against numbers copied into the test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateScenario } from '../../shared/evaluate/evaluate-scenario.ts';
import type { ScenarioResult } from '../../shared/evaluate/scenario-result.ts';
import { withProjectComponents } from '../../shared/catalog/project-components.ts';
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import { setAtPath } from '../../shared/scenario/object-paths.ts';
import { parseProjectValue, type FieldError } from '../../shared/scenario/parse-project.ts';
import { ROOT } from './web-app.ts';

export interface RawProject {
  schemaVersion: number;
  catalogOverrides?: { priceUsd?: Record<string, number>; powerW?: Record<string, number> };
  scenarios: Record<string, unknown>[];
  [key: string]: unknown;
}

export function example(name: string): { path: string; text: string; raw: RawProject } {
  const path = join(ROOT, 'examples', name);
  const text = readFileSync(path, 'utf8');
  return { path, text, raw: JSON.parse(text) as RawProject };
}

/** A copy of the project with one scenario input changed, as the editor stores it. */
export function withInput(project: RawProject, index: number, path: string, value: unknown): RawProject {
  const copy = structuredClone(project);
  copy.scenarios[index] = setAtPath(copy.scenarios[index]!, path, value);
  return copy;
}

/** The engine's result for one scenario of a raw project, as the renderer's results store computes it. */
export function resultOf(project: RawProject, index: number): ScenarioResult {
  const parsed = parseProjectValue(project);
  if (!parsed.ok) throw new Error(`project does not parse: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  const overrides = {
    priceUsd: { ...(project.catalogOverrides?.priceUsd ?? {}) },
    powerW: { ...(project.catalogOverrides?.powerW ?? {}) },
  };
  const catalog = withProjectComponents(defaultCatalog, parsed.project.components);
  if (!catalog.ok) throw new Error(`project components cannot be used: ${catalog.error.message}`);
  const r = evaluateScenario(parsed.project.scenarios[index]!, catalog.value, overrides);
  if (!r.ok) throw new Error(`scenario ${index} cannot be built: ${r.error.message}`);
  return r.value;
}

/** The parser's errors for a raw project (what the editor shows inline). */
export function errorsOf(project: RawProject): FieldError[] {
  const parsed = parseProjectValue(project);
  return parsed.ok ? [] : parsed.errors;
}

/** Text as a person reads it: any run of spaces (including no-break spaces) is one space. */
export function normalize(s: string): string {
  return s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}
