/**
 * Winners and losers on the command line: `--compare BASELINE --compare OTHER [--json]` prints
 * how the network spend each company and value-chain layer earns moves from one scenario of
 * the project to another (USD and USD per accelerator, largest gain first) and the memo line.
 * With --json: `{ file, catalogVersion, compare: { baseline, other, byCompany, byLayer,
 * movedUsd, memo } }`, the objects exactly as shared/evaluate/exposure-shift.ts returns them.
 */
import { defaultCatalog } from '../../shared/catalog/default-catalog.ts';
import { exposureShift, memoLine, type SpendShift } from '../../shared/evaluate/exposure-shift.ts';
import type { ScenarioResult } from '../../shared/evaluate/scenario-result.ts';
import type { CliOutcome } from './run-analyses-cli.ts';
import { terminalSafeValue } from './terminal-text.ts';
import { signedUsd, signedUsdCents, textTable, usd } from './text-format.ts';
import { layerName } from '../../shared/exposure/layer-names.ts';

export const COMPARE_OPTIONS = {
  compare: { type: 'string', multiple: true },
} as const;

export const COMPARE_USAGE = `Winners and losers (also with --json):
  --compare BASELINE --compare OTHER
                              spend shift per company and value-chain layer between two scenarios, and the memo line`;

const bad = (message: string): CliOutcome => ({ exitCode: 2, stdout: '', stderr: `fabricost: ${message}` });

function shiftRows(head: string, xs: SpendShift[]): string {
  return textTable([
    [head, 'From', 'To', 'Change', 'Change/accelerator'],
    ...xs.map((s) => [
      terminalSafeValue(s.name),
      usd(s.baselineUsd),
      usd(s.otherUsd),
      signedUsd(s.deltaUsd),
      signedUsdCents(s.deltaUsdPerAccelerator),
    ]),
  ]);
}

/**
 * The spend shift between the two named scenarios of `results` (names as given, the first the
 * baseline). Exit code 2 with the project's scenario names when a name is unknown or not two
 * names were given.
 */
export function runCompareCli(req: {
  file: string;
  names: string[];
  results: ScenarioResult[];
  json: boolean;
}): CliOutcome {
  if (req.names.length !== 2)
    return bad(`--compare: give exactly two scenarios, baseline first (got ${req.names.length})`);
  const [a, b] = req.names.map((n) => req.results.find((r) => r.name === n));
  const all = req.results.map((r) => r.name).join(', ');
  if (!a) return bad(`--compare: no scenario named "${req.names[0]}"; scenarios: ${all}`);
  if (!b) return bad(`--compare: no scenario named "${req.names[1]}"; scenarios: ${all}`);
  const shift = exposureShift(a, b);
  const memo = memoLine(shift, a.accelerators);
  if (req.json) {
    const doc = { file: req.file, catalogVersion: defaultCatalog.version, compare: { ...shift, memo } };
    return { exitCode: 0, stdout: JSON.stringify(doc, null, 2), stderr: '' };
  }
  const out = [
    `== Spend shift: ${terminalSafeValue(a.name)} -> ${terminalSafeValue(b.name)} ==`,
    `${a.accelerators.toLocaleString('en-US')} -> ${b.accelerators.toLocaleString('en-US')} accelerators; ` +
      `network capex ${usd(a.capex.totalUsd)} -> ${usd(b.capex.totalUsd)}`,
    '',
    terminalSafeValue(memo.text),
    '',
  ];
  if (!shift.byCompany.length) out.push('No company earns a different amount.');
  else
    out.push(
      shiftRows('Company', shift.byCompany),
      '',
      shiftRows(
        'Value-chain layer',
        shift.byLayer.map((s) => ({ ...s, name: layerName(s.key) })),
      ),
    );
  return { exitCode: 0, stdout: out.join('\n'), stderr: '' };
}
