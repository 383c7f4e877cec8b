/**
 * The English and Brazilian Portuguese message files stay complete and in step: the same keys,
 * the same placeholders per key, valid vue-i18n syntax, no English left in the Portuguese, a
 * label and description for every scenario input, a label for every option word and unit, and every
 * message key the renderer names literally exists.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createI18n } from 'vue-i18n';
import { BOM_CATEGORIES } from '../../../shared/bom/bom-line.ts';
import { RESULT_METRICS } from '../../../shared/evaluate/result-metrics.ts';
import { SCENARIO_INPUT_FIELDS } from '../../../shared/scenario/input-fields.ts';
import en from '../../../renderer/i18n/en.ts';
import { unitKey } from '../../../renderer/i18n/labels.ts';
import ptBR from '../../../renderer/i18n/pt-BR.ts';

type Tree = { [key: string]: string | Tree };

/** Every leaf message by dotted key, e.g. `fields.cluster_acceleratorCount.label`. */
function flatten(tree: Tree, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else flatten(v, key, out);
  }
  return out;
}

const LOCALES = { en: flatten(en as Tree), 'pt-BR': flatten(ptBR as Tree) } as const;
const EN = LOCALES.en;
const PT = LOCALES['pt-BR'];

function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*(\w+)\s*\}/g)].map((m) => m[1]!))].sort();
}

/** Lists the problems, one a line, so a failure says everything that is missing at once. */
function assertNone(problems: string[], what: string): void {
  assert.equal(problems.length, 0, `${problems.length} ${what}:\n  ${problems.join('\n  ')}`);
}

/**
 * vue-i18n resolves a key through nested objects, so a message key such as
 * `groups.Link lengths` or `options.dsp-sr` is read segment by segment, never split further.
 */
function has(messages: Map<string, string>, key: string): boolean {
  return messages.has(key);
}

describe('locale files', () => {
  test('pt-BR has exactly the keys of en', () => {
    const missing = [...EN.keys()].filter((k) => !PT.has(k)).map((k) => `missing in pt-BR: ${k}`);
    const extra = [...PT.keys()].filter((k) => !EN.has(k)).map((k) => `only in pt-BR: ${k}`);
    assertNone([...missing, ...extra], 'key differences');
  });

  test('placeholders match per key', () => {
    const problems: string[] = [];
    for (const [key, english] of EN) {
      const pt = PT.get(key);
      if (pt === undefined) continue;
      const a = placeholders(english).join(', ');
      const b = placeholders(pt).join(', ');
      if (a !== b) problems.push(`${key}: en {${a}} but pt-BR {${b}}`);
    }
    assertNone(problems, 'placeholder mismatches');
  });

  test('every message compiles in vue-i18n and renders its placeholders literally', () => {
    const problems: string[] = [];
    for (const [locale, messages] of Object.entries(LOCALES)) {
      const i18n = createI18n({
        legacy: false,
        locale,
        messages: { [locale]: locale === 'en' ? en : ptBR },
        missingWarn: false,
        fallbackWarn: false,
      });
      for (const [key, message] of messages) {
        const names = placeholders(message);
        const values = Object.fromEntries(names.map((n) => [n, `<${n}>`]));
        const expected = message.replace(/\{\s*(\w+)\s*\}/g, (_, n: string) => `<${n}>`);
        let rendered: string;
        try {
          rendered = i18n.global.t(key, values);
        } catch (e) {
          problems.push(`${locale} ${key}: ${(e as Error).message.split('\n')[0]}`);
          continue;
        }
        // A raw `|` (plural), `@` (linked message) or stray brace changes the output.
        if (rendered !== expected) problems.push(`${locale} ${key}: renders ${JSON.stringify(rendered)}`);
      }
    }
    assertNone(problems, 'messages that do not render as written');
  });

  test('no pt-BR message is left in English', () => {
    // Short identical values are fine: acronyms, product and vendor names, trade terms.
    const ENGLISH_WORDS = /\b(the|and|with|of|per|for|or|from|to|by|is|are|when|which|each|every|one|its)\b/gi;
    const problems: string[] = [];
    for (const [key, english] of EN) {
      const pt = PT.get(key);
      if (pt === undefined) continue;
      const words = english.split(/\s+/).filter(Boolean).length;
      if (pt === english && words >= 3 && english.length >= 16) problems.push(`${key}: identical to en: ${pt}`);
      const prose = pt.replace(/\{\s*\w+\s*\}/g, ' ');
      const hits = new Set((prose.match(ENGLISH_WORDS) ?? []).map((w) => w.toLowerCase()));
      if (hits.size >= 2) problems.push(`${key}: English words (${[...hits].join(', ')}) in ${JSON.stringify(pt)}`);
    }
    assertNone(problems, 'pt-BR messages that look untranslated');
  });
});

describe('result metrics have messages in every locale', () => {
  test('every registry label key exists in en and pt-BR, and en says the registry label', () => {
    const problems: string[] = [];
    for (const m of RESULT_METRICS) {
      for (const [locale, messages] of Object.entries(LOCALES)) {
        if (!has(messages, m.labelKey)) problems.push(`${locale}: ${m.labelKey}`);
      }
      const en = EN.get(m.labelKey);
      if (en !== undefined && en !== m.label)
        problems.push(`en: ${m.labelKey} is "${en}", the registry says "${m.label}"`);
    }
    assertNone(problems, 'result metric labels missing or different');
  });

  test('every short label key exists in en and pt-BR, and en says the registry short label', () => {
    const shorts = RESULT_METRICS.filter((m) => m.short !== undefined);
    // The headline cards' and the CLI headline table's metrics: 11 have a short label.
    assert.equal(shorts.length, 11);
    const problems: string[] = [];
    for (const m of shorts) {
      assert.equal(m.shortKey, `metrics.${m.id}Short`);
      for (const [locale, messages] of Object.entries(LOCALES)) {
        if (!has(messages, m.shortKey!)) problems.push(`${locale}: ${m.shortKey}`);
      }
      const en = EN.get(m.shortKey!);
      if (en !== m.short) problems.push(`en: ${m.shortKey} is "${en}", the registry says "${m.short}"`);
    }
    assertNone(problems, 'result metric short labels missing or different');
    assert.equal(EN.get('metrics.capexPerAcceleratorUsdShort'), 'Capex per accelerator');
    assert.equal(PT.get('metrics.capexPerAcceleratorUsdShort'), 'Capex por acelerador');
    assert.equal(PT.get('metrics.tcoUsdShort'), 'TCO da rede');
  });
});

describe('scenario inputs have messages in every locale', () => {
  const fieldKey = (path: string) => path.replace(/\./g, '_');

  test('label and description for every SCENARIO_INPUT_FIELDS path', () => {
    const problems: string[] = [];
    for (const f of SCENARIO_INPUT_FIELDS) {
      for (const [locale, messages] of Object.entries(LOCALES)) {
        for (const part of ['label', 'description']) {
          const key = `fields.${fieldKey(f.path)}.${part}`;
          if (!has(messages, key)) problems.push(`${locale}: ${key}  (${f.description})`);
        }
      }
    }
    assertNone(problems, 'input messages missing');
  });

  test('a label for every option word of every input', () => {
    const options = new Map<string, string>();
    for (const f of SCENARIO_INPUT_FIELDS) for (const o of f.options ?? []) if (!options.has(o)) options.set(o, f.path);
    const problems: string[] = [];
    for (const [option, path] of options) {
      for (const [locale, messages] of Object.entries(LOCALES)) {
        if (!has(messages, `options.${option}`)) problems.push(`${locale}: options.${option}  (first used by ${path})`);
      }
    }
    assertNone(problems, 'option labels missing');
  });

  test('a label for every unit', () => {
    const problems: string[] = [];
    for (const unit of new Set(SCENARIO_INPUT_FIELDS.map((f) => f.unit).filter(Boolean))) {
      for (const [locale, messages] of Object.entries(LOCALES)) {
        if (!has(messages, `units.${unitKey(unit)}`)) problems.push(`${locale}: units.${unitKey(unit)}  (${unit})`);
      }
    }
    assertNone(problems, 'unit labels missing');
  });

  test('a label for every editor group', () => {
    const groups = new Set<string>(['Overrides', ...SCENARIO_INPUT_FIELDS.map((f) => f.group)]);
    const problems: string[] = [];
    for (const g of groups) {
      for (const [locale, messages] of Object.entries(LOCALES)) {
        if (!has(messages, `groups.${g}`)) problems.push(`${locale}: groups.${g}`);
      }
    }
    assertNone(problems, 'group labels missing');
  });

  test('a label for every BOM category', () => {
    const problems = BOM_CATEGORIES.flatMap((c) =>
      Object.entries(LOCALES)
        .filter(([, messages]) => !has(messages, `categories.${c}`))
        .map(([locale]) => `${locale}: categories.${c}`),
    );
    assertNone(problems, 'category labels missing');
  });
});

describe('renderer message keys', () => {
  const root = fileURLToPath(new URL('../../../renderer/', import.meta.url));

  function sources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = join(dir, e.name);
      if (e.isDirectory()) return e.name === 'i18n' ? [] : sources(p);
      return /\.(vue|ts)$/.test(e.name) ? [p] : [];
    });
  }

  test('every literal key passed to t() or tr() exists in en', () => {
    const problems: string[] = [];
    for (const file of sources(root)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\b(?:t|tr|\$t)\(\s*'([A-Za-z][\w-]*(?:\.[\w-]+)+)'/g)) {
        const key = m[1]!;
        if (!has(EN, key)) problems.push(`${file.slice(root.length)}: ${key}`);
      }
    }
    assertNone(problems, 'keys used by the renderer but missing from en.ts');
  });
});
