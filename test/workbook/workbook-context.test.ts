/**
 * Tab names of per-scenario sheets (workbook/workbook-context.ts, scenarioTab): the kind, the
 * scenario's number and its name, within Excel's rules for a tab name.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bomTab, scenarioTab, TAB_NAME_MAX } from '../../workbook/workbook-context.ts';
import { xmlSafeText } from '../../workbook/xml-safe-text.ts';
import { tornadoTab } from '../../workbook/tornado-sheet.ts';

describe('scenarioTab', () => {
  test('kind, number and name; cut with … at 31 characters', () => {
    assert.equal(scenarioTab('BOM', 2, 'Rail-only 100k'), 'BOM 2 Rail-only 100k');
    // "Projection 1 InfiniBand 2k, rail-optimized" is 42 characters: 30 kept, then "…".
    assert.equal(scenarioTab('Projection', 1, 'InfiniBand 2k, rail-optimized'), 'Projection 1 InfiniBand 2k, ra…');
    assert.equal(scenarioTab('Sweep', 1, 'DGX H100 1k, auto media'), 'Sweep 1 DGX H100 1k, auto media');
    const s = { n: 3, result: { name: 'NVL72 100k, rail-only' } } as Parameters<typeof bomTab>[0];
    assert.equal(bomTab(s), 'BOM 3 NVL72 100k, rail-only');
    assert.equal(tornadoTab(s), 'Tornado 3 NVL72 100k, rail-only');
  });

  test('characters Excel forbids become spaces; a closing apostrophe and a blank name are dropped', () => {
    assert.equal(scenarioTab('BOM', 1, 'a/b\\c?d*e[f]g:h'), 'BOM 1 a b c d e f g h');
    assert.equal(scenarioTab('BOM', 1, 'tab\tand\nnewline'), 'BOM 1 tab and newline');
    assert.equal(scenarioTab('BOM', 1, "Ops' plan'"), "BOM 1 Ops' plan");
    assert.equal(scenarioTab('Tornado', 4, '  '), 'Tornado 4');
  });

  test('characters XML forbids become spaces; an emoji is never cut in half', () => {
    // A fuzzed name: U+FFFF and a lone surrogate made the chart's sheet lookup fail.
    assert.equal(scenarioTab('Tornado', 1, 'name \uffff \ud800'), 'Tornado 1 name');
    assert.equal(scenarioTab('BOM', 1, 'a\ufffeb'), 'BOM 1 a b');
    // "Projection 1 " and 16 letters are 29 code units; the emoji's first half (the 30th) is dropped.
    const t = scenarioTab('Projection', 1, `${'x'.repeat(16)}\u{1F600}tail`);
    assert.equal(t, `Projection 1 ${'x'.repeat(16)}…`);
  });

  test('any name: a legal tab name, unique per number', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80, unit: 'binary' }), fc.string({ maxLength: 80 }), fc.nat(99), (a, b, n) => {
        const t = scenarioTab('Projection', n + 1, a);
        assert.equal(xmlSafeText(t), t);
        assert.ok(t.length >= 1 && t.length <= TAB_NAME_MAX, t);
        // eslint-disable-next-line no-control-regex
        assert.ok(!/[\\/?*[\]:\u0000-\u001f]/.test(t), t);
        assert.ok(!t.startsWith("'") && !t.endsWith("'"), t);
        // A different number never gives the same tab, whatever the names (Excel ignores case).
        assert.notEqual(t.toLowerCase(), scenarioTab('Projection', n + 2, b).toLowerCase());
      }),
    );
  });
});
