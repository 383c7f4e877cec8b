/**
 * The size limits a project file must keep, and the pseudo-paths of errors about the file or
 * the project as a whole. Read by the scanner, the sanitiser and the parser; see parse-project.ts.
 */

/** Largest project file accepted, in bytes of UTF-8 text (20 MiB). */
export const MAX_PROJECT_BYTES = 20 * 1024 * 1024;
/** Deepest nesting of objects and lists accepted (a valid project nests 5 levels). */
export const MAX_NESTING_DEPTH = 64;
/** At most this many errors are listed; a last entry counts the rest. */
export const MAX_LISTED_ERRORS = 500;
/** Lists longer than this are not read item by item (a valid project's longest list has 64 items). */
export const MAX_LIST_ITEMS = 10_000;
/** Most fields one object may have; a valid project's largest objects (override maps) hold a few hundred. */
export const MAX_OBJECT_FIELDS = 10_000;
/** Most values (objects, lists, numbers, …) a project value may hold; bounds work on shared references. */
export const MAX_VALUES = 12_000_000;
/**
 * Values (numbers, texts, fields, items) a project file may hold, counted while scanning the text,
 * before it is parsed: bounds the parse at well under a second. Items of lists longer than
 * MAX_LIST_ITEMS are not counted (those lists are refused at their path without being read).
 */
export const MAX_PROJECT_VALUES = 250_000;

/** Paths in errors and warnings are cut to this many characters. */
export const MAX_PATH_CHARS = 300;

/** Path of errors about the file as a whole (size, syntax). */
export const FILE_PATH = '(file)';
/** Path of errors about the project value as a whole (not an object, too deep). */
export const ROOT_PATH = '(project)';
