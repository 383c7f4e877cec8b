/**
 * Chart tooltips read like the axes: compact currency, W/kW/MW, and each bar's share of its
 * total. Figures from the sample project's scenarios (evaluated in Node), shares checked by hand.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axisTick, shareTooltip, tooltipValue, wrapTick } from '../../renderer/composables/chart-format.ts';
import { sharesOfTotal } from '../../shared/evaluate/shares.ts';
import { readFileSync } from 'node:fs';
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import { evaluateScenario } from '../../shared/evaluate/evaluate-scenario.ts';
import { parseProject } from '../../shared/scenario/parse-project.ts';
import en from '../../renderer/i18n/en.ts';
import ptBR from '../../renderer/i18n/pt-BR.ts';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const words = (template: string) => (share: string) => template.replace('{share}', share);
const sample = parseProject(readFileSync(new URL('../../examples/sample-project.json', import.meta.url), 'utf8'));
function resultOf(index: number) {
  assert.ok(sample.ok);
  const r = evaluateScenario(sample.project.scenarios[index]!, defaultCatalog, { priceUsd: {}, powerW: {} });
  assert.ok(r.ok);
  return r.value;
}

test('shares of a total: hand-checked, and zero for a zero total', () => {
  const s = sharesOfTotal([4_128_000, 3_686_400, 3_850_240, 614_400]);
  assert.deepEqual(
    s.map((x) => Math.round(x * 10_000) / 10_000),
    [0.3362, 0.3002, 0.3136, 0.05],
  );
  assert.deepEqual(sharesOfTotal([0, 0]), [0, 0]);
});

test('dashboard capex tooltip: the InfiniBand 2k switches, $4.13M and 33.6 % of the network capex', () => {
  const r = resultOf(0);
  const cats = ['switches', 'nics', 'transceivers', 'cables'] as const;
  const values = cats.map((c) => r.capex.byCategory[c]);
  assert.deepEqual(values, [4_128_000, 3_686_400, 3_850_240, 614_400]);
  const point = { dataIndex: 0, datasetIndex: 0, dataset: { label: 'Capex (USD)' } };
  const enLabel = shareTooltip('en', 'usd', [values], words(en.dashboard.shareOfTotal));
  assert.equal(nbsp(enLabel(point)), '$4.13M (33.6% of the total)');
  const ptLabel = shareTooltip('pt-BR', 'usd', [values], words(ptBR.dashboard.shareOfTotal));
  assert.equal(nbsp(ptLabel(point)), 'US$ 4,13 mi (33,6% do total)');
  // Cables: 614,400 / 12,279,040 = 5.0 %.
  assert.equal(nbsp(enLabel({ ...point, dataIndex: 3 })), '$614,400 (5.0% of the total)');
  assert.equal(enLabel({ ...point, dataIndex: 9 }), '');
});

test('dashboard power tooltip in MW / kW like the axis: Ethernet 32k switches 1.92 MW, 55.0 %', () => {
  const r = resultOf(1);
  const values = (['switches', 'nics', 'transceivers', 'cables'] as const).map((c) => r.power.byCategory[c]);
  assert.deepEqual(values, [1_920_000, 409_600, 1_114_112, 49_152]);
  const label = shareTooltip('en', 'power', [values], words(en.dashboard.shareOfTotal));
  // 1,920,000 / 3,492,864 = 54.97 %.
  assert.equal(nbsp(label({ dataIndex: 0, datasetIndex: 0, dataset: {} })), '1.92 MW (55.0% of the total)');
  assert.equal(nbsp(label({ dataIndex: 1, datasetIndex: 0, dataset: {} })), '409.6 kW (11.7% of the total)');
  const pt = shareTooltip('pt-BR', 'power', [values], words(ptBR.dashboard.shareOfTotal));
  assert.equal(nbsp(pt({ dataIndex: 3, datasetIndex: 0, dataset: {} })), '49,2 kW (1,4% do total)');
});

test('compare tooltips lead with the scenario and take shares within that scenario', () => {
  const rows = [
    [2015.625, 1800, 1880, 300],
    [5000, 1000, 3000, 1000],
  ];
  const label = shareTooltip('en', 'usd', rows, words(en.dashboard.shareOfScenario), true);
  assert.equal(
    nbsp(label({ dataIndex: 0, datasetIndex: 0, dataset: { label: 'IB 2k' } })),
    'IB 2k: $2,016 (33.6% of its total)',
  );
  assert.equal(
    nbsp(label({ dataIndex: 0, datasetIndex: 1, dataset: { label: 'Eth 32k' } })),
    'Eth 32k: $5,000 (50.0% of its total)',
  );
});

test('axis ticks and tooltip values use the same units', () => {
  assert.equal(nbsp(axisTick('en', 'usd', 4_500_000)), '$4.5M');
  assert.equal(nbsp(axisTick('pt-BR', 'usd', 4_500_000)), 'US$ 4,5 mi');
  assert.equal(axisTick('en', 'power', 500_000), '500 kW');
  assert.equal(axisTick('pt-BR', 'power', 1_250_000), '1,25 MW');
  assert.equal(axisTick('en', 'power', 60), '60 W');
  assert.equal(nbsp(tooltipValue('pt-BR', 'usd', 12_279_040)), 'US$ 12,28 mi');
});

test('long bar labels wrap onto two lines of about 24 characters, the rest cut with an ellipsis', () => {
  assert.deepEqual(wrapTick('NVIDIA'), ['NVIDIA']);
  // 41 characters: "Switch components" (17) + " (cages," would make 25, so the break falls before "(".
  assert.deepEqual(wrapTick('Switch components (cages, power, cooling)'), [
    'Switch components',
    '(cages, power, cooling)',
  ]);
  // Three lines' worth: the second line holds the rest cut to 23 characters and "…".
  assert.deepEqual(wrapTick('Componentes do switch (gaiolas, energia, refrigeração)'), [
    'Componentes do switch',
    '(gaiolas, energia, refr…',
  ]);
  // The tornado's input names: up to three lines of 30.
  assert.deepEqual(wrapTick('Price of one 800G DR8 transceiver module in the catalog', 30, 3), [
    'Price of one 800G DR8',
    'transceiver module in the',
    'catalog',
  ]);
  for (const l of wrapTick('Outros fornecedores de componentes (não identificados)')) assert.ok(l.length <= 24, l);
});
