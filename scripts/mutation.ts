/**
 * Mutation testing scoped by folder: `npm run mutation -- shared/media` mutates every .ts file in
 * the folder with Stryker, runs a focused `node --test` command against each mutant (Stryker's
 * command runner; there is no node:test plugin) and prints the score per file, with the surviving
 * mutants that are not listed as equivalent below. Slow by design (one test process per mutant), so
 * it is not part of `npm test`. A single file (`npm run mutation -- shared/topology/slim-fly.ts`)
 * mutates only that file against its folder's tests. Options after the target: `--concurrency N`
 * (default 1; the machine's cores are shared), `--tests a,b` to replace the folder's test list and
 * `--isolation none` to run each mutant's test files in one process (node's --test-isolation=none:
 * about a third of the CPU time per mutant; the dry run shows whether the files share state badly).
 * `--lines 10-52,74-82` (single file) or `--lines a.ts:10-52,b.ts:3-9` (folder) mutates only those
 * lines, to re-check the survivors of an earlier run (a mutant killed before stays killed when tests
 * are only added). `--rescore` prints the scores of the last run again (after editing EQUIVALENT).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');

/**
 * Tests that exercise a folder beyond its mirror under test/ (the folder's own tests are always
 * included). Kept small: every mutant runs the whole list.
 */
const EXTRA_TESTS: Record<string, string[]> = {
  'shared/media': ['test/shared/evaluate/media-scenarios.test.ts', 'test/shared/evaluate/auto-media-table.test.ts'],
  'shared/bom': ['test/shared/cost/capex-range.test.ts', 'test/shared/evaluate/baseline-delta.test.ts'],
  'shared/exposure': ['test/shared/evaluate/evaluate-scenario.test.ts'],
  'shared/components': [
    'test/shared/media/select-media.test.ts',
    'test/shared/cost/capex-range.test.ts',
    'test/shared/evaluate/auto-media-table.test.ts',
  ],
  'shared/topology': [
    'test/shared/evaluate/published-designs.test.ts',
    'test/shared/evaluate/slim-fly-scenarios.test.ts',
    'test/shared/evaluate/published-scenario-files.test.ts',
    'test/shared/evaluate/rail-optimized-units.test.ts',
    'test/shared/evaluate/clos-limits.test.ts',
    'test/shared/evaluate/rail-only-sizes.test.ts',
    'test/shared/evaluate/topology-inputs.test.ts',
  ],
};

/**
 * Surviving mutants judged equivalent (no input changes a figure a user sees), keyed by
 * `file:line:mutator:replacement`, with the reason. They are excluded from the score and the list.
 */
export const EQUIVALENT: Record<string, string> = {
  // isPrimePower's loop guard `d * d <= q` → `d * d < q` only differs at q = d^2; the smallest
  // divisor d of such a q is prime, so q = d^2 is a prime power and both loops answer true.
  'shared/topology/slim-fly.ts:53:EqualityOperator:d * d < q': 'q = d^2 is a prime power either way',
  // `d * d <= q` → `d / d <= q`: the loop then runs on to d = q at most, but it returns at the
  // first divisor either way (the smallest prime factor; q itself for a prime, r = 1 → true).
  'shared/topology/slim-fly.ts:53:ArithmeticOperator:d / d': 'returns at the same first divisor',
  // planSlimFly's last q = 2 x radix has router radix (3q - delta)/2 + p > 3 x radix - 1 > radix,
  // so it is always skipped: `<=` and `<` try the same buildable q.
  'shared/topology/slim-fly.ts:68:EqualityOperator:q < 2 * req.radix': 'q = 2 x radix never fits the radix',
  // packedServerBundles: the server-to-switch pattern repeats every lcm(q, e) ports, which is
  // periodServers = e / gcd(q, e) servers; any multiple is also a period (e x gcd(q, e) servers
  // is gcd^2 periods), and a tail server shifted by whole periods lands on the same switch
  // offsets, so the bundles are the same. With no whole period the loop adds zero-pair pieces,
  // which mergeBundles drops.
  'shared/topology/link-bundles.ts:36:ArithmeticOperator:e * gcd(q, e)': 'a multiple of the period is a period',
  'shared/topology/link-bundles.ts:39:ConditionalExpression:true': 'zero-pair pieces are dropped',
  'shared/topology/link-bundles.ts:39:EqualityOperator:periods >= 0': 'zero-pair pieces are dropped',
  'shared/topology/link-bundles.ts:40:ArithmeticOperator:s + periods * periodServers': 'shifted by whole periods',
  // splitPorts at oversubscription r >= 1 (the schema's minimum) and radix >= 2 gives
  // down = floor(radix r / (r + 1)) >= 1 and up = radix - down >= 1 (down < radix for any finite
  // r): the no-uplink and no-downlink guards of specsFor never fire; only the endpoint test does.
  'shared/topology/clos-planner.ts:93:ConditionalExpression:false': 'a leaf always keeps an uplink',
  'shared/topology/clos-planner.ts:98:ConditionalExpression:false': 'a middle tier always keeps a port each way',
  'shared/topology/clos-planner.ts:98:LogicalOperator:m.down < 1 && m.up < 1':
    'a middle tier always keeps a port each way',
  // A 1-tier build has no middle tier: countFoldedClos and maxLeavesFor never read it.
  'shared/topology/clos-planner.ts:89:ArrayDeclaration:["Stryker was here"]': 'one tier reads no middle tiers',
  // Boundary names past the third: a 5-tier build would need 5 ratios to name its fourth
  // boundary in a refusal, and the schema allows 4.
  'shared/topology/clos-planner.ts:23:StringLiteral:""': 'a fourth boundary is never named in a refusal',
  // countFoldedClos: specsFor gives a 1-tier leaf no uplinks, so `T === 1 ? 0 : leaf.up` is 0
  // either way, and the 1-tier early return gives what the empty tier loop would. At the top
  // tier the caller guarantees at most topRadix blocks, so grouping them in blocks of topRadix
  // (isTop false) makes one full group or the same remainder: the same switches, ports and
  // stripes. Tier names and link classes have an entry for every level up to the 5 tiers built,
  // so their fallbacks never show; a merged class always has bundles (set when first pushed).
  'shared/topology/folded-clos.ts:84:ConditionalExpression:false': 'a 1-tier leaf has no uplinks',
  'shared/topology/folded-clos.ts:98:ConditionalExpression:false': 'the empty tier loop gives the same',
  'shared/topology/folded-clos.ts:104:ConditionalExpression:false': 'at most topRadix blocks under the top tier',
  'shared/topology/folded-clos.ts:112:StringLiteral:``': 'every level up to 5 is named',
  'shared/topology/folded-clos.ts:120:StringLiteral:""': 'every level up to 5 has a class',
  'shared/topology/folded-clos.ts:124:ArrayDeclaration:["Stryker was here"]': 'a merged class always has bundles',
  // groupRuns' stripes: a stripe with no lower switch or no group is 0 pairs (or Infinity links
  // per pair on 0 pairs), which mergeBundles drops, as it drops a stray non-bundle entry; runs
  // always hold at least one run (the leaves, then the groups above them). A full group of
  // blockSize = down blocks has groupSize(down, up, down) = up switches per position, so its
  // stripe is 1 link per pair, the default for links outside bundles, whatever pair count.
  'shared/topology/folded-clos.ts:145:ArrayDeclaration:["Stryker was here"]': 'mergeBundles drops non-bundles',
  'shared/topology/folded-clos.ts:147:ConditionalExpression:true': 'zero-pair stripes are dropped',
  'shared/topology/folded-clos.ts:147:LogicalOperator:lower > 0 || g > 0': 'zero-pair stripes are dropped',
  'shared/topology/folded-clos.ts:147:EqualityOperator:lower >= 0': 'zero-pair stripes are dropped',
  'shared/topology/folded-clos.ts:147:EqualityOperator:g >= 0': 'zero-pair stripes are dropped',
  'shared/topology/folded-clos.ts:149:OptionalChaining:runs[0].width': 'runs is never empty',
  'shared/topology/folded-clos.ts:150:OptionalChaining:runs[0].count': 'runs is never empty',
  'shared/topology/folded-clos.ts:160:ArithmeticOperator:groups * blockSize / fullWidth':
    'full groups stripe 1 link per pair',
  // sumPlans' `bundles ?? []` fallbacks: a stray non-bundle entry is dropped by mergeBundles.
  'shared/topology/fabric-plan.ts:168:ArrayDeclaration:["Stryker was here"]': 'mergeBundles drops non-bundles',
  // replicatePlanes(plan, 1) returns the plan itself; building the copy gives equal figures.
  'shared/topology/fabric-plan.ts:126:ConditionalExpression:false': 'one plane: an equal copy',
  // sizeClos's forced-tier guard: 'auto' > maxTiers is false, so testing for 'auto' first (or
  // comparing with "") changes nothing.
  'shared/topology/clos-planner.ts:111:ConditionalExpression:true': "'auto' is never above maxTiers",
  'shared/topology/clos-planner.ts:111:StringLiteral:""': "'auto' is never above maxTiers",
  // sharedRailSwitches: rails come in at most two lengths, so the free space left in a run after
  // the second (last) length is never read; runs of zero switches add nothing to the count; a
  // run whose switches fit no rail (fit 0) is kept whole either way; and with no rails left the
  // partial switch is the run's own. When some rail needs two tiers, its length exceeds a
  // switch, the packing needs infinitely many switches and never beats one switch per rail.
  'shared/topology/rail-only.ts:50:MethodExpression:sizedGroups.some(g => g.c.tiers === 1)':
    'a two-tier rail never packs',
  'shared/topology/rail-only.ts:99:ConditionalExpression:true': 'a run that fits no rail is kept whole',
  'shared/topology/rail-only.ts:99:EqualityOperator:fit >= 0': 'a run that fits no rail is kept whole',
  'shared/topology/rail-only.ts:101:ConditionalExpression:true': 'zero-switch runs add nothing',
  'shared/topology/rail-only.ts:101:EqualityOperator:filled >= 0': 'zero-switch runs add nothing',
  'shared/topology/rail-only.ts:101:ArithmeticOperator:run.free + fit * g.endpoints':
    'free space after the last length is unread',
  'shared/topology/rail-only.ts:101:ArithmeticOperator:fit / g.endpoints': 'free space after the last length is unread',
  'shared/topology/rail-only.ts:103:EqualityOperator:left >= 0': 'with no rails left the partial switch is the run own',
  'shared/topology/rail-only.ts:104:ArithmeticOperator:run.free + left * g.endpoints':
    'free space after the last length is unread',
  'shared/topology/rail-only.ts:104:ArithmeticOperator:left / g.endpoints':
    'free space after the last length is unread',
  'shared/topology/rail-only.ts:106:ConditionalExpression:true': 'zero-switch runs add nothing',
  'shared/topology/rail-only.ts:106:EqualityOperator:rest >= 1': 'zero-switch runs add nothing',
  'shared/topology/rail-only.ts:107:ConditionalExpression:true': 'zero-switch runs add nothing',
  'shared/topology/rail-only.ts:107:EqualityOperator:rest >= 0': 'zero-switch runs add nothing',
  'shared/topology/rail-only.ts:109:ConditionalExpression:true': 'no rails left: nothing is added',
  'shared/topology/rail-only.ts:109:EqualityOperator:left >= 0': 'no rails left: nothing is added',
  'shared/topology/rail-only.ts:111:ConditionalExpression:true': 'zero-switch runs add nothing',
  'shared/topology/rail-only.ts:111:EqualityOperator:full >= 0': 'zero-switch runs add nothing',
  // No planner emits a switch tier of zero switches (planners omit a tier they do not build), so
  // the guard never fires; were it to, the line would carry 0 USD and 0 W.
  'shared/bom/build-bom.ts:39:ConditionalExpression:false': 'no planner emits a zero-count tier',
  // evaluateScenario always passes a map of tier models (empty when tiers share one model).
  'shared/bom/build-bom.ts:40:OptionalChaining:b.tierModels.get': 'the only caller always passes tierModels',
  // listIds names the catalog's NICs or switches in a refusal; the catalog schema requires at
  // least one of each, so the 'none' branch is never taken.
  'shared/components/select-components.ts:28:StringLiteral:""': 'catalogs have at least one NIC and switch',
  // The selection memo only saves time: the computation is pure in the key (catalog, id, ecosystem,
  // rate, year, price overrides), so skipping, clearing or never filling the memo gives the same pick.
  'shared/components/select-components.ts:36:ConditionalExpression:true': 'memo only saves time',
  'shared/components/select-components.ts:38:ConditionalExpression:false': 'memo only saves time',
  'shared/components/select-components.ts:40:ConditionalExpression:true': 'memo eviction only saves memory',
  'shared/components/select-components.ts:40:ConditionalExpression:false': 'memo eviction only saves memory',
  'shared/components/select-components.ts:40:EqualityOperator:m.size >= 4096': 'memo eviction only saves memory',
  'shared/components/select-components.ts:40:EqualityOperator:m.size <= 4096': 'memo eviction only saves memory',
  'shared/components/select-components.ts:40:CallExpression:;': 'memo eviction only saves memory',
  'shared/components/select-components.ts:41:CallExpression:;': 'memo only saves time',
  // selectMedia's scope list: without an ecosystem, or for an end with no family, a scope would
  // carry undefined, and no qualification entry names an undefined ecosystem or family, so the
  // link is unrestricted either way.
  'shared/media/select-media.ts:122:ConditionalExpression:false': 'an undefined ecosystem matches no entry',
  'shared/media/select-media.ts:122:ArrayDeclaration:["Stryker was here"]': 'a non-scope matches no entry',
  'shared/media/select-media.ts:125:MethodExpression:ends.map(e => e.family)': 'an undefined family matches no entry',
  // A 'later' qualification refuses the kind right after the loop, and an open scope has no
  // entry, so only a current qualification's entry can reach asQualified; and a later year is by
  // definition after the request's year, so `>` and `>=` refuse the same.
  'shared/media/select-media.ts:166:ConditionalExpression:true': 'later refuses; open has no entry',
  'shared/media/select-media.ts:168:EqualityOperator:laterYear >= r.year': 'a later year is never the year itself',
  // No pluggable kind fits the CPO far end, so every option is a cause: the else branch is empty.
  'shared/media/select-media.ts:248:ArrayDeclaration:["Stryker was here"]': 'every option is a cause here',
  // Placeholders for an absent family or ecosystem in the memo key: any constant keeps keys distinct.
  'shared/media/select-media.ts:334:StringLiteral:"Stryker was here!"': 'any placeholder keeps keys distinct',
  'shared/media/select-media.ts:335:StringLiteral:"Stryker was here!"': 'any placeholder keeps keys distinct',
  // The media template memo only saves time: the template is pure in its key (the request's
  // class, length, rate, year, policy, ends, ecosystem, cables per link and price overrides; the
  // key's parts are tested in select-media-refusals.test.ts), so recomputing gives the same pick.
  'shared/media/select-media.ts:337:ConditionalExpression:true': 'memo only saves time',
  'shared/media/select-media.ts:339:ConditionalExpression:true': 'memo only saves time',
  'shared/media/select-media.ts:341:ConditionalExpression:true': 'memo eviction only saves memory',
  'shared/media/select-media.ts:341:ConditionalExpression:false': 'memo eviction only saves memory',
  'shared/media/select-media.ts:341:EqualityOperator:cache.size >= 4096': 'memo eviction only saves memory',
  'shared/media/select-media.ts:341:EqualityOperator:cache.size <= 4096': 'memo eviction only saves memory',
  'shared/media/select-media.ts:341:CallExpression:;': 'memo eviction only saves memory',
  'shared/media/select-media.ts:342:CallExpression:;': 'memo only saves time',
  // Per-catalog memos of value-chain and vendor exposure (component info, splits by component and
  // seller, vendors by id, typical shares by split, vendor index): each value is a pure function of
  // its key, so recomputing on every call or never storing gives the same figures.
  // With no reference servers the mutant's list holds one string: no id matches and the ids list
  // joins to "", so the message still says "none".
  'shared/media/server-cages.ts:36:ArrayDeclaration:["Stryker was here"]': 'same refusal and message',
  // serverCages' `rate < B || rate % B !== 0`: rates are positive integers, and a rate below B
  // leaves itself as the remainder, so the first test never decides alone.
  'shared/media/server-cages.ts:57:ConditionalExpression:false': 'rate < B implies rate % B !== 0',
  // `(forced || server)` → true also checks a generic server's cage, which is the NIC's own: every
  // catalog NIC's cage is a whole multiple of its port rate (default-catalog.test.ts) and project
  // NICs are refused otherwise (checkProjectComponents), and the NIC's port rate is the scenario's.
  'shared/media/server-cages.ts:57:ConditionalExpression:true': "a NIC's own cage always carries whole ports",
  // cableAssemblies' `if (small > 1)`: with one link per smaller cage (small = 1) the bundle loop
  // adds take x ceil(linksPerPair / 1) legs for the take x linksPerPair links it removes, so every
  // link stays one leg, as when the loop is skipped.
  'shared/media/select-media.ts:98:ConditionalExpression:true': 'small = 1: each bundled link is one leg',
  'shared/media/select-media.ts:98:EqualityOperator:small >= 1': 'small = 1: each bundled link is one leg',
  'shared/cost/capex-range.ts:30:ConditionalExpression:true': 'memo only saves time',
  'shared/media/media-compatibility.ts:33:ConditionalExpression:true': 'memo only saves time',
  'shared/media/media-compatibility.ts:36:ConditionalExpression:true': 'memo only saves time',
  'shared/media/media-compatibility.ts:40:CallExpression:;': 'memo only saves time',
  'shared/cost/capex-range.ts:38:CallExpression:;': 'memo only saves time',
  // capexRange's `!fig || low === undefined || high === undefined || !(high > low)`: a Figure's
  // typical is required, so low and high (each defaulting to typical) are undefined exactly when
  // fig is, and !(undefined > x) is true anyway; dropping or merging the first three guards
  // changes nothing. (Only the last guard decides; the low = high test kills its mutants.)
  'shared/cost/capex-range.ts:61:ConditionalExpression:false': 'guards redundant while Figure.typical is required',
  'shared/cost/capex-range.ts:61:LogicalOperator:(!fig || low === undefined) && high === undefined':
    'guards redundant while Figure.typical is required',
  'shared/cost/capex-range.ts:61:LogicalOperator:!fig && low === undefined':
    'guards redundant while Figure.typical is required',
  'shared/exposure/value-chain-exposure.ts:74:ConditionalExpression:true': 'memo only saves time',
  'shared/exposure/value-chain-exposure.ts:82:CallExpression:;': 'memo only saves time',
  'shared/exposure/value-chain-exposure.ts:94:ConditionalExpression:true': 'memo only saves time',
  'shared/exposure/value-chain-exposure.ts:98:ConditionalExpression:true': 'memo only saves time',
  'shared/exposure/value-chain-exposure.ts:125:ConditionalExpression:true': 'memo only saves time',
  'shared/exposure/value-chain-exposure.ts:153:ConditionalExpression:true': 'memo only saves time',
  'shared/exposure/value-chain-exposure.ts:155:CallExpression:;': 'memo only saves time',
  'shared/exposure/vendor-exposure.ts:55:ConditionalExpression:true': 'memo only saves time',
  'shared/exposure/vendor-exposure.ts:57:CallExpression:;': 'memo only saves time',
  // findSplit's `info.kind !== undefined && kinds.includes(info.kind)`: a kinds list holds kind
  // names only, so includes(undefined) is false and the first test changes nothing.
  'shared/exposure/value-chain-exposure.ts:115:ConditionalExpression:true': 'includes(undefined) is false anyway',
  // typicalShares looks up each layer of the split among the same split's layers: never a miss.
  'shared/exposure/value-chain-exposure.ts:154:OptionalChaining:s.layers.find(l => l.layer === layer).share':
    'the layer is one of the split own layers',
  // Lines cost quantity x unit price, both >= 0, so a total of 0 means every amount added was 0 and
  // nothing was added (add() skips 0): share() is never called with total 0.
  'shared/exposure/value-chain-exposure.ts:201:ConditionalExpression:true': 'no entry exists when total is 0',
  'shared/exposure/value-chain-exposure.ts:201:EqualityOperator:total >= 0': 'no entry exists when total is 0',
  // Tie-breaks on keys that are unique within the list sorted (vendors, layers, countries, row
  // keys): `<` and `<=` differ only for equal keys, which never meet.
  'shared/exposure/value-chain-exposure.ts:230:EqualityOperator:key(a) <= key(b)': 'sorted keys are unique',
  'shared/exposure/vendor-exposure.ts:100:EqualityOperator:a.vendor <= b.vendor': 'sorted keys are unique',
  'shared/exposure/vendor-exposure.ts:105:EqualityOperator:a.country <= b.country': 'sorted keys are unique',
  'shared/exposure/spend-by-year.ts:49:EqualityOperator:a.key <= b.key': 'sorted keys are unique',
  // A point's byCompany and byLayer are already summed per key, so a row's cell for that year is
  // still its initial 0 when added to; `cell && 0` and `cell ?? 0` are both 0 there.
  'shared/exposure/spend-by-year.ts:45:LogicalOperator:row.spendUsd[i] && 0': 'each key once per year',
  // homingGroupPerPlane: at homingPorts = planes, `<=` returns 1 and `<` falls to the next line,
  // which answers planes / planes = 1 as well.
  'shared/topology/pod-clos.ts:52:EqualityOperator:homingPorts < planes': 'the next line answers 1 too',
  // At homingPorts = 1 the second test, 1 <= planes, holds for every plane count (>= 1), so
  // `homingPorts <= 1` → `< 1` or → false returns 1 all the same.
  'shared/topology/pod-clos.ts:52:EqualityOperator:homingPorts < 1': 'planes >= 1 catches homingPorts = 1',
  'shared/topology/pod-clos.ts:52:ConditionalExpression:false': 'planes >= 1 catches homingPorts = 1',
  // splitPorts(k, r) keeps up = k - floor(k r / (r + 1)) >= k / (r + 1) > 0 ports, so `s.up < 1`
  // and `top.up < 1` are never true; dropping them changes nothing (the `down < 1` halves and the
  // whole tests are killed by the radix-1 and radix-2 cases in pod-clos-figures.test.ts).
  'shared/topology/pod-clos.ts:139:ConditionalExpression:false': 'splitPorts always leaves an up port',
  'shared/topology/pod-clos.ts:327:ConditionalExpression:false': 'splitPorts always leaves an up port',
  // `(S * pps) % g !== 0 || pps % g !== 0`: pps % g === 0 implies (S * pps) % g === 0, so the first
  // test adds nothing and dropping it (→ false) refuses the same racks.
  'shared/topology/pod-clos.ts:189:ConditionalExpression:false': 'implied by pps % g !== 0',
  // `req.tiers !== 'auto' && req.tiers > maxTiers`: 'auto' > maxTiers is false, so the first test
  // (→ true, or compared with "") changes nothing.
  'shared/topology/pod-clos.ts:201:ConditionalExpression:true': "'auto' > maxTiers is false",
  'shared/topology/pod-clos.ts:201:StringLiteral:""': "'auto' > maxTiers is false",
  // leafLayout returns up = 0 for a single switch (no uplinks), so `T > 1 ? up : 0` is up anyway.
  'shared/topology/pod-clos.ts:236:ConditionalExpression:true': 'a single-switch layout has up = 0',
  'shared/topology/pod-clos.ts:236:EqualityOperator:T >= 1': 'a single-switch layout has up = 0',
  // planPods' `middle` starts empty only to be typed: it is set when a pod tier count fits, and
  // the planner refuses before using it when none does.
  'shared/topology/pod-clos.ts:333:ArrayDeclaration:["Stryker was here"]': 'overwritten or refused before use',
  // Cores: every c tried divides the first pod's uplinks b and is >= ceil(all uplinks / k2), so
  // n b / c + ceil(r / c) <= k2 for the n whole pods and the last pod's r uplinks; the load test
  // never rejects, and starting below ceil(all / k2) only adds c whose load exceeds k2.
  'shared/topology/pod-clos.ts:380:MethodExpression:Math.min(1, Math.ceil(totalUp / x.k2))':
    'every c below the start overloads a core',
  'shared/topology/pod-clos.ts:382:ArithmeticOperator:t - p.n * Math.ceil(p.uplinks / c)':
    'the load never exceeds the radix for the c tried',
  'shared/topology/pod-clos.ts:382:ArithmeticOperator:p.n / Math.ceil(p.uplinks / c)':
    'the load never exceeds the radix for the c tried',
  'shared/topology/pod-clos.ts:383:ConditionalExpression:true': 'the load never exceeds the radix for the c tried',
  // Link classes repeat only in the second pod shape, the last smaller pod, whose n is 1.
  'shared/topology/pod-clos.ts:408:ArithmeticOperator:l.count / p.n': 'the last pod has n = 1',
  // TIER_NAMES has 5 names and the core sits at index Tp <= 4, so the fallback name is never used.
  'shared/topology/pod-clos.ts:413:StringLiteral:``': 'TIER_NAMES covers every core level',
  'shared/topology/pod-clos.ts:413:ArithmeticOperator:Tp - 1': 'TIER_NAMES covers every core level',
};

function testFilesUnder(dir: string): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  if (statSync(abs).isFile()) return [dir];
  return readdirSync(abs, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => join(dir, f));
}

interface MutantJson {
  id: string;
  mutatorName: string;
  status: string;
  location: { start: { line: number; column: number } };
  replacement?: string;
}

function main(): void {
  const args = process.argv.slice(2);
  const target = args.find((a) => !a.startsWith('--'))?.replace(/\/$/, '');
  if (!target || !existsSync(join(root, target))) {
    console.error(
      'usage: npm run mutation -- <folder or one .ts file, e.g. shared/media> [--concurrency N] [--tests a,b]',
    );
    process.exit(2);
  }
  // One file mutates only that file, against its folder's tests (a large folder takes hours).
  const single = statSync(join(root, target)).isFile();
  const folder = single ? dirname(target) : target;
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const concurrency = Number(opt('--concurrency') ?? 1);
  const listed = opt('--tests')?.split(',');
  const isolation = opt('--isolation') === 'none' ? ' --test-isolation=none' : '';
  const lines = opt('--lines')?.split(',');
  if (lines && !single && lines.some((r) => !r.includes(':'))) {
    console.error('with a folder, give --lines as file:from-to');
    process.exit(2);
  }
  const tests = [
    ...new Set(
      (listed ?? [`test/${folder.replace(/^\.\//, '')}`, ...(EXTRA_TESTS[folder] ?? [])]).flatMap(testFilesUnder),
    ),
  ];
  if (tests.length === 0) {
    console.error(`no tests found for ${folder}; pass --tests`);
    process.exit(2);
  }
  const outDir = join(root, '.cache', 'mutation', target.replaceAll('/', '-') + (lines ? '-lines' : ''));
  mkdirSync(outDir, { recursive: true });
  const reportFile = join(outDir, 'mutation.json');
  const config = {
    $schema: './node_modules/@stryker-mutator/core/schema/stryker-schema.json',
    mutate: lines
      ? lines.map((r) => (single ? `${target}:${r}` : `${folder}/${r}`))
      : [single ? target : `${folder}/**/*.ts`],
    testRunner: 'command',
    commandRunner: { command: `node --test${isolation} --test-reporter=dot ${tests.join(' ')}` },
    coverageAnalysis: 'off',
    concurrency,
    reporters: ['json', 'progress'],
    jsonReporter: { fileName: relative(root, reportFile) },
    tempDirName: '.cache/stryker-tmp',
    cleanTempDir: 'always',
    // Added to the dry run's time x 1.5: long enough for a loaded 2-core machine, short enough that
    // mutants which loop forever (planner search loops) cost seconds, not a minute each.
    timeoutMS: 15000,
    ignorePatterns: ['out', 'dist-web', '.vite', 'test-results', '.cache', 'docs'],
  };
  if (args.includes('--rescore')) {
    printScores(JSON.parse(readFileSync(reportFile, 'utf8')) as { files: Record<string, { mutants: MutantJson[] }> });
    return;
  }
  const configFile = join(outDir, 'stryker.config.json');
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  console.log(`mutating ${target} against ${tests.length} test file(s):\n  ${tests.join('\n  ')}`);
  const run = spawnSync('npx', ['stryker', 'run', relative(root, configFile)], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0 || !existsSync(reportFile)) process.exit(run.status ?? 1);
  printScores(JSON.parse(readFileSync(reportFile, 'utf8')) as { files: Record<string, { mutants: MutantJson[] }> });
}

function printScores(report: { files: Record<string, { mutants: MutantJson[] }> }): void {
  const rows: string[] = [];
  const survivors: string[] = [];
  let killedAll = 0;
  let totalAll = 0;
  for (const [file, { mutants }] of Object.entries(report.files).sort()) {
    let killed = 0;
    let total = 0;
    let equivalent = 0;
    for (const m of mutants) {
      if (m.status === 'CompileError' || m.status === 'Ignored') continue;
      const key = `${file}:${m.location.start.line}:${m.mutatorName}:${m.replacement ?? ''}`;
      if (m.status === 'Survived' || m.status === 'NoCoverage') {
        if (EQUIVALENT[key]) {
          equivalent++;
          continue;
        }
        survivors.push(`${key}  ${(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80)}`);
      } else killed++; // Killed, Timeout, RuntimeError
      total++;
    }
    killedAll += killed;
    totalAll += total;
    const score = total === 0 ? 100 : (100 * killed) / total;
    rows.push(
      `${score.toFixed(1).padStart(6)}%  ${String(killed).padStart(4)}/${String(total).padEnd(4)} ${file}${equivalent ? `  (${equivalent} equivalent)` : ''}`,
    );
  }
  console.log('\nmutation score per file (killed/valid mutants; equivalent ones excluded)');
  for (const r of rows) console.log(r);
  console.log(`${((100 * killedAll) / Math.max(1, totalAll)).toFixed(1).padStart(6)}%  ${killedAll}/${totalAll} total`);
  if (survivors.length > 0) {
    console.log(`\nsurvivors (${survivors.length}): kill with a test or list in EQUIVALENT with a reason`);
    for (const s of survivors) console.log(`  ${s}`);
  }
}

main();
