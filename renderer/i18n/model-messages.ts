/**
 * The model (shared/) writes its messages in English, one plain sentence naming what is
 * allowed. This catalogue turns each kind of message into a message code with parameters and
 * renders it through vue-i18n (`modelMessages.<code>`), with numbers in the locale's form and
 * units translated, so a Portuguese user reads Portuguese. English is shown as the model wrote it.
 * A test keeps every message the model can write for a scenario input covered.
 */
import { MONTE_CARLO_METHOD, MONTE_CARLO_NOT_SAMPLED } from '../../shared/scaling/monte-carlo.ts';
import { QUANTILE_CONVENTION } from '../../shared/scaling/percentiles.ts';
import { TORNADO_METHOD } from '../../shared/scaling/tornado.ts';
import { useI18n } from 'vue-i18n';
import { formatNumber } from './format.ts';
import { unitLabel } from './labels.ts';

type T = (key: string, values?: Record<string, unknown>) => string;
/** The labels helpers' translate signature. */
type LabelT = (key: string, ...args: unknown[]) => string;

interface Entry {
  code: string;
  pattern: RegExp;
  /** Parameters that are numbers, written in the locale's form. */
  numbers?: string[];
  /** A parameter that is a unit (with its leading space), translated. */
  unit?: string;
  /** A parameter that is itself a model message (translated in turn). */
  nested?: string;
}

const NUM = '-?[\\d.]+(?:e[+-]?\\d+)?';
/** A pattern matching exactly `text` (a fixed note of the model). */
const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** Ordered: the first pattern that matches the whole message wins. */
export const MODEL_MESSAGES: readonly Entry[] = [
  // Fixed method notes of the analyses.
  { code: 'tornadoMethod', pattern: exactly(TORNADO_METHOD) },
  { code: 'monteCarloMethod', pattern: exactly(MONTE_CARLO_METHOD) },
  { code: 'monteCarloNotSampled', pattern: exactly(MONTE_CARLO_NOT_SAMPLED[0]!) },
  { code: 'quantileConvention', pattern: exactly(QUANTILE_CONVENTION) },
  {
    code: 'tornadoBase',
    pattern: new RegExp(
      `^(?<name>.+) as evaluated: (?<n>\\d+) accelerators in (?<year>\\d+), every price and power at its catalog typical value or override, PUE (?<pue>${NUM}), (?<price>${NUM}) USD/kWh, TCO over (?<horizon>\\d+) years at (?<rate>${NUM})%/yr$`,
    ),
    numbers: ['n', 'pue', 'price', 'rate'],
  },
  {
    code: 'rangeWhole',
    pattern: new RegExp(`^must be a whole number from (?<min>${NUM}) to (?<max>${NUM})(?<unit> .+)?$`),
    numbers: ['min', 'max'],
    unit: 'unit',
  },
  {
    code: 'range',
    pattern: new RegExp(`^must be a number from (?<min>${NUM}) to (?<max>${NUM})(?<unit> .+)?$`),
    numbers: ['min', 'max'],
    unit: 'unit',
  },
  {
    code: 'rangeWholeAbove',
    pattern: new RegExp(`^must be a whole number greater than (?<min>${NUM}) and at most (?<max>${NUM})(?<unit> .+)?$`),
    numbers: ['min', 'max'],
    unit: 'unit',
  },
  {
    code: 'rangeAbove',
    pattern: new RegExp(`^must be a number greater than (?<min>${NUM}) and at most (?<max>${NUM})(?<unit> .+)?$`),
    numbers: ['min', 'max'],
    unit: 'unit',
  },
  { code: 'oneOf', pattern: /^must be one of (?<values>.+)$/ },
  { code: 'notEmpty', pattern: /^must not be empty or only spaces; 1 to (?<max>\d+) characters$/, numbers: ['max'] },
  { code: 'textMax', pattern: /^must be text of at most (?<max>\d+) characters$/, numbers: ['max'] },
  { code: 'atMostChars', pattern: /^must be at most (?<max>\d+) characters$/, numbers: ['max'] },
  { code: 'uniqueYear', pattern: exactly('must be a year not already in the plan (one entry per year)') },
  {
    code: 'uniqueNames',
    pattern: /^scenario names must be unique; scenarios\[(?<index>\d+)\] already has this name$/,
  },
  {
    code: 'slipTarget',
    pattern: /^must be "none" or a technology, vendor or component id of the catalog .*$/,
  },
  { code: 'catalogId', pattern: /^must be a catalog id \(.*\)$/ },
  {
    code: 'overrideMap',
    pattern: new RegExp(`^must be an object mapping catalog ids to numbers from 0 to (?<max>${NUM}) (?<unit>.+)$`),
    numbers: ['max'],
    unit: 'unit',
  },
  { code: 'unknownField', pattern: /^unknown field$/ },
  { code: 'notInCatalog', pattern: /^not in the catalog$/ },
  { code: 'unknownSwitch', pattern: /^unknown switch.*$/ },
  { code: 'unknownNic', pattern: /^unknown NIC.*$/ },
  {
    code: 'firstVolumeAfter',
    pattern: /^first volume in (?<first>\d+), after the scenario year (?<year>\d+)$/,
  },
  { code: 'atLeastOne', pattern: /^must be at least 1$/ },
  { code: 'atLeastTwoPorts', pattern: /^must be at least 2 ports$/ },
  {
    code: 'radixAtMost',
    pattern: /^must be at most (?<max>\d+), the (?<name>.+) radix at (?<rate>[\d.]+) Gb\/s$/,
    numbers: ['max', 'rate'],
  },
  { code: 'maxTiers', pattern: /^(?<name>.+) has at most (?<max>\d+) tiers$/ },
  {
    code: 'planesDivide',
    pattern: /^must divide the (?<ports>\d+) NIC ports of a server evenly$/,
  },
  { code: 'noSwitchCandidate', pattern: /^no switch candidate$/ },
  {
    code: 'toYearAfterFrom',
    pattern: /^must be at least (?<other>analysis\.[\w.]+) \((?<year>\d+)\)$/,
  },
  {
    code: 'variantNames',
    pattern: /^variant names must differ from each other and from the scenario$/,
  },
  { code: 'finiteYears', pattern: /^must be a finite number of years$/ },
  { code: 'invalidJsonAt', pattern: /^invalid JSON at line (?<line>\d+), column (?<column>\d+): (?<detail>.+)$/ },
  { code: 'fileEmpty', pattern: /^the file is empty; expected a Fabricost project \(a JSON object\)$/ },
  { code: 'fileTooLarge', pattern: /^the file is larger than 20 MB, the limit for project files; it was not read$/ },
  { code: 'notAProject', pattern: /^expected a Fabricost project.*$/ },
  { code: 'moreErrors', pattern: /^(?<n>\d+) more errors are not listed; fix the ones above first$/, numbers: ['n'] },
  {
    code: 'fixedModeUnbuildable',
    pattern:
      /^fixed mode keeps the components of the build year (?<year>\d+), but it cannot be built then: (?<detail>.+)$/,
    nested: 'detail',
  },
  // Build-out plan (shared/market/build-out.ts).
  { code: 'noBuildOutPlan', pattern: exactly('the project has no build-out plan (buildOut.plan)') },
  { code: 'planScenarioNames', pattern: /^must be the name of a scenario of this project \((?<names>.+)\)$/ },
  {
    code: 'planNotBuildable',
    pattern: /^"(?<name>.+)" cannot be built in (?<year>\d+): (?<path>\S+): (?<detail>.+) \(got (?<value>.*)\)$/,
    nested: 'detail',
  },
  { code: 'unknownCatalogId', pattern: /^unknown catalog id; see the catalog browser or the catalog data files$/ },
  { code: 'fabricSpan', pattern: /^(?<name>.+) spans at most (?<max>\d+) accelerators$/, numbers: ['max'] },
  { code: 'switchPortRates', pattern: /^(?<name>.+) ports run at (?<rates>[\d., ]+) Gb\/s; pick one of these$/ },
  {
    code: 'dualHomingPorts',
    pattern:
      /^dual-homing needs two ports per NIC or per accelerator; (?<nic>\S+) has 1 port and scaleOut\.nicPortsPerAccelerator is 1$/,
  },
  {
    code: 'nicPortsFill',
    pattern: /^each server's (?<ports>\d+) NIC ports must fill whole (?<per>\d+)-port (?<name>.+) NICs$/,
    numbers: ['ports'],
  },
  {
    code: 'closRoom',
    pattern:
      /^(?<name>.+) needs room for (?<endpoints>\d+) endpoints, but (?<tiers>.+) at most (?<capacity>\d+) at radix (?<radix>\d+) with this oversubscription and grouping; add tiers or planes, or pick a larger radix$/,
    numbers: ['endpoints', 'capacity'],
  },
  {
    code: 'leavesNoEndpoints',
    pattern:
      /^leaves of radix (?<radix>\d+) have no endpoint ports left at this oversubscription; reserve fewer ports$/,
  },
  { code: 'dragonflyPlusRadix', pattern: /^a dragonfly\+ switch needs a radix of at least 2$/ },
  { code: 'dragonflyRadix', pattern: /^a dragonfly router needs a radix of at least 3$/ },
  {
    code: 'dragonflyPlusReach',
    pattern:
      /^a dragonfly\+ with p=(?<p>\d+), a=(?<a>\d+), h=(?<h>\d+) reaches at most (?<max>\d+) endpoints per plane \((?<groups>\d+) groups\); needs (?<needed>\d+)$/,
    numbers: ['max'],
  },
  {
    code: 'dragonflyReach',
    pattern:
      /^a dragonfly with p=(?<p>\d+), a=(?<a>\d+), h=(?<h>\d+) reaches at most (?<max>\d+) endpoints per plane \((?<groups>\d+) groups\); needs (?<needed>\d+) groups\. Use more planes, a larger radix or dragonfly\+$/,
    numbers: ['max'],
  },
  {
    code: 'slimFlyReach',
    pattern:
      /^a Slim Fly at radix (?<radix>\d+) reaches at most (?<max>\d+) endpoints per plane \(q = (?<q>\d+), the largest prime power q that fits\); use planes or a larger radix$/,
    numbers: ['max'],
  },
  { code: 'slimFlyRadix', pattern: /^a Slim Fly router needs a radix of at least 8 \(q = 3\)$/ },
  { code: 'appliesToKinds', pattern: /^applies to (?<kinds>.+) topologies, not (?<kind>\S+)$/ },
  {
    code: 'dualHomedKinds',
    pattern:
      /^dual-homed NICs are built for leaf-spine, fat-tree, rail-optimized and rail-only topologies, not (?<kind>\S+)$/,
  },
  { code: 'multipleOfPerServer', pattern: /^must be a multiple of the (?<n>\d+) accelerators per server$/ },
  { code: 'divideOrMultiple', pattern: /^must divide or be a multiple of the (?<n>\d+) accelerators per server$/ },
  {
    code: 'podClosLeaf',
    pattern:
      /^applies to leaf-spine and fat-tree \(one leaf per rack\); a rail-optimized leaf takes one rail of a scalable unit, set by topology\.scalableUnitServers$/,
  },
  { code: 'podsNeedTier', pattern: /^pods need a tier above them; use topology\.kind fat-tree or rail-optimized$/ },
  {
    code: 'podRatioWithoutPods',
    pattern: /^applies between pods; set topology\.podAccelerators to the pod size, or leave the ratio at 1$/,
  },
  {
    code: 'podsCore',
    pattern:
      /^(?<pods>\d+) pods need a core switch with a port to each pod; radix (?<radix>\d+) joins at most (?<max>\d+) pods; use larger pods$/,
    numbers: ['pods'],
  },
  { code: 'kindMaxTiers', pattern: /^a (?<kind>\S+) has at most (?<max>\d+) tiers$/ },
  {
    code: 'dualHomedPlanes',
    pattern: /^dual-homed units of (?<n>\d+) ports need planes that divide \d+ or are at least \d+$/,
  },
  { code: 'dualHomedRackPorts', pattern: /^each leaf of a dual-homed rack must get the same number of ports$/ },
  { code: 'noUplinkRadix', pattern: /^leaves no uplink on a switch of radix (?<radix>\d+)$/ },
  { code: 'leavesNoUplink', pattern: /^leaves of radix (?<radix>\d+) have no port left for an uplink$/ },
  {
    code: 'wholePods',
    pattern: /^must be a whole number of pods of (?<n>\d+) accelerators \(topology\.podAccelerators\)$/,
    numbers: ['n'],
  },
  {
    code: 'wholeRacks',
    pattern: /^must be a whole number of racks of (?<servers>\d+) servers \((?<n>\d+) accelerators\)$/,
    numbers: ['n'],
  },
  {
    code: 'wholeUnits',
    pattern: /^must be a whole number of scalable units of (?<servers>\d+) servers \((?<n>\d+) accelerators\)$/,
    numbers: ['n'],
  },
  {
    code: 'nicRateMultiple',
    pattern: /^must be the NIC port rate (?<rate>\d+) Gb\/s or a whole multiple of it \(e\.g\. (?<example>\d+)\)$/,
  },
  {
    code: 'domainPortsPlanes',
    pattern: /^the (?<ports>\d+) ports of a scale-up domain must split evenly over the planes$/,
  },
  { code: 'serverPortsPlanes', pattern: /^each server's (?<ports>\d+) NIC ports must split evenly over the planes$/ },
  {
    code: 'reservedSpill',
    pattern:
      /^reserving (?<reserved>\d+) ports? per leaf leaves (?<left>\d+) endpoint ports on a rail leaf, too few for the (?<su>\d+)-server scalable unit.*$/,
  },
  {
    code: 'notSlipTarget',
    pattern: /^is not a technology, vendor or component id of the catalog; technologies: (?<techs>.+)$/,
  },
  {
    code: 'noNicAvailable',
    pattern:
      /^no (?<eco>\S+) NIC with (?<rate>\d+) Gb\/s ports is available by (?<year>\d+); available rates: (?<rates>.+) Gb\/s$/,
  },
  {
    code: 'noSwitchAvailable',
    pattern:
      /^no (?<what>.*?)switch with (?<rate>\d+) Gb\/s ports is available by (?<year>\d+); name one or change the year, rate or media$/,
  },
  { code: 'notInEcosystem', pattern: /^not part of the (?<eco>\S+) ecosystem \(supports (?<list>.+)\)$/ },
  {
    code: 'nicRateMismatch',
    pattern: /^ports run at (?<rate>\d+) Gb\/s, but scaleOut\.nicPortRateGbps is (?<wanted>\d+)$/,
  },
  {
    code: 'switchRateMismatch',
    pattern: /^ports run at (?<rates>[\d, ]+) Gb\/s, not the NIC rate (?<rate>\d+) Gb\/s$/,
  },
  {
    code: 'noMediumReach',
    pattern: /^no medium in the catalog reaches (?<length>[\d.]+) m for (?<between>.+) by (?<year>\d+)$/,
    numbers: ['length'],
  },
  { code: 'sweepSizes', pattern: /^sizes must be whole numbers of accelerators, at least 1$/ },
  { code: 'sweepCancelled', pattern: /^the sweep was cancelled$/ },
  { code: 'mcCancelled', pattern: /^cancelled before all samples were done$/ },
  { code: 'mcPartial', pattern: /^only (?<done>\d+) of (?<n>\d+) samples are done$/, numbers: ['done', 'n'] },
  { code: 'wholeYearFrom', pattern: /^must be a whole year, at least the first year (?<year>\d+)$/ },
  {
    code: 'tpDivide',
    pattern: /^tensor (?<tp>\d+) x pipeline (?<pp>\d+) = (?<product>\d+) must divide the (?<n>\d+) accelerators$/,
    numbers: ['n'],
  },
  {
    code: 'tpdpEqual',
    pattern:
      /^tensor (?<tp>\d+) x pipeline (?<pp>\d+) x data (?<dp>\d+) = (?<product>\d+) must equal the (?<n>\d+) accelerators$/,
    numbers: ['product', 'n'],
  },
  {
    code: 'expertDivide',
    pattern: /^must divide the data-parallel degree (?<dp>\d+) \(expert groups form inside data-parallel groups\)$/,
  },
  {
    code: 'stagesLayers',
    pattern:
      /^(?<stages>\d+) stages x (?<chunks>\d+) chunks need at least that many layers; the model has (?<layers>\d+)$/,
  },
  {
    code: 'tokensPerStep',
    pattern:
      /^(?<dp>\d+) data-parallel replicas x (?<mb>\d+)-sequence micro-batches need at least (?<tokens>\d+) tokens per step at (?<seq>\d+) tokens per sequence$/,
    numbers: ['tokens', 'seq'],
  },
  { code: 'noTrainingTime', pattern: /^no training time is left: .*$/ },
  { code: 'noFiniteStep', pattern: /^the step time has no finite value: .*$/ },
  {
    code: 'newerFile',
    pattern:
      /^this file was written by a newer Fabricost \(schema version (?<version>\d+)\); this version reads up to (?<current>\d+)\. It was not changed\.$/,
  },
  {
    code: 'schemaVersionRequired',
    pattern: /^required; a Fabricost project states its schemaVersion \(this Fabricost writes (?<current>\d+)\)$/,
  },
  {
    code: 'schemaVersionWhole',
    pattern: /^must be a whole number \(this Fabricost reads versions up to (?<current>\d+)\)$/,
  },
  {
    code: 'upgradeFailed',
    pattern:
      /^(?:upgrading from schema version (?<from>\d+) to (?<to>\d+) (?:failed|did not produce a project object)|the file could not be upgraded).*$/,
  },
  { code: 'invalidJson', pattern: /^invalid JSON: (?<detail>.+)$/ },
  { code: 'tooManyLevels', pattern: /^objects and lists are nested more than (?<n>\d+) levels deep .*$/ },
  { code: 'tooLarge', pattern: /^the project is too large to read$/ },
  { code: 'projectInvalid', pattern: /^the project is not valid$/ },
  { code: 'listTooLong', pattern: /^too long; a list in a project may have at most (?<n>\d+) items$/, numbers: ['n'] },
  { code: 'invalidKey', pattern: /^invalid key; (?<detail>.+)$/, nested: 'detail' },
  { code: 'scenarioList', pattern: /^must be a list of 1 to 64 scenarios.*$/ },
  { code: 'schemaVersionIs', pattern: /^must be (?<v>\d+), the schema version this Fabricost reads$/ },
  {
    code: 'oversubscriptionList',
    pattern: /^(?<rule>must be .+) \(one per tier boundary; the last repeats\)$/,
    nested: 'rule',
  },
  { code: 'notEmptyText', pattern: /^must not be empty$/ },
  { code: 'noControlChars', pattern: /^must not contain (?:control|NUL) characters$/ },
  { code: 'memory', pattern: /^memory: (?<detail>.+)$/, nested: 'detail' },
  {
    code: 'memoryShort',
    pattern: new RegExp(
      `^needs (?<total>${NUM}) GB per accelerator, (?<short>${NUM}) GB more than its (?<capacity>${NUM}) GB \\(weights (?<w>${NUM}) GB, gradients (?<g>${NUM}) GB, optimizer (?<o>${NUM}) GB, activations (?<a>${NUM}) GB\\); recompute activations, shard the optimizer, or add tensor or pipeline ranks$`,
    ),
    numbers: ['total', 'short', 'capacity', 'w', 'g', 'o', 'a'],
  },
  {
    code: 'tensorCrossesScaleUp',
    pattern:
      /^tensor parallelism (?<tp>\d+) does not fit the scale-up domain of (?<k>\d+): it crosses the scale-out network$/,
  },
  {
    code: 'globalTaperNotModelled',
    pattern: /^(?<kind>[a-z+-]+): global-link taper is not modelled; full NIC bandwidth assumed$/,
  },
  { code: 'allToAllForwarded', pattern: /^all-to-all to other rails is forwarded through the scale-up domain$/ },
  { code: 'priceDecline', pattern: /^a price decline must stay below 100 %\/yr$/ },
  { code: 'powerDecline', pattern: /^a power decline must stay below 100 %\/yr$/ },
  {
    code: 'leavesKeepNoEndpoint',
    pattern: /^leaves of radix (?<radix>\d+) keep no endpoint port at this oversubscription; use fewer$/,
  },
  {
    code: 'leavesKeepNoUplink',
    pattern: /^leaves of radix (?<radix>\d+) keep no uplink at this oversubscription; use fewer$/,
  },
  {
    code: 'qualifiesFrom',
    pattern:
      /^(?<eco>.+) qualifies (?<kind>\S+) at (?<rate>\d+) Gb\/s only from (?<later>\d+), after the year (?<year>\d+)$/,
  },
  {
    code: 'firstShips',
    pattern: /^(?<kind>\S+) at (?<rate>\d+) Gb\/s first ships in (?<first>\d+), after the year (?<year>\d+)$/,
  },
  {
    code: 'noReach',
    pattern:
      /^no (?<kind>\S+) (?<part>.+) at (?<rate>\d+) Gb\/s reaches (?<length>[\d.]+) m \(longest (?<longest>[\d.]+) m\)$/,
    numbers: ['length', 'longest'],
  },
  { code: 'cpoLinks', pattern: /^the switch has co-packaged optics, so its links are cpo$/ },
  { code: 'noPluggable', pattern: /^no pluggable for the (?<end>.+)$/ },
  { code: 'unknownFieldAllowed', pattern: /^unknown field(?: \((?<reserved>.+)\))?; allowed fields: (?<allowed>.+)$/ },
  {
    code: 'unknownFieldReserved',
    pattern: /^unknown field; "(?<name>[^"]+)" is a reserved name and is never read$/,
  },
  { code: 'notProjectText', pattern: /^expected the text of a project file$/ },
  {
    code: 'tooManyValues',
    pattern:
      /^the project is too large to read: a project holds at most (?<n>\d+) values \(numbers, texts and fields\)$/,
    numbers: ['n'],
  },
  {
    code: 'tooManyFields',
    pattern: /^has more than (?<n>\d+) fields; an object in a project may have at most \d+$/,
    numbers: ['n'],
  },
  { code: 'couldNotRead', pattern: /^the project could not be read \((?<detail>.*)\)$/ },
  {
    code: 'catalogHasNo',
    pattern: /^the catalog has no (?<kind>\S+) (?<part>.+) at (?<rate>\d+) Gb\/s for the (?<end>.+)$/,
  },
  {
    code: 'notQualifiedList',
    pattern:
      /^(?<eco>.+) on (?<sw>.+) switches does not qualify (?<kind>\S+) at (?<rate>\d+) Gb\/s \(qualified: (?<qualified>.+)\)$/,
  },
  {
    code: 'noQualifiedMedium',
    pattern: /^no qualified medium serves (?<length>[\d.]+) m (?<between>.+) by (?<year>\d+): (?<causes>.+)$/,
    numbers: ['length'],
  },
  {
    code: 'notReferenceServer',
    pattern: /^not a reference server of the catalog; use generic or one of: (?<ids>.+)$/,
  },
  {
    code: 'serverAccelerators',
    pattern: /^(?<name>.+) holds (?<n>\d+) accelerators, but cluster\.acceleratorsPerServer is (?<g>\d+)$/,
  },
  {
    code: 'serverCageNotMultiple',
    pattern:
      /^a (?<rate>\d+) Gb\/s server cage cannot carry whole (?<port>\d+) Gb\/s ports; use the port rate or a whole multiple of it$/,
  },
  {
    code: 'serverCagesTooFew',
    pattern:
      /^(?<name>.+) has (?<cages>\d+) scale-out cages of (?<rate>\d+) Gb\/s, room for (?<room>\d+) ports of (?<port>\d+) Gb\/s, but the scenario gives each server (?<ports>\d+)$/,
  },
  {
    code: 'notQualified',
    pattern: /^(?<eco>.+) on (?<sw>.+) switches does not qualify (?<kind>\S+) at (?<rate>\d+) Gb\/s$/,
  },
  { code: 'cpoNeedsSwitch', pattern: /^cpo needs a co-packaged-optics switch model \(set switch\.model\)$/ },
  {
    code: 'perTierNotCombined',
    pattern:
      /^per-tier switch models are not combined with (?<kind>.+) yet; use one switch model, or leave that input at its default$/,
  },
  {
    code: 'perTierNoTier',
    pattern: /^a (?<kind>\S+) network has no (?<tier>\S+) tier of its own; per-tier switches apply to .*$/,
  },
  {
    code: 'analysisWork',
    pattern:
      /^the analyses of this project take (?<n>\d+) design evaluations \((?<scenarios>\d+) scenarios; the heaviest, "(?<name>.+)", (?<heaviest>\d+)\); at most (?<max>\d+) can be exported\. Lower the sweep points or export fewer scenarios$/,
    numbers: ['n', 'heaviest', 'max'],
  },
  {
    code: 'scenarioCannotEvaluate',
    pattern: /^Scenario "(?<name>.+)" cannot be evaluated \((?<path>[^)]+)\): (?<detail>.+) \(got (?<value>.+)\)$/,
    nested: 'detail',
  },
  { code: 'noScenarioNamed', pattern: /^No scenario named "(?<name>.+)"; scenarios: (?<names>.*)$/ },
  {
    code: 'projectComponentsUnusable',
    pattern: /^The project's components cannot be used \((?<path>[^)]+)\): (?<detail>.+) \(got (?<value>.+)\)$/,
    nested: 'detail',
  },
  { code: 'projectNotValidList', pattern: /^The project is not valid:(?:\n|\\n)(?<detail>[\s\S]+)$/ },
  { code: 'valueIs', pattern: /^(?<detail>.+) \((?<path>\S+) is (?<value>.+)\)\.$/, nested: 'detail' },
  {
    code: 'componentsUnusable',
    pattern: /^The project's components cannot be used \((?<path>[^)]+)\): (?<detail>.+) \(got (?<value>.+)\)$/,
    nested: 'detail',
  },
  // Messages of the host (file open, save and export) in the browser and on the desktop.
  { code: 'browserTooLarge', pattern: /^(?<name>.+) is (?<size>[\d.]+) MiB; the limit is 20 MiB$/, numbers: ['size'] },
  { code: 'cannotReadFile', pattern: /^cannot read (?<name>.+?): (?<detail>.+)$/ },
  { code: 'recentUnavailable', pattern: /^recent files are not available in the browser$/ },
  { code: 'notRecent', pattern: /^That file is not on the recent files list\.$/ },
  { code: 'couldNotOpen', pattern: /^Could not open "(?<name>[^"]+)": (?<detail>[\s\S]+)$/, nested: 'detail' },
  { code: 'nothingExported', pattern: /^Nothing was exported\. (?<detail>[\s\S]+)$/, nested: 'detail' },
  { code: 'workbookNotBuilt', pattern: /^The workbook could not be built: (?<detail>.+)$/ },
  { code: 'exportFailed', pattern: /^Export failed: (?<detail>.+)$/ },
  { code: 'exportUnderWay', pattern: /^An export is already under way; wait for it or cancel it\.$/ },
  // Names of the uncertain inputs of the tornado and the Monte Carlo.
  { code: 'inputUnitPrice', pattern: /^(?<name>.+) unit price$/ },
  { code: 'inputUnitPower', pattern: /^(?<name>.+) unit power$/ },
  { code: 'inputFailureRate', pattern: /^(?<name>.+) failure rate$/ },
  { code: 'inputPue', pattern: /^PUE \(facility \/ IT energy\)$/ },
  { code: 'inputElectricity', pattern: /^Electricity price$/ },
  { code: 'noRangeInCatalog', pattern: /^no range in the catalog$/ },
  { code: 'mediumAllowed', pattern: /^(?<cause>.+); allowed here: (?<allowed>.+)$/ },
];

/** The translator of model text for the active locale, for templates. */
export function useModelText(): (message: string) => string {
  const { t, locale } = useI18n();
  return (message: string) => translateModelMessage(t, locale.value, message);
}

/** The code and parameters of a model message, or undefined when the catalogue has none. */
export function modelMessageCode(message: string): { code: string; params: Record<string, string> } | undefined {
  for (const e of MODEL_MESSAGES) {
    const m = e.pattern.exec(message);
    if (m) return { code: e.code, params: { ...(m.groups ?? {}) } };
  }
  return undefined;
}

/**
 * A model message in the user's language. Example (pt-BR): "must be a whole number from 1 to
 * 4000000 accelerators" → "deve ser um número inteiro de 1 a 4.000.000 aceleradores".
 */
export function translateModelMessage(t: T, locale: string, message: string): string {
  if (locale === 'en') return message;
  for (const e of MODEL_MESSAGES) {
    const m = e.pattern.exec(message);
    if (!m) continue;
    const params: Record<string, string> = { ...(m.groups ?? {}) };
    for (const k of Object.keys(params)) params[k] ??= '';
    for (const k of e.numbers ?? []) {
      const n = Number(params[k]);
      if (params[k] !== undefined && Number.isFinite(n)) params[k] = formatNumber(locale, n, 6);
    }
    if (e.unit) {
      const u = (params[e.unit] ?? '').trim();
      params[e.unit] = u ? ` ${unitLabel(t as LabelT, u)}` : '';
    }
    if (e.nested && params[e.nested]) params[e.nested] = translateModelMessage(t, locale, params[e.nested]!);
    return t(`modelMessages.${e.code}`, params);
  }
  return message;
}
