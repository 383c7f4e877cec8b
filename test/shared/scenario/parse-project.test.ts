import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  parseProject,
  parseProjectValue,
  formatFieldErrors,
  formatPath,
  MAX_LISTED_ERRORS,
  MAX_NESTING_DEPTH,
  MAX_OBJECT_FIELDS,
  MAX_PROJECT_VALUES,
  type FieldError,
  type ParseResult,
} from '../../../shared/scenario/parse-project.ts';
import { SCENARIO_INPUT_FIELDS, type InputField } from '../../../shared/scenario/input-fields.ts';
import { setAtPath } from '../../../shared/scenario/object-paths.ts';
import { objectFieldNames, schemaAtPath } from '../../../shared/scenario/schema-introspection.ts';
import { projectSchema, scenarioSchema } from '../../../shared/scenario/scenario-schema.ts';

/** A project using every section with non-default values. */
function fullProject(): Record<string, unknown> {
  return {
    schemaVersion: 1,
    title: 'Memo: 100k GPUs, Ethernet vs InfiniBand',
    notes: 'Prices are weak; see catalog sources.',
    catalogOverrides: { priceUsd: { 'dsp-dr.800g': 900 }, powerW: {} },
    scenarios: [
      {
        name: 'Base',
        description: 'Rail-optimized InfiniBand',
        year: 2026,
        cluster: {
          accelerator: { name: 'B200', unitPriceUsd: 35000, powerW: 1000 },
          acceleratorCount: 100000,
          acceleratorsPerServer: 8,
          serverPriceUsd: 150000,
          serverPowerW: 5000,
        },
        scaleUp: { fabric: 'nvlink5', domainSize: 72 },
        scaleOut: {
          ecosystem: 'infiniband',
          nicPortRateGbps: 800,
          nicPortsPerAccelerator: 1,
          planes: 2,
          nic: 'auto',
          server: 'generic',
          serverCageRateGbps: 'auto',
        },
        topology: {
          kind: 'fat-tree',
          tiers: 3,
          oversubscription: [1, 2],
          scalableUnitServers: 32,
          reservedPortsPerLeaf: 2,
          switchLinkRateGbps: 'auto',
          backupPortsPerLeaf: 0,
          serversPerLeaf: 'auto',
          podAccelerators: 0,
          podOversubscription: 1,
          dragonfly: { mode: 'explicit', p: 8, a: 16, h: 8 },
        },
        switch: {
          model: 'auto',
          radix: 64,
          byTier: {
            leaf: { model: 'auto' },
            spine: { model: 'auto', radix: 64 },
            core: { model: 'auto' },
            superCore: { model: 'auto' },
          },
        },
        workload: {
          model: {
            parametersBillions: 70,
            activeParameterShare: 0.5,
            layers: 80,
            hiddenSize: 8192,
            sequenceLength: 4096,
            tokensPerStep: 4194304,
            attentionHeads: 64,
            attentionKernel: 'unfused',
            activationRecompute: 'full',
            weightBytesPerParameter: 2,
            optimizerBytesPerParameter: 12,
            gradientBytesPerParameter: 2,
            activationBytesPerValue: 1,
            expertsPerToken: 4,
          },
          parallelism: {
            mode: 'explicit',
            tensor: 4,
            pipeline: 8,
            data: 3125,
            expert: 5,
            pipelineInterleave: 2,
            microBatchSequences: 2,
            sequenceParallel: 'off',
            optimizerSharding: 'optimizer',
          },
          compute: {
            peakTflopsPerAccelerator: 2250,
            memoryBandwidthGBps: 8000,
            memoryCapacityGB: 192,
            memoryCheck: 'report',
            computeEfficiency: 0.4,
            matmulPeakShare: 0.7,
            matmulHalfWidth: 100,
            memoryTrafficFactor: 2,
            tensorOverlapFraction: 0.1,
            dataOverlapFraction: 0.9,
            overlapFraction: 0.3,
          },
          communication: {
            scaleUpBusEfficiency: 0.9,
            scaleOutBusEfficiency: 0.8,
            scaleUpLatencyUs: 2,
            scaleOutLatencyUs: 20,
            inNetworkReduction: 'off',
          },
        },
        reliability: {
          failures: {
            acceleratorAfrPercentPerYear: 8,
            hostAfrPercentPerYear: 10,
            softwareInterruptionsPercentPerYear: 1,
            plannedInterruptionsPercentPerYear: 0.5,
            lpoAfrFactor: 1.5,
            cpoAfrFactor: 0.5,
          },
          interruptProbability: { accelerator: 1, host: 0.9, nic: 0.8, switch: 0.7, link: 0.6, scaleUp: 0.5 },
          resilience: { nicHoming: 'dual', dualHomingCoverage: 0.8, planeFailoverCoverage: 0.5 },
          checkpoint: { intervalMode: 'fixed', fixedIntervalMinutes: 30, writeMinutes: 1, restartMinutes: 10 },
          acceleratorHourUsd: 3.5,
          secondOrderLossFraction: 0.19,
        },
        media: {
          acceleratorLeaf: 'dac',
          leafSpine: 'lpo',
          spineCore: 'auto',
          coreSuper: 'auto',
          local: 'auto',
          global: 'auto',
        },
        linkLengthM: { acceleratorLeaf: 2, leafSpine: 40, spineCore: 200, coreSuper: 500, local: 5, global: 100 },
        economics: {
          electricityUsdPerKWh: 0.1,
          pue: 1.25,
          horizonYears: 6,
          discountRatePercent: 7,
          streetDiscountPercent: 20,
          sparesPercent: 3,
          installationPercent: 2,
          supportPercentPerYear: 6,
        },
        overrides: { priceUsd: { 'cx8.800g': 1800 }, powerW: { 'cx8.800g': 30 } },
        analysis: {
          variants: {
            a: {
              label: 'Rail-only',
              topology: 'rail-only',
              ecosystem: 'same',
              acceleratorLeafMedium: 'same',
              switchLinkMedium: 'same',
              planes: 0,
            },
            b: {
              label: '',
              topology: 'same',
              ecosystem: 'ethernet-roce',
              acceleratorLeafMedium: 'auto',
              switchLinkMedium: 'cpo',
              planes: 4,
            },
            c: {
              label: '',
              topology: 'same',
              ecosystem: 'same',
              acceleratorLeafMedium: 'same',
              switchLinkMedium: 'same',
              planes: 0,
            },
          },
          sweep: { fromAccelerators: 2048, toAccelerators: 524288, points: 40 },
          projection: {
            fromYear: 2025,
            toYear: 2030,
            mode: 'fixed',
            slips: {
              a: { target: 'cpo', delayYears: 2 },
              b: { target: 'broadcom', delayYears: -1 },
              c: { target: 'none', delayYears: 0 },
            },
          },
          uncertainty: {
            electricityBelowPercent: 20,
            electricityAbovePercent: 40,
            pueBelowPercent: 5,
            pueAbovePercent: 10,
          },
          monteCarlo: { samples: 5000, seed: 42, distribution: 'lognormal' },
        },
      },
      { name: 'Ethernet', scaleOut: { ecosystem: 'ethernet-roce' } },
    ],
  };
}

function minimalProject(): Record<string, unknown> {
  return { schemaVersion: 1, scenarios: [{ name: 'Base' }] };
}

function errorsOf(result: ParseResult): FieldError[] {
  assert.equal(result.ok, false, 'expected the project to be refused');
  return result.ok ? [] : result.errors;
}

function okOf(result: ParseResult) {
  if (!result.ok) assert.fail(`expected ok, got:\n${formatFieldErrors(result.errors)}`);
  return result;
}

/** The one error at `path`; fails if there is none or several. */
function errorAt(result: ParseResult, path: string): FieldError {
  const matches = errorsOf(result).filter((e) => e.path === path);
  assert.equal(matches.length, 1, `expected one error at ${path}, got:\n${formatFieldErrors(errorsOf(result))}`);
  return matches[0] as FieldError;
}

/** The scenario at index 0 of a minimal project with `patch` applied at a dot path. */
function withScenarioValue(path: string, value: unknown): Record<string, unknown> {
  const project = minimalProject();
  project.scenarios = [setAtPath({ name: 'Base' }, path, value)];
  return project;
}

function assertWellFormed(result: ParseResult): void {
  if (result.ok) return;
  assert.ok(result.errors.length > 0, 'a refused project has at least one error');
  for (const e of result.errors) {
    assert.equal(typeof e.path, 'string');
    assert.ok(e.path.length > 0, 'error path is not empty');
    assert.equal(typeof e.message, 'string');
    assert.ok(e.message.length > 0, 'error message is not empty');
    assert.equal(typeof e.value, 'string');
    assert.ok(e.value.length <= 200, 'the value rendering stays short');
  }
}

describe('parseProject: valid files', () => {
  test('fills every default for a minimal file', () => {
    const r = okOf(parseProject(JSON.stringify(minimalProject())));
    assert.equal(r.project.title, 'Untitled project');
    assert.equal(r.project.notes, '');
    assert.deepEqual(r.project.catalogOverrides, { priceUsd: {}, powerW: {} });
    const s = r.project.scenarios[0]!;
    assert.equal(s.name, 'Base');
    assert.equal(s.year, 2025);
    assert.equal(s.cluster.acceleratorCount, 1024);
    assert.deepEqual(s.cluster.accelerator, { name: 'H100 SXM', unitPriceUsd: 25000, powerW: 700 });
    assert.equal(s.topology.tiers, 'auto');
    assert.deepEqual(s.topology.oversubscription, [1]);
    assert.equal(s.topology.dragonfly.mode, 'balanced');
    assert.equal(s.switch.radix, undefined);
    assert.equal(s.media.leafSpine, 'auto');
    assert.equal(s.linkLengthM.spineCore, 150);
    assert.deepEqual(r.upgradeLog, []);
    assert.deepEqual(r.warnings, []);
  });

  test('keeps every stated value of a full file and fills the rest', () => {
    const input = fullProject();
    const r = okOf(parseProject(JSON.stringify(input, null, 2)));
    const [base, ethernet] = r.project.scenarios;
    assert.deepEqual(base, (input.scenarios as unknown[])[0]);
    assert.equal(ethernet?.scaleOut.ecosystem, 'ethernet-roce');
    assert.equal(ethernet?.scaleOut.nicPortRateGbps, 400);
    assert.deepEqual(r.project.catalogOverrides.priceUsd, { 'dsp-dr.800g': 900 });
  });

  test('accepts a byte-order mark and surrounding whitespace', () => {
    const r = okOf(parseProject(`\uFEFF\n  ${JSON.stringify(minimalProject())}\n\n`));
    assert.equal(r.project.scenarios[0]?.name, 'Base');
  });

  test('warns about a field given twice and uses the last value', () => {
    const text = '{"schemaVersion":1,"scenarios":[{"name":"Base",\n"year":2024,\n  "year":2030}]}';
    const r = okOf(parseProject(text));
    assert.equal(r.project.scenarios[0]?.year, 2030);
    assert.equal(r.warnings.length, 1);
    assert.match(
      r.warnings[0]!,
      /^scenarios\[0\]\.year: this field appears more than once \(again at line 3, column 3\)/,
    );
  });

  test('warns when spaces are trimmed from a name', () => {
    const r = okOf(parseProject('{"schemaVersion":1,"scenarios":[{"name":"  Base "}]}'));
    assert.equal(r.project.scenarios[0]?.name, 'Base');
    assert.deepEqual(r.warnings, ['scenarios[0].name: spaces at either end were removed ("  Base " → "Base")']);
  });

  test('parseProjectValue does not change its input', () => {
    const input = fullProject();
    const before = JSON.stringify(input);
    okOf(parseProjectValue(input));
    assert.equal(JSON.stringify(input), before);
  });
});

describe('parseProject: malformed text', () => {
  const cases: [name: string, text: string, line: number, column: number, message: RegExp][] = [
    [
      'trailing comma in an object',
      '{"schemaVersion":1,\n"scenarios":[],}',
      2,
      16,
      /comma must not come right before "}"/,
    ],
    ['trailing comma in a list', '{"a":[1,2,]}', 1, 11, /comma must not come right before "]"/],
    ['missing colon', '{"schemaVersion" 1}', 1, 18, /expected ":" after the field name/],
    ['single-quoted name', "{'schemaVersion':1}", 1, 2, /double quotes, not single quotes/],
    ['comment', '{\n  // note\n  "schemaVersion": 1}', 2, 3, /comments are not allowed/],
    ['unterminated text', '{"schemaVersion":1,"title":"abc', 1, 28, /never closed with a double quote/],
    ['NaN', '{"schemaVersion":NaN}', 1, 18, /NaN and Infinity are not allowed/],
    ['-Infinity', '{"schemaVersion":-Infinity}', 1, 19, /Infinity is not allowed/],
    ['leading zero', '{"schemaVersion":01}', 1, 18, /must not start with 0/],
    ['bad exponent', '{"schemaVersion":1e}', 1, 20, /digit in the exponent/],
    ['text after the object', '{"schemaVersion":1} {}', 1, 21, /unexpected text after the end/],
    ['raw line break in text', '{"title":"a\nb"}', 1, 12, /must be escaped/],
    ['bad escape', '{"title":"a\\qb"}', 1, 12, /invalid escape/],
    ['short unicode escape', '{"title":"\\u12"}', 1, 11, /four hexadecimal digits/],
    ['missing comma', '{"a":1 "b":2}', 1, 8, /expected "," or "}"/],
    ['bare word', '{"a":yes}', 1, 6, /expected a value/],
  ];
  for (const [name, text, line, column, message] of cases) {
    test(`${name}: reports line ${line}, column ${column}`, () => {
      const e = errorAt(parseProject(text), '(file)');
      assert.match(e.message, new RegExp(`^invalid JSON at line ${line}, column ${column}: `));
      assert.match(e.message, message);
    });
  }

  test('an empty or blank file is refused with a clear message', () => {
    for (const text of ['', '   \n\t ', '\uFEFF']) {
      const e = errorAt(parseProject(text), '(file)');
      assert.match(e.message, /the file is empty/);
    }
  });

  test('a file cut at every 97th character is refused without throwing', () => {
    const text = JSON.stringify(fullProject(), null, 2);
    let cuts = 0;
    for (let at = 0; at < text.length; at += 97) {
      const result = parseProject(text.slice(0, at));
      const errors = errorsOf(result);
      assert.equal(errors.length, 1, `cut at ${at}`);
      assert.equal(errors[0]?.path, '(file)');
      assert.match(errors[0]!.message, at === 0 ? /empty/ : /^invalid JSON at line \d+, column \d+: /, `cut at ${at}`);
      cuts++;
    }
    assert.ok(cuts > 20, 'the sample file is long enough to cut in many places');
    okOf(parseProject(text));
  });

  test('a non-string argument is refused, not thrown on', () => {
    const e = errorAt(parseProject(42 as unknown as string), '(file)');
    assert.match(e.message, /expected the text of a project file/);
  });
});

describe('parseProject: size and shape limits', () => {
  test('text over 20 MB is refused before parsing', () => {
    const text = `{"notes":"${'x'.repeat(21 * 1024 * 1024)}"}`;
    const e = errorAt(parseProject(text), '(file)');
    assert.match(e.message, /larger than 20 MB/);
  });

  test('size counts UTF-8 bytes, not characters', () => {
    // 7.2 million three-byte characters: 21.6 MB of UTF-8 in under 20 million characters.
    const wide = '\u0939'.repeat(7_200_000);
    const e = errorAt(parseProject(`{"schemaVersion":1,"notes":"${wide}","scenarios":[{"name":"a"}]}`), '(file)');
    assert.match(e.message, /larger than 20 MB/);
    // 6 million of them (18 MB) pass the size check and fail only on the notes length.
    const ok = parseProject(`{"schemaVersion":1,"notes":"${'\u0939'.repeat(6_000_000)}","scenarios":[{"name":"a"}]}`);
    assert.match(errorAt(ok, 'notes').message, /at most 100000 characters/);
  });

  test('non-object roots are refused', () => {
    for (const text of ['[]', '[1,2,3]', '5', '"project"', 'null', 'true']) {
      const e = errorAt(parseProject(text), '(project)');
      assert.match(
        e.message,
        /^expected a Fabricost project: an object with fields schemaVersion, title, notes, catalogOverrides, components, buildOut, scenarios$/,
      );
      assert.equal(
        e.value,
        new Map([
          ['[]', 'a list of 0'],
          ['[1,2,3]', 'a list of 3'],
          ['5', '5'],
          ['"project"', '"project"'],
          ['null', 'null'],
          ['true', 'true'],
        ]).get(text),
      );
    }
  });

  test('10,000-deep nesting in text is refused before JSON.parse', () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    const e = errorAt(parseProject(`{"schemaVersion":1,"scenarios":[{"name":"a","description":${deep}}]}`), '(file)');
    assert.match(e.message, new RegExp(`nested more than ${MAX_NESTING_DEPTH} levels deep`));
  });

  test('1,000,000-deep nesting in text does not overflow the stack', () => {
    const e = errorAt(parseProject('{"a":'.repeat(1_000_000)), '(file)');
    assert.match(e.message, /nested more than 64 levels/);
  });

  test('nesting of exactly 64 levels is read (and then fails validation normally)', () => {
    let inner = '1';
    for (let i = 0; i < MAX_NESTING_DEPTH - 1; i++) inner = `[${inner}]`;
    const e = errorAt(parseProject(`{"schemaVersion":1,"scenarios":[{"name":"a"}],"junk":${inner}}`), 'junk');
    assert.match(e.message, /^unknown field/);
  });

  test('10,000-deep and self-referencing values are refused by parseProjectValue', () => {
    const root: Record<string, unknown> = { schemaVersion: 1 };
    let node = root;
    for (let i = 0; i < 10_000; i++) {
      const next: Record<string, unknown> = {};
      node.scenarios = next;
      node = next;
    }
    assert.match(errorsOf(parseProjectValue(root))[0]!.message, /nested more than 64 levels/);

    const cyclic: Record<string, unknown> = { schemaVersion: 1, scenarios: [] };
    (cyclic.scenarios as unknown[]).push(cyclic);
    const errors = errorsOf(parseProjectValue(cyclic));
    assert.equal(errors.length, 1);
    assert.match(errors[0]!.message, /nested more than 64 levels deep \(or contain themselves\)/);
  });

  test('a 1,000,000-scenario list gives one error, not a million', () => {
    const text = JSON.stringify({ schemaVersion: 1, scenarios: new Array(1_000_000).fill({ name: 'x' }) });
    const errors = errorsOf(parseProject(text));
    assert.deepEqual(errors, [
      { path: 'scenarios', value: 'a list of 1000000', message: 'must be a list of 1 to 64 scenarios' },
    ]);
  });

  test('million-element lists elsewhere are refused cleanly', () => {
    const big = new Array(1_000_000).fill(2);
    const over = errorAt(
      parseProject(JSON.stringify(withScenarioValue('topology.oversubscription', big))),
      'scenarios[0].topology.oversubscription',
    );
    assert.match(over.message, /list of 1 to 4 ratios/);
    const unknown = errorAt(parseProjectValue({ ...minimalProject(), extra: big }), 'extra');
    assert.equal(unknown.value, 'a list of 1000000');
  });

  test('an object with too many fields is refused at its path', () => {
    const many = Object.fromEntries(Array.from({ length: MAX_OBJECT_FIELDS + 1 }, (_, i) => [`k${i}`, 1]));
    const e = errorAt(
      parseProjectValue(withScenarioValue('overrides.priceUsd', many)),
      'scenarios[0].overrides.priceUsd',
    );
    assert.match(e.message, /has 10001 fields; an object in a project may have at most 10000/);
  });

  test('a text object with too many fields is refused while scanning, at its path', () => {
    const fields = Array.from({ length: 1_600_000 }, (_, i) => `"k${i}":1`).join(',');
    const errors = errorsOf(
      parseProject(`{"schemaVersion":1,"scenarios":[{"name":"a","overrides":{"priceUsd":{${fields}}}}]}`),
    );
    assert.deepEqual(errors, [
      {
        path: 'scenarios[0].overrides.priceUsd',
        value: 'an object of over 10000 fields',
        message: 'has more than 10000 fields; an object in a project may have at most 10000',
      },
    ]);
  });

  test('a project of more values than MAX_PROJECT_VALUES is refused before it is parsed', () => {
    const priceUsd = Object.fromEntries(Array.from({ length: 9_999 }, (_, i) => [`no-such-part-${i}`, 1]));
    const scenarios = Array.from({ length: 64 }, (_, i) => ({ name: `s${i}`, overrides: { priceUsd } }));
    const errors = errorsOf(parseProject(JSON.stringify({ schemaVersion: 1, scenarios })));
    assert.deepEqual(errors, [
      {
        path: '(project)',
        value: `over ${MAX_PROJECT_VALUES} values`,
        message: 'the project is too large to read: a project holds at most 250,000 values (numbers, texts and fields)',
      },
    ]);
    // Items of an over-long list are not counted: that list keeps its own, clearer error.
    const long = JSON.stringify({ schemaVersion: 1, scenarios: new Array(300_000).fill({ name: 'x' }) });
    assert.equal(errorsOf(parseProject(long))[0]!.path, 'scenarios');
  });

  test('errors beyond the listing limit are counted in a last entry', () => {
    const junk = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`junk${i}`, i]));
    const errors = errorsOf(parseProjectValue({ ...minimalProject(), ...junk }));
    assert.equal(errors.length, MAX_LISTED_ERRORS + 1);
    assert.deepEqual(errors.at(-1), {
      path: '(project)',
      value: '600 errors',
      message: '100 more errors are not listed; fix the ones above first',
    });
  });
});

describe('parseProject: hostile keys', () => {
  test('__proto__ and constructor keys are reported as unknown and never applied', () => {
    const text =
      '{"schemaVersion":1,"__proto__":{"polluted":true},"scenarios":[{"name":"a",' +
      '"cluster":{"constructor":{"prototype":{"polluted":true}}},' +
      '"overrides":{"priceUsd":{"constructor":5,"prototype":6,"ok":1}}}]}';
    const result = parseProject(text);
    const errors = errorsOf(result);
    assert.deepEqual(
      errors.map((e) => e.path),
      [
        '__proto__',
        'scenarios[0].cluster.constructor',
        'scenarios[0].overrides.priceUsd.constructor',
        'scenarios[0].overrides.priceUsd.prototype',
      ],
    );
    assert.equal(
      errors[0]?.message,
      'unknown field ("__proto__" is a reserved name and is never read); allowed fields: schemaVersion, title, notes, catalogOverrides, components, buildOut, scenarios',
    );
    assert.match(
      errors[1]!.message,
      /allowed fields: accelerator, acceleratorCount, acceleratorsPerServer, serverPriceUsd, serverPowerW$/,
    );
    assert.match(errors[2]!.message, /"constructor" is a reserved name/);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
  });

  test('a __proto__ key alone makes the file invalid even though nothing else is wrong', () => {
    const value = JSON.parse('{"schemaVersion":1,"scenarios":[{"name":"a","__proto__":{"year":2030}}]}') as unknown;
    const e = errorAt(parseProjectValue(value), 'scenarios[0].__proto__');
    assert.match(e.message, /^unknown field/);
    assert.equal(e.value, 'an object');
  });
  test('a reserved key under an unknown field is reported with every other error, not a crash', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const text =
        `{"schemaVersion":1,"x":{"${key}":1},"scenarios":[{"name":"a","y":{"${key}":{"a":1}},` +
        '"cluster":{"acceleratorCount":-5}}]}';
      const errors = errorsOf(parseProject(text));
      const byPath = new Map(errors.map((e) => [e.path, e.message]));
      assert.deepEqual(
        [...byPath.keys()].sort(),
        [`scenarios[0].y.${key}`, 'scenarios[0].cluster.acceleratorCount', 'scenarios[0].y', 'x', `x.${key}`].sort(),
        key,
      );
      assert.equal(byPath.get(`x.${key}`), `unknown field; "${key}" is a reserved name and is never read`);
      assert.match(byPath.get('x')!, /^unknown field; allowed fields: schemaVersion, title, notes/);
      assert.match(byPath.get('scenarios[0].cluster.acceleratorCount')!, /\d/);
    }
  });
});

describe('parseProject: hostile sizes of keys and repeats', () => {
  test('a megabyte-long unknown key gives a shortened path', () => {
    const key = 'k'.repeat(1_000_000);
    const errors = errorsOf(parseProject(`{"schemaVersion":1,"scenarios":[{"name":"a"}],"${key}":1}`));
    assert.equal(errors.length, 1);
    assert.equal(errors[0]!.path.length, 300);
    assert.ok(errors[0]!.path.startsWith('kkkk') && errors[0]!.path.endsWith('...'));
  });

  test('a field repeated 200,000 times gives 20 warnings and a count, quickly', () => {
    const text = `{"schemaVersion":1,"scenarios":[{"name":"a"${',"year":2026'.repeat(200_000)}}]}`;
    const started = Date.now();
    const r = okOf(parseProject(text));
    assert.ok(Date.now() - started < 5000, 'no quadratic work on repeated keys');
    assert.equal(r.project.scenarios[0]?.year, 2026);
    assert.equal(r.warnings.length, 21);
    assert.match(
      r.warnings[0]!,
      /^scenarios\[0\]\.year: this field appears more than once \(again at line 1, column 57\)/,
    );
    assert.equal(r.warnings[20], '199979 more fields appear more than once; the last value of each is used');
  });
});

describe('parseProject: wrong types and ranges', () => {
  const cases: [path: string, value: unknown, shownValue: string, message: string][] = [
    ['cluster.acceleratorCount', 'many', '"many"', 'must be a whole number from 1 to 4000000 accelerators'],
    ['cluster.acceleratorCount', 0, '0', 'must be a whole number from 1 to 4000000 accelerators'],
    ['cluster.acceleratorCount', 4_000_001, '4000001', 'must be a whole number from 1 to 4000000 accelerators'],
    ['cluster.acceleratorCount', 1.5, '1.5', 'must be a whole number from 1 to 4000000 accelerators'],
    ['cluster.acceleratorCount', null, 'null', 'must be a whole number from 1 to 4000000 accelerators'],
    ['cluster.accelerator.unitPriceUsd', -1, '-1', 'must be a number from 0 to 10000000 USD'],
    ['economics.pue', 0.5, '0.5', 'must be a number from 1 to 3'],
    ['economics.electricityUsdPerKWh', '0.1', '"0.1"', 'must be a number from 0 to 2 USD/kWh'],
    ['year', true, 'true', 'must be a whole number from 2022 to 2035'],
    ['year', 2040, '2040', 'must be a whole number from 2022 to 2035'],
    ['linkLengthM.local', 0.05, '0.05', 'must be a number from 0.1 to 10000 m'],
    ['scaleOut.nicPortRateGbps', 5, '5', 'must be a whole number from 10 to 3200 Gb/s'],
    ['topology.tiers', 9, '9', 'must be "auto" or a whole number from 1 to 5 tiers'],
    ['topology.tiers', 0, '0', 'must be "auto" or a whole number from 1 to 5 tiers'],
    ['topology.tiers', 'two', '"two"', 'must be "auto" or a whole number from 1 to 5 tiers'],
    ['topology.oversubscription', '1:7', '"1:7"', 'must be a list of 1 to 4 ratios, each a number from 1 to 64'],
    [
      'topology.kind',
      'torus',
      '"torus"',
      'must be one of leaf-spine, fat-tree, rail-optimized, rail-only, dragonfly, dragonfly-plus, slim-fly',
    ],
    ['media.leafSpine', 3, '3', 'must be one of auto, dac, acc, aec, aoc, dsp-sr, dsp-dr, dsp-fr, lpo, lro, cpo'],
    [
      'scaleOut.nic',
      'ConnectX 8',
      '"ConnectX 8"',
      'must be "auto" or a catalog id (1 to 64 lower-case letters, digits, ".", "+" or "-", starting with a letter or digit)',
    ],
    [
      'switch.model',
      7,
      '7',
      'must be "auto" or a catalog id (1 to 64 lower-case letters, digits, ".", "+" or "-", starting with a letter or digit)',
    ],
    ['switch.radix', 1, '1', 'must be a whole number from 2 to 2048 ports'],
    ['description', 5, '5', 'must be text of at most 4000 characters'],
    [
      'cluster',
      5,
      '5',
      'must be an object with fields accelerator, acceleratorCount, acceleratorsPerServer, serverPriceUsd, serverPowerW',
    ],
    [
      'overrides.priceUsd',
      [],
      'a list of 0',
      'must be an object mapping catalog ids to numbers from 0 to 100000000 USD',
    ],
    ['name', 42, '42', 'must be text of 1 to 120 characters (spaces at either end are removed)'],
    ['name', '   ', '"   "', 'must not be empty or only spaces; 1 to 120 characters'],
  ];
  for (const [path, value, shown, message] of cases) {
    test(`${path} = ${JSON.stringify(value)}`, () => {
      const result = parseProject(JSON.stringify(withScenarioValue(path, value)));
      const e = errorAt(result, `scenarios[0].${path}`);
      assert.deepEqual(e, { path: `scenarios[0].${path}`, value: shown, message });
      assert.equal(errorsOf(result).length, 1, 'no other error is reported');
    });
  }

  test('out-of-range items of a list are reported by index', () => {
    const e = errorAt(
      parseProject(JSON.stringify(withScenarioValue('topology.oversubscription', [2, 0.5]))),
      'scenarios[0].topology.oversubscription[1]',
    );
    assert.deepEqual(e, {
      path: 'scenarios[0].topology.oversubscription[1]',
      value: '0.5',
      message: 'must be a number from 1 to 64',
    });
  });

  test('override maps report bad values and bad ids with quoted paths', () => {
    const result = parseProject(
      JSON.stringify(withScenarioValue('overrides.priceUsd', { 'dsp-dr.800g': -5, 'Bad Id': 3 })),
    );
    assert.deepEqual(errorAt(result, 'scenarios[0].overrides.priceUsd["dsp-dr.800g"]'), {
      path: 'scenarios[0].overrides.priceUsd["dsp-dr.800g"]',
      value: '-5',
      message: 'must be a number from 0 to 100000000 USD',
    });
    const key = errorAt(result, 'scenarios[0].overrides.priceUsd["Bad Id"]');
    assert.equal(key.value, '"Bad Id"');
    assert.match(key.message, /^invalid key; must be a catalog id/);
  });

  test('a missing scenario name is required', () => {
    const e = errorAt(parseProject('{"schemaVersion":1,"scenarios":[{"year":2026}]}'), 'scenarios[0].name');
    assert.deepEqual(e, {
      path: 'scenarios[0].name',
      value: 'nothing',
      message: 'required; must be text of 1 to 120 characters (spaces at either end are removed)',
    });
  });

  test('missing or empty scenario lists are refused', () => {
    assert.deepEqual(errorAt(parseProject('{"schemaVersion":1}'), 'scenarios'), {
      path: 'scenarios',
      value: 'nothing',
      message: 'must be a list of 1 to 64 scenarios',
    });
    assert.match(errorAt(parseProject('{"schemaVersion":1,"scenarios":[]}'), 'scenarios').message, /at least one/);
    assert.match(errorAt(parseProject('{"schemaVersion":1,"scenarios":{}}'), 'scenarios').message, /list of 1 to 64/);
  });

  test('a title of the wrong type says what is allowed', () => {
    assert.deepEqual(errorAt(parseProject('{"schemaVersion":1,"title":["x"],"scenarios":[{"name":"a"}]}'), 'title'), {
      path: 'title',
      value: 'a list of 1',
      message: 'must be text of at most 200 characters',
    });
  });
});

describe('parseProject: unknown fields', () => {
  test('each unknown key is its own error with the allowed fields', () => {
    const value = minimalProject();
    value.extra = 1;
    value.scenarios = [{ name: 'a', gpus: 8, cluster: { gpuCount: 8, acceleratorCount: 16 } }];
    const errors = errorsOf(parseProjectValue(value));
    assert.deepEqual(
      errors.map((e) => [e.path, e.value]),
      [
        ['scenarios[0].cluster.gpuCount', '8'],
        ['scenarios[0].gpus', '8'],
        ['extra', '1'],
      ],
    );
    assert.equal(
      errors[0]?.message,
      'unknown field; allowed fields: accelerator, acceleratorCount, acceleratorsPerServer, serverPriceUsd, serverPowerW',
    );
    assert.equal(errors[1]?.message, `unknown field; allowed fields: ${objectFieldNames(scenarioSchema)!.join(', ')}`);
    assert.equal(
      errors[2]?.message,
      'unknown field; allowed fields: schemaVersion, title, notes, catalogOverrides, components, buildOut, scenarios',
    );
  });

  test('the allowed fields come from the schema at that path', () => {
    assert.deepEqual(objectFieldNames(schemaAtPath(projectSchema, ['scenarios', 3, 'topology', 'dragonfly'])), [
      'mode',
      'p',
      'a',
      'h',
    ]);
  });
});

describe('parseProject: several errors and duplicate names', () => {
  test('every error is collected, not just the first', () => {
    const value = {
      schemaVersion: 1,
      title: 7,
      surplus: true,
      scenarios: [
        { name: 'a', year: 1999, cluster: { acceleratorCount: -1 } },
        { name: 'b', economics: { pue: 9 }, media: { global: 'fiber' } },
      ],
    };
    const errors = errorsOf(parseProjectValue(value));
    assert.deepEqual(errors.map((e) => e.path).sort(), [
      'scenarios[0].cluster.acceleratorCount',
      'scenarios[0].year',
      'scenarios[1].economics.pue',
      'scenarios[1].media.global',
      'surplus',
      'title',
    ]);
  });

  test('duplicate scenario names point at the later scenario', () => {
    const value = { schemaVersion: 1, scenarios: [{ name: 'A' }, { name: 'B' }, { name: ' A ' }, { name: 'B' }] };
    const errors = errorsOf(parseProjectValue(value));
    assert.deepEqual(errors, [
      {
        path: 'scenarios[2].name',
        value: '" A "',
        message: 'scenario names must be unique; scenarios[0] already has this name',
      },
      {
        path: 'scenarios[3].name',
        value: '"B"',
        message: 'scenario names must be unique; scenarios[1] already has this name',
      },
    ]);
  });

  test('duplicate names are reported even when a scenario has other errors', () => {
    const value = { schemaVersion: 1, scenarios: [{ name: 'A', year: 1 }, { name: 'A' }] };
    const paths = errorsOf(parseProjectValue(value)).map((e) => e.path);
    assert.deepEqual(paths.sort(), ['scenarios[0].year', 'scenarios[1].name']);
  });
});

describe('parseProject: schema version', () => {
  test('a newer file is refused and left alone', () => {
    const errors = errorsOf(parseProject('{"schemaVersion":3,"scenarios":[{"name":"a","futureField":1}]}'));
    assert.deepEqual(errors, [
      {
        path: 'schemaVersion',
        value: '3',
        message:
          'this file was written by a newer Fabricost (schema version 3); this version reads up to 1. It was not changed.',
      },
    ]);
  });

  test('a missing or malformed version is a clear error', () => {
    assert.match(
      errorAt(parseProject('{"scenarios":[{"name":"a"}]}'), 'schemaVersion').message,
      /^required; a Fabricost project states its schemaVersion/,
    );
    for (const v of ['"1"', '1.5', 'null', '[1]']) {
      const e = errorAt(parseProject(`{"schemaVersion":${v},"scenarios":[{"name":"a"}]}`), 'schemaVersion');
      assert.match(e.message, /^must be a whole number/);
    }
    assert.match(
      errorAt(parseProject('{"schemaVersion":0,"scenarios":[{"name":"a"}]}'), 'schemaVersion').message,
      /schema version 0 is not a Fabricost version/,
    );
  });
});

describe('parseProjectValue: values that are not JSON', () => {
  test('NaN, Infinity, functions, Dates, bigints and holes are reported at their path', () => {
    const value = {
      schemaVersion: 1,
      scenarios: [
        {
          name: 'a',
          year: Number.NaN,
          cluster: { acceleratorCount: Number.POSITIVE_INFINITY, serverPriceUsd: () => 1 },
          description: new Date(0),
          economics: { pue: 10n },
          topology: { oversubscription: [1, undefined] },
        },
      ],
    };
    const errors = errorsOf(parseProjectValue(value));
    const byPath = (a: string[], b: string[]) => (a[0]! < b[0]! ? -1 : 1);
    assert.deepEqual(
      errors.map((e) => [e.path, e.value, e.message]).sort(byPath),
      [
        ['scenarios[0].year', 'NaN', 'must be a finite number (NaN and Infinity are not JSON)'],
        [
          'scenarios[0].cluster.acceleratorCount',
          'Infinity',
          'must be a finite number (NaN and Infinity are not JSON)',
        ],
        ['scenarios[0].cluster.serverPriceUsd', 'a function', 'must be JSON data, not a function'],
        ['scenarios[0].description', 'an object', 'must be JSON data, not a Date'],
        ['scenarios[0].economics.pue', '10n', 'must be JSON data, not a bigint (10)'],
        ['scenarios[0].topology.oversubscription[1]', 'nothing', 'must be JSON data, not undefined'],
      ].sort(byPath),
    );
  });

  test('undefined object fields count as absent and -0 becomes 0', () => {
    const r = okOf(
      parseProjectValue({
        schemaVersion: 1,
        title: undefined,
        scenarios: [{ name: 'a', economics: { discountRatePercent: -0 } }],
      }),
    );
    assert.equal(r.project.title, 'Untitled project');
    assert.ok(Object.is(r.project.scenarios[0]?.economics.discountRatePercent, 0));
  });

  test('a value whose reading throws is refused, not thrown', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys for you');
        },
      },
    );
    const errors = errorsOf(parseProjectValue(hostile));
    assert.equal(errors.length, 1);
    assert.match(errors[0]!.message, /could not be read \(no keys for you\)/);
    const getter = {
      schemaVersion: 1,
      get scenarios(): unknown {
        throw new Error('getter');
      },
    };
    assert.match(errorsOf(parseProjectValue(getter))[0]!.message, /getter/);
  });
});

describe('formatting', () => {
  test('formatFieldErrors prints one line per error', () => {
    const text = formatFieldErrors([
      {
        path: 'scenarios[0].cluster.acceleratorCount',
        value: '0',
        message: 'must be a whole number from 1 to 4000000 accelerators',
      },
      { path: 'foo', value: '1', message: 'unknown field; allowed fields: schemaVersion' },
    ]);
    assert.equal(
      text,
      'scenarios[0].cluster.acceleratorCount: must be a whole number from 1 to 4000000 accelerators (got 0)\nfoo: unknown field; allowed fields: schemaVersion (got 1)',
    );
    assert.equal(formatFieldErrors([]), '');
  });

  test('formatPath quotes keys that are not identifiers', () => {
    assert.equal(
      formatPath(['scenarios', 0, 'overrides', 'priceUsd', 'dsp-dr.800g']),
      'scenarios[0].overrides.priceUsd["dsp-dr.800g"]',
    );
    assert.equal(formatPath([]), '(project)');
    assert.equal(formatPath(['a b']), '["a b"]');
  });
});

/* ------------------------------------------------------------------------------------------
 * Property tests
 * ---------------------------------------------------------------------------------------- */

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const ID_START = [...'abcdefghijklmnopqrstuvwxyz0123456789'];
const ID_REST = [...ID_START, '.', '+', '-'];

/** Strings matching `pattern`, built from catalog-id characters (fc.stringMatching is slow here). */
function idMatching(pattern: string): fc.Arbitrary<string> {
  const re = new RegExp(pattern);
  return fc
    .tuple(fc.constantFrom(...ID_START), fc.array(fc.constantFrom(...ID_REST), { maxLength: 12 }))
    .map(([first, rest]) => first + rest.join(''))
    .filter((id) => re.test(id) && !FORBIDDEN.has(id));
}

/** A valid value for one input, from its InputField description. */
function arbitraryFor(field: InputField): fc.Arbitrary<unknown> {
  const number = (integer: boolean) =>
    integer
      ? fc.integer({ min: field.minimum ?? 0, max: field.maximum ?? 100 })
      : fc.double({
          min: field.minimum ?? field.exclusiveMinimum ?? 0,
          max: field.maximum ?? 100,
          minExcluded: field.exclusiveMinimum !== undefined,
          noNaN: true,
          noDefaultInfinity: true,
        });
  const words = (field.options ?? []).map((o) => fc.constant(o));
  switch (field.kind) {
    case 'integer':
      return fc.oneof(number(true), ...words);
    case 'number':
      return fc.oneof(number(false), ...words);
    case 'enum':
      return fc.constantFrom(...(field.options ?? []));
    case 'text':
      if (field.pattern) return fc.oneof(idMatching(field.pattern), ...words);
      return fc
        .string({ maxLength: Math.min(field.maxLength ?? 50, 50) })
        .filter((s) => s.trim().length >= (field.minLength ?? 0));
    case 'list':
      return fc.array(number(false), { minLength: field.minItems ?? 0, maxLength: field.maxItems ?? 4 });
    case 'record':
      return fc.dictionary(idMatching(field.pattern ?? '^[a-z]{1,8}$'), number(false), { maxKeys: 4 });
  }
}

/** Scenario inputs: each input either left out or given a valid value; names made unique. */
const scenarioInput = (index: number) =>
  fc
    .tuple(
      fc.string({ minLength: 1, maxLength: 40 }),
      ...SCENARIO_INPUT_FIELDS.filter((f) => f.path !== 'name').map((f) =>
        fc.option(
          arbitraryFor(f).map((v) => [f.path, v] as const),
          { nil: undefined },
        ),
      ),
    )
    .map(([name, ...entries]) => {
      let scenario: Record<string, unknown> = { name: `S${index} ${name}`.trim() };
      for (const entry of entries) if (entry) scenario = setAtPath(scenario, entry[0], entry[1]);
      return scenario;
    });

const projectInput = fc.integer({ min: 1, max: 3 }).chain((count) =>
  fc.record({
    schemaVersion: fc.constant(1),
    title: fc.string({ maxLength: 30 }),
    scenarios: fc.tuple(...Array.from({ length: count }, (_, i) => scenarioInput(i))),
  }),
);

describe('properties', () => {
  test('arbitrary JSON never makes parseProject throw, and errors are well formed', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        assertWellFormed(parseProjectValue(value));
        const result = parseProject(JSON.stringify(value) ?? 'null');
        assertWellFormed(result);
        return true;
      }),
      { numRuns: 400 },
    );
  });

  test('arbitrary project-shaped JSON never throws', () => {
    const names = [
      'schemaVersion',
      'title',
      'scenarios',
      'name',
      'cluster',
      'acceleratorCount',
      'topology',
      'tiers',
      '__proto__',
      'constructor',
      'x',
    ];
    const shaped = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 1 }),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom(...names), tie('node'), { maxKeys: 5 }),
      ),
    })).node;
    fc.assert(
      fc.property(shaped, fc.constantFrom(0, 1, 2), (scenario, version) => {
        assertWellFormed(parseProjectValue({ schemaVersion: version, scenarios: [scenario] }));
        assertWellFormed(parseProject(JSON.stringify({ schemaVersion: 1, scenarios: [scenario, scenario] })));
        return true;
      }),
      { numRuns: 300 },
    );
  });

  test('arbitrary text never makes parseProject throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const result = parseProject(text);
        assertWellFormed(result);
        return true;
      }),
      { numRuns: 400 },
    );
  });

  test('valid generated projects are accepted and round-trip through JSON unchanged', () => {
    fc.assert(
      fc.property(projectInput, (input) => {
        const first = parseProject(JSON.stringify(input));
        if (!first.ok) throw new Error(`generated project refused:\n${formatFieldErrors(first.errors)}`);
        const second = parseProject(JSON.stringify(first.project));
        if (!second.ok) throw new Error(`parsed project refused:\n${formatFieldErrors(second.errors)}`);
        assert.deepEqual(second.project, first.project);
        assert.deepEqual(second.warnings, []);
        return true;
      }),
      { numRuns: 200 },
    );
  });
});
