/**
 * The model's messages reach a Portuguese user in Portuguese: every message shared/ can write
 * for a scenario input (range, options, build and analysis errors, method notes) has a code in
 * the renderer's catalogue, and its pt-BR rendering has no English left and numbers in the
 * locale's form. A message added to shared/ without a translation fails here.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createI18n } from 'vue-i18n';
import { defaultCatalog } from '../../../shared/catalog/default-catalog.ts';
import { MONTE_CARLO_METHOD, MONTE_CARLO_NOT_SAMPLED } from '../../../shared/scaling/monte-carlo.ts';
import { QUANTILE_CONVENTION } from '../../../shared/scaling/percentiles.ts';
import { TORNADO_METHOD } from '../../../shared/scaling/tornado.ts';
import { numberRangeMessage } from '../../../shared/scenario/field.ts';
import { SCENARIO_INPUT_FIELDS } from '../../../shared/scenario/input-fields.ts';
import en from '../../../renderer/i18n/en.ts';
import { modelMessageCode, translateModelMessage } from '../../../renderer/i18n/model-messages.ts';
import ptBR from '../../../renderer/i18n/pt-BR.ts';

const i18n = createI18n({ legacy: false, locale: 'pt-BR', messages: { en, 'pt-BR': ptBR }, missingWarn: false });
const t = (key: string, values?: Record<string, unknown>) => i18n.global.t(key, values ?? {});
const pt = (message: string) => translateModelMessage(t, 'pt-BR', message);

/** English words that do not occur in Portuguese prose. */
const ENGLISH =
  /\b(the|and|with|of|per|for|or|from|to|by|is|are|when|which|each|every|one|its|must|not|at|be|than|only|needs?|whole|number)\b/gi;
function englishIn(text: string): string[] {
  // Identifiers (paths, ids, option words) are kept as they are typed.
  const prose = text.replace(/[\w.+-]*[._][\w.+-]*/g, ' ');
  return [...new Set((prose.match(ENGLISH) ?? []).map((w) => w.toLowerCase()))];
}

const ROOT = fileURLToPath(new URL('../../../shared/', import.meta.url));
/** Model layers whose messages reach the user (the bridge's own checks are internal). */
const USER_FACING = [
  'scenario',
  'topology',
  'scaling',
  'efficiency',
  'components',
  'media',
  'evaluate',
  'reliability',
  'cost',
  'power',
  'exposure',
  'bom',
  'market',
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? sources(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/**
 * Literal messages of `fail(path, value, message)` and `message:` / `cause:` properties, with
 * each `${…}` replaced by a sample value ("7"; the first branch of a literal ternary).
 */
function literalMessages(): { file: string; message: string }[] {
  const literal = String.raw`(?:\x60[^\x60]*\x60|'(?:[^'\\]|\\.)*')`;
  const joined = String.raw`${literal}(?:\s*\+\s*${literal})*`;
  const call = new RegExp(String.raw`fail\(\s*[^,()]+?,\s*[^,]+?,\s*(${joined})\s*,?\s*\)`, 'g');
  const prop = new RegExp(String.raw`\b(?:message|cause):\s*(${joined})`, 'g');
  const out: { file: string; message: string }[] = [];
  for (const dir of USER_FACING) {
    for (const file of sources(join(ROOT, dir))) {
      const text = readFileSync(file, 'utf8');
      for (const m of [...text.matchAll(call), ...text.matchAll(prop)]) {
        // Examples in doc comments are not messages.
        const lineStart = text.lastIndexOf('\n', m.index) + 1;
        if (/^\s*(?:\*|\/\/)/.test(text.slice(lineStart, m.index))) continue;
        const message = [...m[1]!.matchAll(new RegExp(literal, 'g'))]
          .map((x) => x[0].slice(1, -1))
          .join('')
          .replace(/\$\{[^{}]*\?\s*'([^']*)'\s*:\s*'[^']*'\s*\}/g, '$1')
          .replace(/\$\{(?:[^{}]|\{[^{}]*\})*\}/g, '7')
          .replace(/\\'/g, "'");
        // A match inside a doc comment spans lines; real messages never do.
        if (!message.includes('\n')) out.push({ file: file.slice(ROOT.length), message });
      }
    }
  }
  return out;
}

describe('model messages in Portuguese', () => {
  test('every literal message of the user-facing model has a code', () => {
    const messages = literalMessages();
    assert.ok(messages.length > 60, `${messages.length} messages found`);
    const missing = messages.filter((m) => !modelMessageCode(m.message)).map((m) => `${m.file}: ${m.message}`);
    assert.deepEqual(missing, [], `${missing.length} messages without a code`);
  });

  test('every code renders in pt-BR without English', () => {
    const problems: string[] = [];
    for (const { message } of literalMessages()) {
      const text = pt(message);
      const words = englishIn(text);
      if (text === message || words.length >= 2) problems.push(`${message} → ${text} (${words.join(', ')})`);
    }
    assert.deepEqual(problems, []);
  });

  test('the range of every number input reads in Portuguese, numbers in the locale’s form', () => {
    const problems: string[] = [];
    for (const f of SCENARIO_INPUT_FIELDS) {
      if (f.kind !== 'number' && f.kind !== 'integer') continue;
      const exclusive = f.exclusiveMinimum !== undefined;
      const message = numberRangeMessage({
        min: (exclusive ? f.exclusiveMinimum : f.minimum) ?? 0,
        max: f.maximum ?? 0,
        unit: f.unit,
        int: f.kind === 'integer',
        exclusiveMin: exclusive,
      });
      const text = pt(message);
      if (text === message || englishIn(text).length > 0) problems.push(`${f.path}: ${text}`);
    }
    assert.deepEqual(problems, []);
    assert.equal(
      pt('must be a whole number from 1 to 4000000 accelerators'),
      'deve ser um número inteiro de 1 a 4.000.000 aceleradores',
    );
  });

  test('the options of every choice read in Portuguese', () => {
    for (const f of SCENARIO_INPUT_FIELDS.filter((x) => x.kind === 'enum')) {
      const text = pt(`must be one of ${f.options!.join(', ')}`);
      assert.ok(text.startsWith('deve ser um destes valores: '), text);
    }
  });

  test('method notes and the tornado base case read in Portuguese, numbers in the locale’s form', () => {
    for (const note of [TORNADO_METHOD, MONTE_CARLO_METHOD, QUANTILE_CONVENTION, ...MONTE_CARLO_NOT_SAMPLED]) {
      const text = pt(note);
      assert.notEqual(text, note);
      assert.deepEqual(englishIn(text), [], text);
    }
    const base = pt(
      'InfiniBand 2k as evaluated: 2048 accelerators in 2025, every price and power at its catalog typical value or override, PUE 1.3, 0.08 USD/kWh, TCO over 5 years at 0%/yr',
    );
    assert.equal(
      base,
      'InfiniBand 2k como avaliado: 2.048 aceleradores em 2025, cada preço e potência no valor típico do catálogo ou no ajuste, PUE 1,3, 0,08 USD/kWh, TCO em 5 anos a 0 %/ano',
    );
  });

  test('English is shown as the model wrote it', () => {
    const message = 'must be a whole number from 1 to 4000000 accelerators';
    assert.equal(translateModelMessage(t, 'en', message), message);
  });

  test('every headquarters country of the catalog has a name in both locales', () => {
    const countries = new Set(['Unknown', ...defaultCatalog.vendors.map((v) => v.country)]);
    const names = { en: en.countries as Record<string, string>, 'pt-BR': ptBR.countries as Record<string, string> };
    for (const c of countries) for (const [l, m] of Object.entries(names)) assert.ok(m[c], `${l}: countries.${c}`);
    assert.equal(names['pt-BR']['United States'], 'Estados Unidos');
  });
});

describe('efficiency messages built from numbers (not literal in shared/)', () => {
  test('the memory refusal and the efficiency notes render in Portuguese with locale numbers', () => {
    const memory =
      'needs 98.2 GB per accelerator, 18.2 GB more than its 80.0 GB (weights 6.3 GB, gradients 0.8 GB, ' +
      'optimizer 2.4 GB, activations 88.7 GB); recompute activations, shard the optimizer, or add tensor or pipeline ranks';
    for (const [message, code] of [
      [memory, 'memoryShort'],
      [`memory: ${memory}`, 'memory'],
      [
        'tensor parallelism 16 does not fit the scale-up domain of 8: it crosses the scale-out network',
        'tensorCrossesScaleUp',
      ],
      ['slim-fly: global-link taper is not modelled; full NIC bandwidth assumed', 'globalTaperNotModelled'],
      ['all-to-all to other rails is forwarded through the scale-up domain', 'allToAllForwarded'],
    ] as const) {
      assert.equal(modelMessageCode(message)?.code, code, message);
      const text = pt(message);
      assert.deepEqual(englishIn(text), [], text);
    }
    assert.match(pt(memory), /^precisa de 98,2 GB por acelerador, 18,2 GB a mais que seus 80 GB/);
  });
});
