/**
 * Mutation fuzzer for project files: starts from the bundled examples and breaks them the ways
 * a hand-edited, truncated or hostile file is broken, then runs each case through the whole user
 * path (parse, evaluate every scenario, every analysis) and classifies what happened.
 *
 * Used by the suite (2,000+ cases, test/scripts/fuzz/project-fuzzer.test.ts) and by
 * `npm run fuzz -- --cases 100000` on demand. Deterministic for a seed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import JSZip from 'jszip';
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import { withProjectComponents } from '../../shared/catalog/project-components.ts';
import { EXPORT_MAX_EVALUATIONS } from '../../shared/evaluate/analysis-work.ts';
import { evaluateProject } from '../../shared/evaluate/evaluate-project.ts';
import { writeWorkbook } from '../../workbook/workbook-writer.ts';
import { evaluateScenario } from '../../shared/evaluate/evaluate-scenario.ts';
import { findNonFinite } from '../../shared/non-finite.ts';
import { mulberry32 } from '../../shared/scaling/seeded-random.ts';
import { runMonteCarlo } from '../../shared/scaling/monte-carlo.ts';
import { sweepScenario } from '../../shared/scaling/size-sweep.ts';
import { tornado } from '../../shared/scaling/tornado.ts';
import { projectScenario } from '../../shared/scaling/year-projection.ts';
import { SCENARIO_INPUT_FIELDS, type InputField } from '../../shared/scenario/input-fields.ts';
import { parseProject } from '../../shared/scenario/parse-project.ts';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

/** The example files' texts, the fuzzer's seeds. */
export function exampleTexts(): string[] {
  return readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readFileSync(join(EXAMPLES, f), 'utf8'));
}

type Rng = () => number;
// A fresh copy: a shared object inserted in two places could later be made to contain itself.
const pick = <T>(rng: Rng, items: readonly T[]): T => structuredClone(items[Math.floor(rng() * items.length)] as T);

/** Values at and beyond the edges of a numeric input's range, and the usual trouble makers. */
function edgeNumbers(f: InputField): number[] {
  const lo = f.minimum ?? f.exclusiveMinimum ?? 0;
  const hi = f.maximum ?? 1e9;
  return [
    lo,
    hi,
    (lo + hi) / 2,
    lo + Number.MIN_VALUE,
    lo + 1e-9,
    hi - 1e-9,
    hi * 10,
    -1,
    0,
    -0,
    5e-324,
    1e308,
    Number.MAX_SAFE_INTEGER,
    0.5,
  ];
}

const NASTY_TEXT = [
  '',
  ' ',
  'a'.repeat(10_000),
  '\u0000\u0007\u001b[2J',
  '\ufffe\uffff',
  '\ud800',
  '=HYPERLINK("x")',
  '+1',
  '@SUM(A1)',
  '\u202eevil',
  '<script>alert(1)</script>',
  '../../etc/passwd',
];

const NASTY_VALUES: unknown[] = [null, true, [], {}, '12', 'NaN', [1, 2], { a: 1 }, -1, Number.MAX_VALUE];

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every (container, key) pair in a JSON tree, for picking a place to break. */
function slots(root: Json): { parent: Json[] | { [k: string]: Json }; key: string | number }[] {
  const out: { parent: Json[] | { [k: string]: Json }; key: string | number }[] = [];
  const stack: Json[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Json;
    if (Array.isArray(node)) {
      node.forEach((v, i) => {
        out.push({ parent: node, key: i });
        stack.push(v);
      });
    } else if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        out.push({ parent: node, key: k });
        stack.push(v);
      }
    }
  }
  return out;
}

function setSlot(parent: Json[] | { [k: string]: Json }, key: string | number, value: Json): void {
  (parent as Record<string | number, Json>)[key] = value;
}

/** One structural mutation of a parsed project, in place. */
function mutateValue(root: { [k: string]: Json }, rng: Rng): void {
  const scenarios = Array.isArray(root.scenarios) ? (root.scenarios as Json[]) : [];
  const scenario = scenarios.length > 0 ? (pick(rng, scenarios) as { [k: string]: Json }) : undefined;
  const kind = Math.floor(rng() * 8);
  if (kind <= 2 && scenario && typeof scenario === 'object') {
    // A schema input set to an edge value (the most productive source of NaN and infinities).
    const f = pick(rng, SCENARIO_INPUT_FIELDS);
    const parts = f.path.split('.');
    let node = scenario as { [k: string]: Json };
    for (const p of parts.slice(0, -1)) {
      if (node[p] === null || typeof node[p] !== 'object' || Array.isArray(node[p])) node[p] = {};
      node = node[p] as { [k: string]: Json };
    }
    const last = parts.at(-1) as string;
    if (f.kind === 'number' || f.kind === 'integer') node[last] = pick(rng, edgeNumbers(f));
    else if (f.kind === 'enum' && f.options) node[last] = rng() < 0.8 ? pick(rng, f.options) : 'no-such-option';
    else if (f.kind === 'text') node[last] = pick(rng, NASTY_TEXT);
    else node[last] = pick(rng, NASTY_VALUES) as Json;
    return;
  }
  const all = slots(root);
  if (all.length === 0) return;
  const { parent, key } = pick(rng, all);
  if (kind === 3) setSlot(parent, key, pick(rng, NASTY_VALUES) as Json);
  else if (kind === 4) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key as string];
  } else if (kind === 5) {
    const value = (parent as Record<string | number, Json>)[key];
    if (typeof value === 'string') setSlot(parent, key, pick(rng, NASTY_TEXT));
    else if (typeof value === 'number') setSlot(parent, key, pick(rng, [0, -1, 1e308, 5e-324, value * 1000, -value]));
    else setSlot(parent, key, null);
  } else if (kind === 6) {
    if (!Array.isArray(parent)) parent[pick(rng, ['__proto__', 'constructor', 'prototype', 'extra', 'x'])] = { a: 1 };
  } else if (scenario && scenarios.length < 64) {
    scenarios.push(JSON.parse(JSON.stringify(scenario)) as Json); // a duplicate name
  }
}

/** One text-level mutation: truncation, a changed byte, junk, a repeated key or a bad number. */
function mutateText(text: string, rng: Rng): string {
  const at = Math.floor(rng() * text.length);
  switch (Math.floor(rng() * 6)) {
    case 0:
      return text.slice(0, at);
    case 1:
      return text.slice(0, at) + String.fromCharCode(Math.floor(rng() * 128)) + text.slice(at + 1);
    case 2:
      return text.slice(0, at) + pick(rng, ['}', ']', ',', '"', '1e999', '-', 'NaN', '/*', '\\u0000']) + text.slice(at);
    case 3:
      return text.replace(/"name":/, '"name": "dup", "name":');
    case 4:
      return text.replace(/: (\d+)/, ': 1e999');
    default:
      return `\ufeff${text}`;
  }
}

/** The mutated text of case `index` (deterministic for `seed`). */
export function fuzzCase(seeds: readonly string[], seed: number, index: number): string {
  const rng = mulberry32((seed * 1_000_003 + index) >>> 0);
  const base = seeds[index % seeds.length] as string;
  if (rng() < 0.2) return mutateText(base, rng);
  const value = JSON.parse(base) as { [k: string]: Json };
  const count = 1 + Math.floor(rng() * 3);
  for (let i = 0; i < count; i++) mutateValue(value, rng);
  return JSON.stringify(value, null, rng() < 0.5 ? 2 : undefined);
}

export interface CaseOutcome {
  /** Parsed as a valid project. */
  valid: boolean;
  /** The exception, if anything threw (a defect). */
  threw?: string;
  /** Non-finite numbers in a result, with the stage (a defect). */
  nonFinite?: string[];
  /** Scenarios that evaluated. */
  evaluated: number;
  ms: number;
}

/** Runs one case through parse, evaluate and every analysis (sizes and samples kept small). */
export function runCase(text: string): CaseOutcome {
  const t0 = performance.now();
  const outcome: CaseOutcome = { valid: false, evaluated: 0, ms: 0 };
  let stage = 'parse';
  try {
    const parsed = parseProject(text);
    if (parsed.ok) {
      outcome.valid = true;
      const overrides = parsed.project.catalogOverrides;
      const merged = withProjectComponents(defaultCatalog, parsed.project.components);
      const catalog = merged.ok ? merged.value : defaultCatalog;
      for (const s of merged.ok ? parsed.project.scenarios : []) {
        stage = `evaluate "${s.name}"`;
        const r = evaluateScenario(s, catalog, overrides);
        const bad: string[] = [];
        const note = (what: string, v: unknown) =>
          bad.push(...findNonFinite(v).map((n) => `${what}: ${n.path} = ${n.value}`));
        if (!r.ok) continue;
        outcome.evaluated++;
        note(stage, r.value);
        stage = 'sweep';
        const sweep = sweepScenario(s, catalog, overrides, 4);
        if (sweep.ok) note(stage, sweep.value);
        stage = 'projection';
        const projection = projectScenario(s, catalog, overrides);
        if (projection.ok) note(stage, projection.value);
        stage = 'tornado';
        const t = tornado(s, catalog, overrides);
        if (t.ok) note(stage, t.value);
        stage = 'monte carlo';
        const mc = runMonteCarlo(s, catalog, {
          samples: 8,
          seed: 1,
          distribution: 'triangular',
          projectOverrides: overrides,
        });
        if (mc.ok) note(stage, mc.value);
        if (bad.length > 0) outcome.nonFinite = [...(outcome.nonFinite ?? []), ...bad];
      }
    }
  } catch (e) {
    outcome.threw = `${stage}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`;
  }
  outcome.ms = performance.now() - t0;
  return outcome;
}

/**
 * Builds the workbook of a project that evaluates and checks the package: every XML part must
 * parse as strict XML 1.0 (an ill-formed part makes Excel refuse the file). Returns the problem,
 * or undefined when the package is sound or the project is not exportable.
 */
export async function workbookProblem(text: string): Promise<string | undefined> {
  const evaluated = evaluateProject(text, { maxAnalysisEvaluations: EXPORT_MAX_EVALUATIONS });
  if (!evaluated.ok) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = await writeWorkbook({
      project: evaluated.project,
      results: evaluated.results,
      sourceFile: 'fuzz.json',
      appVersion: 'fuzz',
      catalog: evaluated.catalog,
    });
  } catch (e) {
    return `the writer threw: ${(e as Error).message}`;
  }
  const zip = await JSZip.loadAsync(bytes);
  for (const name of Object.keys(zip.files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const xml = await zip.file(name)!.async('string');
    const parser = new SaxesParser({ xmlns: false });
    let problem: string | undefined;
    parser.on('error', (e) => {
      problem ??= `${name}: ${e.message}`;
    });
    parser.write(xml).close();
    if (problem) return problem;
  }
  return undefined;
}
