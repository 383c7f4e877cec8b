/**
 * A JSON syntax checker run before JSON.parse: iterative (any nesting is safe), refuses
 * nesting deeper than a limit and projects of too many values before they are parsed, notes
 * keys given twice, and words the first error plainly with its offset. Example:
 * `scanJson('{"a":1,}', 64).failure` → `{ offset: 7, message: 'a comma must not come right before "}"' }`.
 */
import type { FieldError } from './field-errors.ts';
import { formatPath } from './field-path.ts';
import { MAX_LIST_ITEMS, MAX_OBJECT_FIELDS, MAX_PROJECT_VALUES, ROOT_PATH } from './project-limits.ts';

/** 1-based line and column of a character offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

export interface ScanResult {
  failure?: { offset: number; message: string };
  /** A size limit was passed: refused at this path, with this value and message. */
  refused?: FieldError;
  /** Keys given twice in one object: path of the field and offset of the later occurrence. */
  duplicates: { path: string; offset: number }[];
  /** All keys given twice, including those beyond the first MAX_DUPLICATE_WARNINGS. */
  duplicateCount: number;
}

/** Keys given twice are listed one by one up to this many; the rest are counted. */
const MAX_DUPLICATE_WARNINGS = 20;

interface Frame {
  isObject: boolean;
  /** Inside a list past MAX_LIST_ITEMS: refused at that list's path, so its contents are not counted. */
  uncounted: boolean;
  keys: Set<string> | null;
  /** Current key (objects) or item index (lists): the path step to the value being read. */
  step: string | number;
}

class ScanError extends Error {
  readonly offset: number;
  constructor(offset: number, message: string) {
    super(message);
    this.offset = offset;
  }
}

class ScanLimit extends Error {
  readonly refused: FieldError;
  constructor(refused: FieldError) {
    super(refused.message);
    this.refused = refused;
  }
}

const VALUE = 0;
const KEY = 1;
const AFTER = 2;

/**
 * Checks JSON syntax without recursion, so any nesting is safe; refuses nesting deeper than
 * `maxDepth` and records keys given twice. Reports the first error with a plain message.
 */
export function scanJson(text: string, maxDepth: number): ScanResult {
  const duplicates: ScanResult['duplicates'] = [];
  let duplicateCount = 0;
  const frames: Frame[] = [];
  const n = text.length;
  const ws = (i: number): number => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
    return i;
  };
  // Path of a field of the innermost object: the steps into each enclosing container, then the key.
  const fieldPath = (key: string): string => formatPath([...frames.slice(0, -1).map((f) => f.step), key]);
  let pos = ws(0);
  let state = VALUE;
  let values = 0;
  try {
    for (;;) {
      if (state === VALUE) {
        const c = text.charCodeAt(pos);
        const container = frames[frames.length - 1];
        const uncounted =
          container !== undefined &&
          (container.uncounted || (!container.isObject && (container.step as number) >= MAX_LIST_ITEMS));
        if (!uncounted) {
          if (++values > MAX_PROJECT_VALUES) {
            throw new ScanLimit({
              path: ROOT_PATH,
              value: `over ${MAX_PROJECT_VALUES} values`,
              message: `the project is too large to read: a project holds at most ${MAX_PROJECT_VALUES.toLocaleString('en-US')} values (numbers, texts and fields)`,
            });
          }
        }
        if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
          if (frames.length >= maxDepth) {
            throw new ScanError(
              pos,
              `objects and lists are nested more than ${maxDepth} levels deep; the file was refused`,
            );
          }
          const isObject = c === 0x7b;
          frames.push({ isObject, uncounted, keys: isObject ? new Set() : null, step: isObject ? '' : 0 });
          pos = ws(pos + 1);
          if (text.charCodeAt(pos) === (isObject ? 0x7d : 0x5d)) {
            frames.pop();
            pos++;
            state = AFTER;
          } else {
            state = isObject ? KEY : VALUE;
          }
          continue;
        }
        if (c === 0x22 /* " */) pos = scanString(text, pos);
        else if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) pos = scanNumber(text, pos);
        else if (text.startsWith('true', pos)) pos += 4;
        else if (text.startsWith('false', pos)) pos += 5;
        else if (text.startsWith('null', pos)) pos += 4;
        else throw new ScanError(pos, unexpectedValueMessage(text, pos));
        state = AFTER;
      } else if (state === KEY) {
        const c = text.charCodeAt(pos);
        if (c !== 0x22) {
          throw new ScanError(
            pos,
            pos >= n
              ? 'the file ends inside an object (is it cut off?)'
              : commentAt(text, pos)
                ? 'comments are not allowed in JSON'
                : c === 0x7d
                  ? 'a comma must not come right before "}"'
                  : c === 0x27
                    ? 'field names must be in double quotes, not single quotes'
                    : 'expected a field name in double quotes',
          );
        }
        const end = scanString(text, pos);
        const raw = text.slice(pos, end);
        const key = raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        const frame = frames[frames.length - 1] as Frame;
        if (frame.keys?.has(key)) {
          duplicateCount++;
          if (duplicates.length < MAX_DUPLICATE_WARNINGS) duplicates.push({ path: fieldPath(key), offset: pos });
        }
        frame.keys?.add(key);
        if (frame.keys && frame.keys.size > MAX_OBJECT_FIELDS) {
          const parent = formatPath(frames.slice(0, -1).map((f) => f.step));
          throw new ScanLimit({
            path: parent === '' ? ROOT_PATH : parent,
            value: `an object of over ${MAX_OBJECT_FIELDS} fields`,
            message: `has more than ${MAX_OBJECT_FIELDS} fields; an object in a project may have at most ${MAX_OBJECT_FIELDS}`,
          });
        }
        frame.step = key;
        pos = ws(end);
        if (text.charCodeAt(pos) !== 0x3a /* : */) {
          throw new ScanError(
            pos,
            pos >= n ? 'the file ends after a field name (is it cut off?)' : 'expected ":" after the field name',
          );
        }
        pos = ws(pos + 1);
        state = VALUE;
      } else {
        pos = ws(pos);
        const frame = frames[frames.length - 1];
        if (!frame) {
          if (pos < n) {
            throw new ScanError(
              pos,
              commentAt(text, pos)
                ? 'comments are not allowed in JSON'
                : 'unexpected text after the end of the project; a file holds one JSON object',
            );
          }
          return { duplicates, duplicateCount };
        }
        const c = text.charCodeAt(pos);
        if (c === 0x2c /* , */) {
          pos = ws(pos + 1);
          if (frame.isObject) {
            state = KEY;
          } else {
            if (text.charCodeAt(pos) === 0x5d) throw new ScanError(pos, 'a comma must not come right before "]"');
            frame.step = (frame.step as number) + 1;
            state = VALUE;
          }
        } else if (c === (frame.isObject ? 0x7d : 0x5d)) {
          frames.pop();
          pos++;
        } else if (pos >= n) {
          throw new ScanError(pos, `the file ends inside ${frame.isObject ? 'an object' : 'a list'} (is it cut off?)`);
        } else {
          throw new ScanError(
            pos,
            commentAt(text, pos)
              ? 'comments are not allowed in JSON'
              : frame.isObject
                ? 'expected "," or "}" after a field value'
                : 'expected "," or "]" after a list item',
          );
        }
      }
    }
  } catch (e) {
    if (e instanceof ScanError)
      return { failure: { offset: e.offset, message: e.message }, duplicates, duplicateCount };
    if (e instanceof ScanLimit) return { refused: e.refused, duplicates, duplicateCount };
    throw e;
  }
}

function commentAt(text: string, pos: number): boolean {
  return text.startsWith('//', pos) || text.startsWith('/*', pos);
}

function unexpectedValueMessage(text: string, pos: number): string {
  if (pos >= text.length) return 'the file ends where a value was expected (is it cut off?)';
  const rest = text.slice(pos, pos + 9);
  if (/^(NaN|Infinity)/.test(rest)) return 'NaN and Infinity are not allowed in JSON; write a number';
  if (commentAt(text, pos)) return 'comments are not allowed in JSON';
  if (rest.startsWith("'")) return 'text must be in double quotes, not single quotes';
  return 'expected a value (an object, a list, text in double quotes, a number, true, false or null)';
}

function scanString(text: string, start: number): number {
  const n = text.length;
  let i = start + 1;
  for (;;) {
    if (i >= n) throw new ScanError(start, 'this text is never closed with a double quote (is the file cut off?)');
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c === 0x5c /* \ */) {
      const e = text.charCodeAt(i + 1);
      if (e === 0x75 /* u */) {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          throw new ScanError(i, 'a \\u escape needs four hexadecimal digits');
        }
        i += 6;
      } else if ('"\\/bfnrt'.includes(text[i + 1] ?? 'x')) {
        i += 2;
      } else {
        throw new ScanError(i, 'invalid escape in text; allowed: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX');
      }
    } else if (c < 0x20) {
      throw new ScanError(i, 'line breaks and control characters inside text must be escaped (e.g. \\n)');
    } else {
      i++;
    }
  }
}

function scanNumber(text: string, start: number): number {
  const digit = (i: number) => {
    const c = text.charCodeAt(i);
    return c >= 0x30 && c <= 0x39;
  };
  let i = start;
  if (text.charCodeAt(i) === 0x2d) i++;
  if (text.charCodeAt(i) === 0x30) {
    i++;
    if (digit(i)) throw new ScanError(start, 'numbers must not start with 0 (write 7, not 07)');
  } else if (digit(i)) {
    while (digit(i)) i++;
  } else {
    throw new ScanError(
      i,
      /^Infinity/.test(text.slice(i, i + 8)) ? 'Infinity is not allowed in JSON' : 'expected a digit',
    );
  }
  if (text.charCodeAt(i) === 0x2e /* . */) {
    i++;
    if (!digit(i)) throw new ScanError(i, 'expected a digit after the decimal point');
    while (digit(i)) i++;
  }
  if (text.charCodeAt(i) === 0x65 || text.charCodeAt(i) === 0x45 /* e E */) {
    i++;
    if (text.charCodeAt(i) === 0x2b || text.charCodeAt(i) === 0x2d) i++;
    if (!digit(i)) throw new ScanError(i, 'expected a digit in the exponent');
    while (digit(i)) i++;
  }
  return i;
}
