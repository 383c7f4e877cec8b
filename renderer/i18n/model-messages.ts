/**
 * The model (shared/) writes its messages in English, one plain sentence naming what is
 * allowed. This catalogue turns each kind of message into a message code with parameters and
 * renders it through vue-i18n (`modelMessages.<code>`), with numbers in the locale's form and
 * units translated, so a Portuguese user reads Portuguese. English is shown as the model wrote it.
 * A test keeps every message the model can write for a scenario input covered.
 */
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

/** Ordered: the first pattern that matches the whole message wins. */
export const MODEL_MESSAGES: readonly Entry[] = [
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
  { code: 'unknownField', pattern: /^unknown field "?(?<name>[^"]+)"?.*$/ },
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
];

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
